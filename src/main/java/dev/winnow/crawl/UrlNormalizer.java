package dev.winnow.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per URL, so the same page is queued once: crawler-commons' basic normalizer (lower-case scheme
 * and host, default port, dot segments, percent-encoding, fragment) and then the tracking parameters listed in
 * {@code rules/tracking-parameters.txt} are dropped. Only http and https URLs come out.
 */
public final class UrlNormalizer {

    private final BasicURLNormalizer basic;
    private final List<String> exactNames;
    private final List<String> prefixes;

    public UrlNormalizer(List<String> trackingParameters) {
        List<String> exact = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        for (String entry : trackingParameters) {
            String name = entry.toLowerCase(Locale.ROOT);
            if (name.endsWith("*")) {
                prefix.add(name.substring(0, name.length() - 1));
            } else {
                exact.add(name);
            }
        }
        this.basic = BasicURLNormalizer.newBuilder().build();
        this.exactNames = List.copyOf(exact);
        this.prefixes = List.copyOf(prefix);
    }

    /** The normalized form of an absolute URL, or empty for one that is not http(s) or does not parse. */
    public Optional<String> normalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String normalized = basic.filter(trimmed);
        if (normalized == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normalized);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String query = withoutTracking(uri.getRawQuery());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + path + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Resolves a link against the page it is on, then normalizes it. */
    public Optional<String> resolve(String base, String link) {
        try {
            return normalize(URI.create(base).resolve(link.strip().replace(" ", "%20")).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    private boolean isTracking(String name) {
        if (exactNames.contains(name)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
