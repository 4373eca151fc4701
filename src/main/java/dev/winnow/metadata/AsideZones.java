package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether an element sits in a part of the page that is not the article (comments, sidebars, related
 * stories, footers; {@code rules/aside-zones.txt}), where a date or a name belongs to something else.
 */
public final class AsideZones {

    private static final Set<String> ASIDE_TAGS = Set.of("aside", "nav");

    private final List<String> words;

    public AsideZones() {
        words = RuleList.load("aside-zones.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Whether the element sits in an aside. A part that also holds the headline is the article's own, whatever
     * its class says ("content right-sidebar" is often the whole page layout); {@code headline} may be null.
     */
    public boolean isAside(Element element, Element headline) {
        java.util.Set<Element> articleParts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (headline != null) {
            articleParts.addAll(headline.parents());
            articleParts.add(headline);
        }
        for (Element e = element; e != null; e = e.parent()) {
            if (articleParts.contains(e)) {
                return false;
            }
            if (ASIDE_TAGS.contains(e.normalName())) {
                return true;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!names.isBlank() && named(names)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole words of a class, so "comment-list" and "sidebar" count but "single-promotion" does not name a
     * promo box; a rule word with a hyphen ("most-read") matches anywhere.
     */
    private boolean named(String names) {
        for (String token : names.split("\\s+")) {
            for (String word : words) {
                if (word.contains("-") ? token.contains(word) : parts(token).contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> parts(String token) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : token.split("[-_]+")) {
            parts.add(part.endsWith("s") ? part.substring(0, part.length() - 1) : part);
        }
        return parts;
    }
}
