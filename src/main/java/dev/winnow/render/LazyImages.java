package dev.winnow.render;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Locale;

/**
 * Gives lazy-loaded images their real address: pages ship {@code <img>} with an empty or placeholder
 * {@code src} (a blank GIF, a data: URI) and the real one in {@code data-src}, {@code data-original},
 * {@code data-lazy-src} or a {@code srcset}, which a script swaps in. The widest {@code srcset} candidate wins.
 */
final class LazyImages {

    private static final Evaluator SOURCE_WITH_SRCSET = QueryParser.parse("source[srcset]");

    private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-original", "data-lazy-src", "data-url",
            "data-hi-res-src", "data-srcset", "srcset"};

    private LazyImages() {
    }

    static void resolve(Element root) {
        for (Element img : root.getElementsByTag("img")) {
            if (!isPlaceholder(img.attr("src"))) {
                continue;
            }
            for (String name : LAZY_ATTRIBUTES) {
                String value = img.attr(name).strip();
                String url = name.endsWith("srcset") ? widest(value) : value;
                if (!url.isEmpty() && !isPlaceholder(url)) {
                    img.attr("src", url);
                    break;
                }
            }
            if (isPlaceholder(img.attr("src")) && img.parent() != null && img.parent().normalName().equals("picture")) {
                Element source = img.parent().selectFirst(SOURCE_WITH_SRCSET);
                if (source != null) {
                    img.attr("src", widest(source.attr("srcset")));
                }
            }
        }
    }

    private static boolean isPlaceholder(String src) {
        String s = src.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.startsWith("data:") || s.contains("blank.") || s.contains("placeholder")
                || s.contains("spacer.") || s.contains("pixel.") || s.equals("#");
    }

    /** The candidate of a srcset with the largest width ({@code 800w}) or density ({@code 2x}); else the first. */
    static String widest(String srcset) {
        String best = "";
        double bestSize = -1;
        for (String candidate : srcset.split(",(?=\\s*\\S)")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 0;
            if (parts.length > 1) {
                String d = parts[1].toLowerCase(Locale.ROOT);
                try {
                    size = Double.parseDouble(d.substring(0, d.length() - 1)) * (d.endsWith("x") ? 1000 : 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 0;
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best;
    }
}
