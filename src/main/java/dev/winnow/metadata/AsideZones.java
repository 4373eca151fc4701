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

    public boolean isAside(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (ASIDE_TAGS.contains(e.normalName())) {
                return true;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.isBlank()) {
                continue;
            }
            for (String word : words) {
                if (names.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
