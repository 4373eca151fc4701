package dev.winnow.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An author label and its value printed as two blocks, one above the other: "<h4>Autor</h4><p>Nikolai
 * Huke</p>", "<div>Auteur :</div><div>Jeanne Roy</div>". The label's line holds nothing else; the next line
 * is the byline.
 */
final class SplitLabelByline {

    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_LABEL_CHARS = 20;
    private static final Pattern LABEL_END = Pattern.compile("[:：]\\s*$");
    private static final Evaluator FORM = QueryParser.parse("form");

    private final MetadataLabels labels;
    private final AuthorNames names;
    private final AsideZones asides;

    SplitLabelByline(MetadataLabels labels, AuthorNames names, AsideZones asides) {
        this.labels = labels;
        this.names = names;
        this.asides = asides;
    }

    /** The names under the first lone author label outside forms, comments and sidebars, or none. */
    List<String> names(VisibleLines lines, Element headline) {
        List<VisibleLines.Line> all = lines.lines();
        for (int i = 0; i < all.size(); i++) {
            VisibleLines.Line line = all.get(i);
            if (!aloneAuthorLabel(line.text()) || line.block().closest(FORM) != null
                    || asides.isAside(line.block(), headline)) {
                continue;
            }
            // A second label may sit between ("Auteur :" for wide screens, "Auteur(s) :" for narrow ones).
            int j = i + 1;
            while (j < all.size() && all.get(j).text().length() <= MAX_LABEL_CHARS && LABEL_END.matcher(all.get(j).text()).find()) {
                j++;
            }
            if (j == all.size()) {
                break;
            }
            VisibleLines.Line value = all.get(j);
            if (value.text().length() <= MAX_BYLINE_CHARS && sideBySide(line.block(), value.block())
                    && !labels.isMetadataLine(value.text()) && !isHeaderRow(line.block(), value.block())) {
                List<String> found = names.names(value.text());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * Two header cells side by side are a table's column headings ("작성자 | 등록일" over a board's rows): the
     * label's values are in the rows below, one per row, not in the next heading.
     */
    private static boolean isHeaderRow(Element label, Element value) {
        return label.normalName().equals("th") && value.normalName().equals("th");
    }

    /** The value's block follows the label's in the same parent, or sits inside it. */
    private static boolean sideBySide(Element label, Element value) {
        return value.parent() == label.parent() || value.parent() == label || value == label;
    }

    private boolean aloneAuthorLabel(String text) {
        return text.length() <= MAX_LABEL_CHARS && "author".equals(labels.fieldOfLabel(text));
    }
}
