package dev.winnow.metadata;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the fields of the visible metadata lines a template prints around the headline ("Release time:
 * 2025-05-22 12:41:10 Source: Internet sorting browse:", "发布时间：… 来源：… 作者：…", "By Jane Doe").
 * When several lines carry a field, the one nearest the headline wins, a line below it before one above.
 */
public final class LabelledLineReader {

    /** The fields of the page's metadata lines; null where no line gave one. */
    public record Fields(ParsedDate published, int publishedLine, ParsedDate modified, String source,
                         List<String> authors, String editor) {
    }

    private static final int MAX_SOURCE_CHARS = 60;
    /**
     * Metadata lines sit by the headline or close the article (an "edit:" line after the text); a labelled
     * line further away belongs to other content, and reading every line of a long page costs time.
     */
    private static final int MAX_DISTANCE = 80;
    /** A value ends where a template starts its next widget: brackets, bars, font-size switchers. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:：,，;；]+$");
    /** The bracket that closes a field printed in brackets ("【来源：人民日报】"): its label took the opening one. */
    private static final Pattern UNOPENED_CLOSE = Pattern.compile("^([^【\\[]*?)\\s*[】\\]]\\s*[【\\[]?\\s*$");
    private static final Pattern VALUE_END = Pattern.compile("\\s*(?:【|\\[|\\||丨|｜|\\(|（|\\s{2,}).*$");

    private final MetadataLabels labels;
    private final DateParser dates;
    private final AuthorNames names;
    private final AsideZones asides;

    public LabelledLineReader(MetadataLabels labels, DateParser dates, AuthorNames names, AsideZones asides) {
        this.labels = labels;
        this.dates = dates;
        this.names = names;
        this.asides = asides;
    }

    public Fields read(List<VisibleLines.Line> lines, int titleLine, Element headline, DateParser.Context retrievedAt) {
        List<VisibleLines.Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingInt(l -> distance(l.index(), titleLine)));
        ParsedDate published = null;
        int publishedLine = -1;
        ParsedDate modified = null;
        String source = null;
        List<String> authors = List.of();
        int authorLine = -1;
        String editor = null;
        for (VisibleLines.Line line : ordered) {
            if (titleLine >= 0 && distance(line.index(), titleLine) > MAX_DISTANCE) {
                break;
            }
            List<MetadataLabels.Labelled> fields = labels.metadataFields(line.text());
            if (fields.isEmpty() || asides.isAside(line.block(), headline)) {
                continue;
            }
            for (MetadataLabels.Labelled l : fields) {
                String value = UNOPENED_CLOSE.matcher(line.text().substring(l.valueStart(), l.valueEnd())).replaceAll("$1").strip();
                if (value.isEmpty() && fields.size() == 1) {
                    value = nextValue(lines, line.index());
                }
                switch (l.field()) {
                    case "published" -> {
                        if (published == null) {
                            published = dates.parseAllowingRelative(value, retrievedAt).orElse(null);
                            publishedLine = line.index();
                        }
                    }
                    case "modified" -> {
                        if (modified == null) {
                            modified = dates.parseAllowingRelative(value, retrievedAt).orElse(null);
                        }
                    }
                    case "source" -> {
                        if (source == null) {
                            source = source(value).orElse(null);
                        }
                    }
                    case "author" -> {
                        // A line may label several writers ("记者 张三 通讯员 李四"); the first line that names
                        // any gives them all.
                        if (authors.isEmpty() || authorLine == line.index()) {
                            // A label such as "By" also opens prose ("by the numbers"): a name begins with a capital.
                            List<String> all = new ArrayList<>(authors);
                            for (String n : names.names(VALUE_END.matcher(value).replaceAll(""))) {
                                if (!Character.isLowerCase(n.codePointAt(0)) && !all.contains(n)) {
                                    all.add(n);
                                }
                            }
                            if (all.size() > authors.size()) {
                                authors = List.copyOf(all);
                                authorLine = line.index();
                            }
                        }
                    }
                    case "editor" -> {
                        if (editor == null) {
                            List<String> n = names.names(VALUE_END.matcher(value).replaceAll(""));
                            editor = n.isEmpty() ? null : String.join(", ", n);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Fields(published, publishedLine, modified, source, authors, editor);
    }

    /**
     * A label on a line of its own ("Autor:" in a {@code <dt>}, a {@code <th>} or a heading) has its value on the
     * next line, unless that line is a label itself or lies in another part of the page.
     */
    private String nextValue(List<VisibleLines.Line> lines, int index) {
        int next = index + 1;
        if (next >= lines.size() || lines.get(next).index() != next || labels.isMetadataLine(lines.get(next).text())) {
            return "";
        }
        // The value sits beside its label (<dt>/<dd>, <th>/<td>) or in the block the label heads; a line
        // elsewhere is the next widget's.
        Element labelBlock = lines.get(index).block();
        Element valueBlock = lines.get(next).block();
        if (labelBlock.parent() == null || valueBlock != labelBlock.parent() && valueBlock.parent() != labelBlock.parent()) {
            return "";
        }
        String value = lines.get(next).text().strip();
        return value.endsWith(":") || value.endsWith("：") ? "" : value;
    }

    private Optional<String> source(String value) {
        String s = VALUE_END.matcher(value).replaceAll("").strip();
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        if (s.isEmpty() || s.length() > MAX_SOURCE_CHARS || dates.containsDate(s)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Lines below the headline count as nearer than lines the same distance above it. */
    static int distance(int index, int titleLine) {
        if (titleLine < 0) {
            return index;
        }
        return index >= titleLine ? index - titleLine : 2 * (titleLine - index) + 1;
    }
}
