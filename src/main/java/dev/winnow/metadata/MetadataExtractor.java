package dev.winnow.metadata;

import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.Settings;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the article's metadata from the parsed tree, before cleaning removes the evidence. Each field comes
 * from a chain of evidence, strongest first, and the record's provenance names the link that gave it.
 */
public final class MetadataExtractor {

    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator MARKED_HEADLINE = QueryParser.parse("[itemprop=headline], [property~=(?i)^(dc:title|dcterms:title|schema:headline)$]");
    private static final Evaluator TAG_LINK = QueryParser.parse("a[rel~=(?i)^tag$]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator IMAGE = QueryParser.parse("img");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.*");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,;，；、]");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    private static final int MIN_HEADLINE_CHARS = 10;

    private final MetaTags metaTags = new MetaTags();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final TitleFinder titles = new TitleFinder();
    private final BreadcrumbFinder breadcrumbs = new BreadcrumbFinder();
    private final DateFinder dates;
    private final AuthorFinder authors;
    private final LabelledLineReader labelledLines;
    private final AsideZones asides = new AsideZones();
    private final MetadataLabels labels = new MetadataLabels();
    private final ZoneId timeZone;

    public MetadataExtractor(Settings settings) {
        String zone = settings.string("winnow.metadata.time-zone");
        this.timeZone = zone.isEmpty() ? null : ZoneId.of(zone);
        DateParser parser = new DateParser();
        AuthorNames names = new AuthorNames(parser);
        this.dates = new DateFinder(parser, asides, settings.intValue("winnow.metadata.date-near-lines"));
        this.authors = new AuthorFinder(names, asides, parser);
        this.labelledLines = new LabelledLineReader(labels, parser, names, asides);
    }

    public Page extract(Page page) {
        // The finders look up meta, link, script, time and microdata elements through one walk of the page.
        try (PageElements ignored = PageElements.open(page.document())) {
            return extract(page, page.document());
        }
    }

    private Page extract(Page page, Document doc) {
        MetaTags.Read meta = metaTags.read(doc);
        JsonLd ld = jsonLd.read(doc);
        Metadata.Builder b = page.metadata().toBuilder();

        TitleFinder.Found title = titles.find(doc, meta, ld, () -> microdataHeadline(doc));
        b.title(title.title(), title.evidence());
        b.siteName(title.siteName(), title.siteEvidence());

        DateParser.Context at = new DateParser.Context(page.source().retrievedAt(), monthFirst(doc, meta));
        VisibleLines lines = VisibleLines.of(doc.body());
        int titleLine = titleLine(lines, title);
        Element headline = title.heading();
        if (headline == null && titleLine >= 0 && HEADINGS.contains(lines.lines().get(titleLine).block().normalName())) {
            headline = lines.lines().get(titleLine).block();
        }
        LabelledLineReader.Fields labelled = labelledLines.read(lines.lines(), titleLine, headline, at);

        CanonicalUrl.Found canonicalFound = CanonicalUrl.of(doc, meta, ld);
        String canonical = canonicalFound.url();
        b.canonicalUrl(canonical, canonicalFound.evidence());

        List<String> urls = new ArrayList<>();
        urls.add(page.source().url());
        urls.add(canonical);
        DateFinder.Dates found = dates.find(doc, meta, ld, lines, titleLine, headline, labelled, urls, at);
        if (found.published() != null) {
            b.published(zoned(found.published().date()).iso(), found.published().evidence());
        }
        if (found.modified() != null && (found.published() == null
                || tellsMore(found.modified().date(), found.published().date()))) {
            b.modified(zoned(found.modified().date()).iso(), found.modified().evidence());
        }

        AuthorFinder.Authors a = authors.find(doc, meta, ld, labelled, headline, lines, titleLine,
                Arrays.asList(title.siteName(), ld.publisher(), ld.siteName()), HostName.of(canonical != null ? canonical : page.source().url()));
        b.authors(a.names(), a.evidence());
        b.editor(labelled.editor(), "visible-label");

        Optional<MetaTags.Value> metaSource = meta.first("source");
        if (metaSource.isPresent() && !WEB_ADDRESS.matcher(metaSource.get().content()).matches()) {
            b.source(withoutSourceLabel(metaSource.get().content()), "meta");
        } else if (labelled.source() != null) {
            b.source(labelled.source(), "visible-label");
        } else if (ld.publisher() != null) {
            b.source(ld.publisher(), "json-ld");
        }

        if (!ld.breadcrumbs().isEmpty()) {
            b.breadcrumbs(BreadcrumbFinder.withoutTitle(ld.breadcrumbs(), title.title()), "json-ld");
        } else {
            BreadcrumbFinder.Trail trail = breadcrumbs.find(doc, title.title());
            b.breadcrumbs(trail.crumbs(), trail.evidence());
        }

        tags(b, doc, meta, ld, headline);
        description(b, meta, ld);
        image(b, doc, meta, ld, headline);
        language(b, doc, meta, ld);
        return page.withMetadata(b.build());
    }

    /** A modification that is the publication again, or its day without a time, tells nothing new. */
    private static boolean tellsMore(ParsedDate modified, ParsedDate published) {
        boolean sameDayUntimed = modified.time() == null && modified.date().equals(published.date());
        return !modified.iso().equals(published.iso()) && !sameDayUntimed;
    }

    /** A source tag that repeats the visible line's label ("来源：人民日报") gives the value after it. */
    private String withoutSourceLabel(String content) {
        List<MetadataLabels.Labelled> found = labels.find(content);
        if (found.size() != 1) {
            return content;
        }
        MetadataLabels.Labelled only = found.get(0);
        boolean opensTheTag = only.valueStart() - only.label().length() <= 1;
        if ("source".equals(only.field()) && opensTheTag && only.valueEnd() > only.valueStart()) {
            return content.substring(only.valueStart(), only.valueEnd()).strip();
        }
        return content;
    }

    /** A local time gets the configured zone's offset; without a configured zone it stays local. */
    private ParsedDate zoned(ParsedDate date) {
        if (timeZone == null || date.time() == null || date.offset() != null) {
            return date;
        }
        ZoneOffset offset = timeZone.getRules().getOffset(LocalDateTime.of(date.date(), date.time()));
        return new ParsedDate(date.date(), date.time(), offset);
    }

    /** Slashed dates are month-first on pages in US English (or English with no region), day-first elsewhere. */
    private static boolean monthFirst(Document doc, MetaTags.Read meta) {
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        if (lang.isBlank()) {
            lang = meta.first("language").map(MetaTags.Value::content).orElse("");
        }
        String tag = LanguageTags.bcp47(lang);
        return tag == null || tag.equals("en") || tag.equals("en-US");
    }

    /** The first element marked as the headline that prints it: a {@code <meta>} only names it. */
    private static Element microdataHeadline(Document doc) {
        return PageElements.of(doc).marked(MARKED_HEADLINE).stream().filter(e -> !e.normalName().equals("meta"))
                .findFirst().orElse(null);
    }

    private static int titleLine(VisibleLines lines, TitleFinder.Found title) {
        if (title.title() == null) {
            return -1;
        }
        String folded = Titles.fold(title.title());
        for (VisibleLines.Line line : lines.lines()) {
            if (title.heading() != null && line.block() == title.heading()) {
                return line.index();
            }
        }
        // A headline with a kicker or a date glued to it ("Ernährung sichern Schulze: …") still holds the title.
        for (VisibleLines.Line line : lines.lines()) {
            if (HEADINGS.contains(line.block().normalName()) && folded.length() >= MIN_HEADLINE_CHARS
                    && Titles.fold(line.text()).contains(folded)) {
                return line.index();
            }
        }
        for (VisibleLines.Line line : lines.lines()) {
            if (Titles.fold(line.text()).equals(folded)) {
                return line.index();
            }
        }
        for (VisibleLines.Line line : lines.lines()) {
            if (line.block().normalName().equals("h1")) {
                return line.index();
            }
        }
        return -1;
    }

    private void tags(Metadata.Builder b, Document doc, MetaTags.Read meta, JsonLd ld, Element headline) {
        List<MetaTags.Value> articleTags = meta.all("tags").stream().filter(v -> v.name().equals("article:tag")).toList();
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        String evidence = "meta";
        if (!articleTags.isEmpty()) {
            articleTags.forEach(v -> tags.addAll(split(v.content())));
        } else if (!ld.keywords().isEmpty()) {
            tags.addAll(ld.keywords());
            evidence = "json-ld";
        } else {
            tags.addAll(tagLinks(doc, headline));
            evidence = "tag-link";
        }
        if (tags.isEmpty()) {
            meta.first("tags").ifPresent(v -> tags.addAll(split(v.content())));
            evidence = "meta";
        }
        b.tags(List.copyOf(tags), evidence);
    }

    /**
     * The article's own {@code rel=tag} links; a category link ("category tag") names a section, and a tag
     * cloud in a sidebar lists the whole site's tags.
     */
    private List<String> tagLinks(Document doc, Element headline) {
        List<String> out = new ArrayList<>();
        for (Element a : PageElements.of(doc).marked(TAG_LINK)) {
            String text = a.text().strip();
            if (!text.isEmpty() && !a.attr("rel").toLowerCase(Locale.ROOT).contains("category")
                    && !asides.isAside(a, headline) && !out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }

    private static List<String> split(String keywords) {
        List<String> out = new ArrayList<>();
        for (String k : KEYWORD_SEPARATOR.split(keywords)) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private static void description(Metadata.Builder b, MetaTags.Read meta, JsonLd ld) {
        Optional<MetaTags.Value> d = meta.first("description");
        if (d.isPresent()) {
            b.description(d.get().content(), "meta");
        } else if (ld.description() != null) {
            b.description(ld.description(), "json-ld");
        }
    }

    private void image(Metadata.Builder b, Document doc, MetaTags.Read meta, JsonLd ld, Element heading) {
        for (MetaTags.Value v : meta.all("image")) {
            String abs = AbsoluteUrl.of(v.content());
            if (abs != null || v.content().startsWith("/")) {
                b.image(v.content().strip(), "meta");
                return;
            }
        }
        if (ld.image() != null) {
            b.image(ld.image(), "json-ld");
            return;
        }
        Element scope = heading != null && heading.parent() != null ? heading.parent() : doc.selectFirst(ARTICLE);
        if (scope == null) {
            return;
        }
        for (Element img : scope.select(IMAGE)) {
            String src = img.hasAttr("data-src") ? img.attr("abs:data-src") : img.attr("abs:src");
            if (src.isEmpty()) {
                src = img.hasAttr("data-src") ? img.attr("data-src") : img.attr("src");
            }
            if (!src.isBlank() && !src.startsWith("data:") && !tiny(img) && !asides.isTeaser(img, heading)) {
                b.image(src, "article-image");
                return;
            }
        }
    }

    /** Icons, spacers and tracking pixels are not the article's image. */
    private static boolean tiny(Element img) {
        for (String attr : List.of("width", "height")) {
            String v = NOT_DIGIT.matcher(img.attr(attr)).replaceAll("");
            if (!v.isEmpty() && v.length() < 4 && Integer.parseInt(v) < 50) {
                return true;
            }
        }
        return false;
    }

    private static void language(Metadata.Builder b, Document doc, MetaTags.Read meta, JsonLd ld) {
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").strip();
        }
        String evidence = "html-lang";
        if (lang.isEmpty()) {
            lang = meta.first("language").map(MetaTags.Value::content).orElse("");
            evidence = "meta";
        }
        if (lang.isEmpty() && ld.language() != null) {
            lang = ld.language();
            evidence = "json-ld";
        }
        String tag = LanguageTags.bcp47(lang);
        if (tag != null) {
            b.language(tag, evidence);
        }
    }
}
