package dev.winnow.render;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the article's links, image sources and citations absolute against the page's URL, and drops those whose
 * protocol the record does not carry ({@code rules/link-protocols.txt}), once for all three renderings. Most
 * addresses in a page are absolute already and are kept as they are without parsing; the rest are resolved with
 * one parsed base. A saved page with no URL keeps its relative addresses: there is nothing to resolve them against.
 */
public final class ArticleLinks {

    private static final Map<String, Map<String, Set<String>>> PROTOCOLS = load();

    private ArticleLinks() {
    }

    private static Map<String, Map<String, Set<String>>> load() {
        Map<String, Map<String, Set<String>>> byTag = new HashMap<>();
        for (String entry : RuleList.load("link-protocols.txt")) {
            List<String> parts = List.of(entry.split("\\s+"));
            byTag.computeIfAbsent(parts.get(0), tag -> new HashMap<>())
                    .put(parts.get(1), Set.copyOf(parts.subList(2, parts.size())));
        }
        return byTag;
    }

    /** The safelist without the protocol checks done here, so the sanitizer does not resolve every address again. */
    static Safelist withoutProtocolChecks(Safelist safelist) {
        PROTOCOLS.forEach((tag, attributes) -> attributes.forEach((attribute, protocols) ->
                protocols.forEach(protocol -> safelist.removeProtocols(tag, attribute, protocol))));
        return safelist;
    }

    /** @param baseUrl the page's URL, or empty when it has none */
    public static void resolve(Element root, String baseUrl) {
        URL base = parse(baseUrl);
        for (Element e : root.getAllElements()) {
            Map<String, Set<String>> attributes = PROTOCOLS.get(e.normalName());
            if (attributes == null) {
                continue;
            }
            for (Map.Entry<String, Set<String>> attribute : attributes.entrySet()) {
                String name = attribute.getKey();
                if (!e.hasAttr(name)) {
                    continue;
                }
                String address = absolute(base, e.attr(name));
                if (address.isEmpty() || !allowed(address, attribute.getValue())) {
                    e.removeAttr(name);
                } else {
                    e.attr(name, address);
                }
            }
        }
    }

    private static URL parse(String baseUrl) {
        if (baseUrl == null || baseUrl.isEmpty()) {
            return null;
        }
        try {
            return new URL(baseUrl);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** The address resolved against {@code base}; as written when there is no base; empty when it cannot be read. */
    static String absolute(URL base, String raw) {
        String address = clean(raw);
        if (address.isEmpty() || base == null || address.regionMatches(true, 0, "https://", 0, 8)
                || address.regionMatches(true, 0, "http://", 0, 7)) {
            return address;
        }
        try {
            // A reference that is only a query keeps the base's path (java.net.URL would drop its last segment).
            return new URL(base, address.startsWith("?") ? base.getPath() + address : address).toExternalForm();
        } catch (MalformedURLException e) {
            return "";
        }
    }

    /** As a browser reads an address: surrounding spaces and controls cut, tabs and line breaks inside removed. */
    private static String clean(String raw) {
        String address = raw.strip();
        if (address.indexOf('\t') < 0 && address.indexOf('\n') < 0 && address.indexOf('\r') < 0) {
            return address;
        }
        StringBuilder out = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A relative address (no scheme) is allowed; an absolute one only with a listed protocol. */
    private static boolean allowed(String address, Set<String> protocols) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return protocols.contains(address.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        return true;
    }
}
