package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a page's side columns: an {@code <aside>}, or a box whose class or id has a word of
 * {@code rules/side-column-tokens.txt} ("sidebar"), unless its name also says content. A BEM part of a layout
 * named after its sidebar ({@code sidebar__main}, {@code sidebar--left}) names the layout, not the column.
 */
final class SideColumns {

    private final ClassIdWords words;
    private final Pattern named;

    SideColumns(ClassIdWords words) {
        this.words = words;
        List<String> tokens = RuleList.load("side-column-tokens.txt").stream().map(Pattern::quote).toList();
        named = Pattern.compile("(?i)(?:^|[^\\p{Alnum}])(?:" + String.join("|", tokens) + ")(?![\\p{Alnum}]|__|--)");
    }

    /** Whether {@code e} sits in a side column below {@code body}. */
    boolean contains(Element e, Element body) {
        for (Element a = e; a != null && a != body; a = a.parent()) {
            if (isColumn(a)) {
                return true;
            }
        }
        return false;
    }

    /** The outermost side columns below {@code root}. */
    List<Element> below(Element root) {
        List<Element> columns = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (depth > 0 && isColumn(e)) {
                    columns.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        return columns;
    }

    /** Whether {@code e} itself is a side column. */
    boolean isColumn(Element e) {
        return (e.normalName().equals("aside") || named.matcher(e.className() + " " + e.id()).find())
                && words.naming(e) != ClassIdWords.Naming.CONTENT;
    }
}
