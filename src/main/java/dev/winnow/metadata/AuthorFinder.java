package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article's authors: JSON-LD persons, author meta tags, microdata and RDFa, {@code rel=author}
 * links and byline elements, then a labelled line ("By …", "作者：…"). Each byline goes through
 * {@link AuthorNames}, so what comes out is names, not "By", dates or handles.
 */
public final class AuthorFinder {

    /** Authors and the evidence kind that gave them. */
    public record Authors(List<String> names, String evidence) {
    }

    private static final int MAX_BYLINE_CHARS = 120;
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(author|byline|by-line|writer|auteur|autor|reporter)([\\s_-]|name|$)|authorname|author-name|byline");
    private static final Pattern NOT_BYLINE_CLASS = Pattern.compile("(?i)avatar|image|img|photo|bio|description|comment|box");

    private final AuthorNames names;
    private final AsideZones asides;

    public AuthorFinder(AuthorNames names, AsideZones asides) {
        this.names = names;
        this.asides = asides;
    }

    public Authors find(Document doc, MetaTags.Read meta, JsonLd ld, LabelledLineReader.Fields labelled,
                        Element headline) {
        List<String> found = clean(ld.authors());
        if (!found.isEmpty()) {
            return new Authors(found, "json-ld");
        }
        List<String> metaValues = new ArrayList<>();
        for (MetaTags.Value v : meta.all("author")) {
            if (!v.content().matches("(?i)https?://.*|www\\..*")) {
                metaValues.add(v.content());
            }
        }
        found = clean(metaValues.isEmpty() ? List.of() : List.of(metaValues.get(0)));
        if (!found.isEmpty()) {
            return new Authors(found, "meta");
        }
        found = microdata(doc, headline);
        if (!found.isEmpty()) {
            return new Authors(found, "microdata");
        }
        found = bylineElements(doc, headline);
        if (!found.isEmpty()) {
            return new Authors(found, "byline-element");
        }
        if (!labelled.authors().isEmpty()) {
            return new Authors(labelled.authors(), "visible-label");
        }
        return new Authors(List.of(), null);
    }

    private List<String> clean(List<String> bylines) {
        List<String> out = new ArrayList<>();
        for (String b : bylines) {
            for (String n : names.names(b)) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private List<String> microdata(Document doc, Element headline) {
        List<String> bylines = new ArrayList<>();
        for (Element e : doc.select("[itemprop~=^(author|creator)$], [property~=(?i)^(dc:creator|dcterms:creator|schema:author|author)$], [rel=author]")) {
            if (asides.isAside(e, headline) || e.normalName().equals("meta") || e.normalName().equals("link")) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            String text = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!text.isBlank() && text.length() <= MAX_BYLINE_CHARS) {
                bylines.add(text);
            }
        }
        return clean(bylines);
    }

    private List<String> bylineElements(Document doc, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        for (Element e : body.getAllElements()) {
            String classes = e.className() + " " + e.id();
            if (classes.isBlank() || !BYLINE_CLASS.matcher(classes).find() || NOT_BYLINE_CLASS.matcher(classes).find()) {
                continue;
            }
            String text = e.text();
            if (text.isBlank() || text.length() > MAX_BYLINE_CHARS || asides.isAside(e, headline)) {
                continue;
            }
            List<String> n = names.names(text);
            if (!n.isEmpty()) {
                return n;
            }
        }
        return List.of();
    }
}
