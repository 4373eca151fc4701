package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the headline and the site's name, strongest evidence first:
 * <ol>
 * <li>a visible heading that the {@code <title>} repeats (whole, or as its first or last segments:
 * "Headline_Column_Site", "Site | Headline"); the segment left over at the other end is the site's name;</li>
 * <li>a heading that repeats one of two texts of the strongest title tag (a page with two og:title tags);</li>
 * <li>a JSON-LD or meta title that the {@code <title>} repeats;</li>
 * <li>a heading that is the JSON-LD or meta title, or the first {@code <title>} segment, possibly behind a
 * kicker;</li>
 * <li>the JSON-LD headline, then the title meta tags (OpenGraph, Dublin Core, {@code ArticleTitle}…);</li>
 * <li>an {@code <h1>} (on a page without one, the first {@code <h2>}) that shares most of its words with the
 * {@code <title>}, the only {@code <h1>} under a {@code <title>} of a word or two, microdata's headline, the
 * {@code <title>} without its site segment (read outside the head when text before the markup pushed it
 * there), a lone {@code <h1>}.</li>
 * </ol>
 * Hidden and logo headings never count ({@link Headings}).
 */
public final class TitleFinder {

    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H1_TO_H3 = QueryParser.parse("h1, h2, h3");
    private static final Evaluator TITLE_OUTSIDE_SVG = QueryParser.parse("title:not(svg title)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A {@code <title>} segment that credits the site's software ("Powered by Discuz!"). */
    private static final Pattern SOFTWARE_CREDIT = Pattern.compile("^(?:" + RuleList.load("title-credits.txt").stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The headline, the heading element it was read from (null when it came from elsewhere), the site. */
    public record Found(String title, String evidence, Element heading, String siteName, String siteEvidence) {
    }

    /** A site segment is a name, not a sentence. */
    private static final int MAX_SITE_WORDS = 6;
    private static final int MIN_PART_CHARS = 10;
    /** "Klimaschutz:", "Covid-19:", "Chronik:": a kicker is a few words, not a clause. */
    private static final int MAX_KICKER_WORDS = 6;
    private static final int MIN_H1_CHARS = 8;
    private static final int MAX_NAME_TITLE_WORDS = 2;
    private static final double MIN_OVERLAP = 0.5;

    private final Headings headings = new Headings();

    /** {@code microdataHeadline} is looked up only when the stronger evidence gave no title: it costs a walk. */
    public Found find(Document doc, MetaTags.Read meta, JsonLd ld, Supplier<Element> microdataHeadlines) {
        String pageTitle = pageTitle(doc);
        List<String> segments = Titles.segments(pageTitle);
        String metaSite = meta.first("siteName").map(MetaTags.Value::content)
                .orElse(ld.siteName() != null ? ld.siteName() : ld.publisher());
        String siteEvidence = meta.first("siteName").isPresent() ? "meta" : metaSite != null ? "json-ld" : null;

        List<Headings.Heading> candidates = headings.find(PageElements.of(doc).headings(H1_TO_H3));
        Headings.Heading best = null;
        int[] bestSpan = null;
        String siteFolded = Titles.fold(metaSite);
        for (Headings.Heading heading : candidates) {
            String folded = Titles.fold(heading.text());
            if (folded.equals(siteFolded)) {
                continue;
            }
            int[] span = spanOf(folded, segments);
            if (span == null && partOf(folded, Titles.fold(pageTitle))) {
                span = new int[] {0, segments.size()};
            }
            if (span == null && behindKicker(folded, segments)) {
                span = new int[] {0, 1};
            }
            // "Site | Headline" puts the headline last; a heading that matches only a short last segment is
            // more likely the site's logo repeating its name after a longer headline.
            if (span != null && span[0] > 0 && folded.length() < fold(segments.subList(0, span[0])).length()) {
                continue;
            }
            if (span != null && (best == null || folded.length() > Titles.fold(best.text()).length())) {
                best = heading;
                bestSpan = span;
            }
        }
        if (best != null) {
            String site = metaSite;
            String evidence = siteEvidence;
            if (site == null) {
                site = leftoverSite(segments, bestSpan);
                evidence = site == null ? null : "title-element";
            }
            return new Found(best.text(), "heading", best.element(), site, evidence);
        }
        Headings.Heading own = headlineBesideCopiedTitles(candidates, pageTitle, segments, meta, ld, siteFolded);
        if (own != null) {
            return withSite(own.text(), "heading", own.element(), metaSite, siteEvidence, segments);
        }
        List<String> declared = new ArrayList<>();
        if (ld.headline() != null) {
            declared.add(ld.headline());
        }
        meta.first("title").ifPresent(v -> declared.add(strip(v.content(), metaSite)));
        Headings.Heading repeated = repeatedTagTitle(candidates, meta, metaSite, siteFolded);
        if (repeated != null) {
            return withSite(repeated.text(), "heading", repeated.element(), metaSite, siteEvidence, segments);
        }
        // A declared title that the <title> repeats is confirmed twice over; a heading that matches neither is
        // more likely a social-media rewrite shown on the page.
        if (!declared.isEmpty() && spanOf(Titles.fold(declared.get(0)), segments) != null) {
            return withSite(declared.get(0), ld.headline() != null ? "json-ld" : "meta", heading(doc, declared.get(0)),
                    metaSite, siteEvidence, segments);
        }
        List<String> known = new ArrayList<>(declared);
        if (segments.size() > 1) {
            known.add(segments.get(0));
        }
        for (Headings.Heading heading : candidates) {
            String folded = Titles.fold(heading.text());
            for (String d : known) {
                String df = Titles.fold(d);
                if (folded.equals(df) || partOf(folded, df) && declared.contains(d)) {
                    return withSite(heading.text(), "heading", heading.element(), metaSite, siteEvidence, segments);
                }
                // A heading that is a known title with a kicker in front ("Olympische Spiele in Paris Getränke per
                // Schiff…") shows the title; the kicker is a label.
                if (partOf(df, folded) && folded.endsWith(df)) {
                    return withSite(d, "heading", heading.element(), metaSite, siteEvidence, segments);
                }
            }
        }
        List<Element> pageH1s = PageElements.of(doc).headings(H1);
        Element h1 = pageH1s.isEmpty() ? null : pageH1s.get(0);
        if (ld.headline() != null) {
            return withSite(ld.headline(), "json-ld", heading(doc, ld.headline()), metaSite, siteEvidence, segments);
        }
        Optional<MetaTags.Value> metaTitle = meta.first("title");
        if (metaTitle.isPresent()) {
            String t = strip(metaTitle.get().content(), metaSite);
            return withSite(t, "meta", heading(doc, t), metaSite, siteEvidence, segments);
        }
        // Without declared titles, the visible headline is the title; but an h1 that shares few words with the
        // <title> is a section or widget heading ("Lorem", "News"), not the same headline.
        if (!pageTitle.isEmpty()) {
            declared.add(pageTitle);
        }
        // A page without an h1 sets its headline as an h2 ("<h2>Bootsdienst Ausbildung</h2>" under a <title> of
        // "Feuerwehr Oldenburg - Ausbildung").
        // Only the first h2 stands for the headline: later ones head the article's sections.
        boolean hasH1 = candidates.stream().anyMatch(h -> h.element().normalName().equals("h1"));
        Headings.Heading firstH2 = candidates.stream().filter(h -> h.element().normalName().equals("h2")).findFirst().orElse(null);
        for (Headings.Heading heading : candidates) {
            boolean eligible = hasH1 ? heading.element().normalName().equals("h1") : heading == firstH2;
            if (eligible && !Titles.fold(heading.text()).equals(siteFolded)
                    && heading.text().length() >= MIN_H1_CHARS
                    && (declared.isEmpty() || declared.stream().anyMatch(d -> Titles.overlap(heading.text(), d) >= MIN_OVERLAP))) {
                // A <title> with no site segment, saying the same in other words, is the page's own name for
                // itself; the heading is its visible rewording ("v3 beta: …, … test").
                if (segments.size() == 1 && !pageTitle.isEmpty() && pageTitle.length() >= MIN_PART_CHARS
                        && !Titles.fold(pageTitle).equals(siteFolded)) {
                    return withSite(pageTitle, "title-element", heading.element(), metaSite, siteEvidence, segments);
                }
                return withSite(heading.text(), "heading", heading.element(), metaSite, siteEvidence, segments);
            }
        }
        // A <title> of a word or two ("Home", "Anwalt Niemeyer") names the site or the page's place in it, not
        // the text: the page's only h1 is its headline, whatever words they share.
        List<Headings.Heading> h1s = candidates.stream().filter(h -> h.element().normalName().equals("h1")).toList();
        if (segments.size() <= 1 && WHITESPACE.split(pageTitle).length <= MAX_NAME_TITLE_WORDS && h1s.size() == 1
                && h1s.get(0).text().length() >= MIN_H1_CHARS && !Titles.fold(h1s.get(0).text()).equals(siteFolded)) {
            return withSite(h1s.get(0).text(), "heading", h1s.get(0).element(), metaSite, siteEvidence, segments);
        }
        Element microdataHeadline = microdataHeadlines.get();
        if (microdataHeadline != null && !microdataHeadline.text().isBlank()) {
            return withSite(microdataHeadline.text().strip(), "microdata", microdataHeadline, metaSite, siteEvidence,
                    segments);
        }
        if (!pageTitle.isEmpty()) {
            String t = strip(pageTitle, metaSite);
            if (t.equals(pageTitle) && segments.size() > 1) {
                t = longest(segments);
            }
            return withSite(t, "title-element", heading(doc, t), metaSite, siteEvidence, segments);
        }
        if (h1 != null && pageH1s.size() == 1 && !h1.text().isBlank()) {
            return withSite(h1.text().strip(), "heading", h1, metaSite, siteEvidence, segments);
        }
        return new Found(null, null, null, metaSite, siteEvidence);
    }

    /**
     * The {@code <title>}; when text printed before the markup (a server's warning) pushed it out of the
     * head, the first one of the page outside inline SVG, whose {@code <title>} names a drawing.
     */
    private static String pageTitle(Document doc) {
        String inHead = doc.title().strip();
        if (!inHead.isEmpty()) {
            return inHead;
        }
        Element title = doc.selectFirst(TITLE_OUTSIDE_SVG);
        return title == null ? "" : title.text().strip();
    }

    private static Found withSite(String title, String evidence, Element heading, String metaSite, String siteEvidence,
                                  List<String> segments) {
        if (metaSite != null) {
            return new Found(title, evidence, heading, metaSite, siteEvidence);
        }
        int[] span = spanOf(Titles.fold(title), segments);
        String site = span == null ? null : leftoverSite(segments, span);
        return new Found(title, evidence, heading, site, site == null ? null : "title-element");
    }

    /**
     * A page whose title tags and JSON-LD headline only copy its {@code <title>} ("Headline - Site") declares no
     * headline of its own: its one visible {@code <h1>}, worded otherwise, is the headline the reader sees
     * ("Eignet sich eine Wärmepumpe im Altbau?" under "Wärmepumpe im Altbau - Wann es sich lohnt | Site").
     * An h1 that holds a segment of the {@code <title>} (the site's name, a section) or opens with the site's name
     * (the declared one, or the {@code <title>}'s last segment) is a banner, not a rewording; a kicker set in its own element is left out of the
     * h1 by {@link Headings}. An h1 that merely ends with the {@code <title>}'s headline is still the headline
     * ("Wie pflege ich meine Zaubernuss im Winter?" under "Zaubernuss im Winter » …").
     */
    private static Headings.Heading headlineBesideCopiedTitles(List<Headings.Heading> candidates, String pageTitle,
                                                               List<String> segments, MetaTags.Read meta, JsonLd ld,
                                                               String siteFolded) {
        // The strongest tag must copy the <title> word for word, site name and all; weaker ones may copy it
        // without the site. A strongest tag that drops the site name was written apart from the <title>.
        String titleFolded = Titles.fold(pageTitle);
        List<MetaTags.Value> tags = meta.all("title");
        // A <title> without a site segment counts only when the page's tags copy it: with no tags at all, such a
        // <title> is the page's own name for itself and the h1 its visible rewording.
        boolean lone = segments.size() == 1;
        if (segments.isEmpty() || lone && tags.isEmpty() && ld.headline() == null) {
            return null;
        }
        if (!tags.isEmpty() && !Titles.fold(tags.get(0).content()).equals(titleFolded)
                || tags.stream().anyMatch(v -> spanOf(Titles.fold(v.content()), segments) == null)
                || ld.headline() != null && spanOf(Titles.fold(ld.headline()), segments) == null) {
            return null;
        }
        List<Headings.Heading> h1s = candidates.stream().filter(h -> h.element().normalName().equals("h1")).toList();
        if (h1s.size() != 1) {
            return null;
        }
        String folded = Titles.fold(h1s.get(0).text());
        if (folded.isEmpty() || folded.equals(siteFolded)) {
            return null;
        }
        // Beside a lone <title>, an h1 about something else is a section's heading, and one that ends with the
        // <title> adds a kicker to it.
        if (lone && (h1s.get(0).text().length() < MIN_H1_CHARS || folded.endsWith(titleFolded)
                || Titles.overlap(h1s.get(0).text(), pageTitle) < MIN_OVERLAP)) {
            return null;
        }
        List<String> segmentsFolded = segments.stream().map(Titles::fold).toList();
        // The first segment is the headline's own: an h1 that keeps it and rewords the rest is still a rewording.
        List<String> banners = segmentsFolded.subList(1, segmentsFolded.size());
        for (String part : Titles.segments(h1s.get(0).text())) {
            if (banners.contains(Titles.fold(part))) {
                return null;
            }
        }
        String last = segmentsFolded.get(segmentsFolded.size() - 1);
        if (folded.startsWith(last) || !siteFolded.isEmpty() && folded.startsWith(siteFolded)) {
            return null;
        }
        return h1s.get(0);
    }

    /**
     * A page whose strongest title tag is written twice with two texts (two SEO plugins, each with its own
     * og:title) tells its headline by the heading that repeats one of them.
     */
    private static Headings.Heading repeatedTagTitle(List<Headings.Heading> candidates, MetaTags.Read meta,
                                                     String metaSite, String siteFolded) {
        List<MetaTags.Value> all = meta.all("title");
        if (all.size() < 2) {
            return null;
        }
        List<String> texts = all.stream().filter(v -> v.name().equals(all.get(0).name()))
                .map(v -> Titles.fold(strip(v.content(), metaSite))).toList();
        if (texts.size() < 2) {
            return null;
        }
        for (Headings.Heading heading : candidates) {
            String folded = Titles.fold(heading.text());
            if (folded.length() >= MIN_PART_CHARS && !folded.equals(siteFolded) && texts.contains(folded)) {
                return heading;
            }
        }
        return null;
    }

    /** Which first or last run of segments of the page title the folded text equals, if any. */
    private static int[] spanOf(String folded, List<String> segments) {
        int n = segments.size();
        for (int k = n; k >= 1; k--) {
            if (fold(segments.subList(0, k)).equals(folded)) {
                return new int[] {0, k};
            }
            if (fold(segments.subList(n - k, n)).equals(folded)) {
                return new int[] {n - k, n};
            }
        }
        return null;
    }

    /**
     * A heading that makes up most of the page title, at its start or end, with a glued-on prefix or suffix
     * the separators miss ("Site: Headline").
     */
    private static boolean partOf(String heading, String pageTitle) {
        return heading.length() >= MIN_PART_CHARS && heading.length() * 2 >= pageTitle.length()
                && (pageTitle.startsWith(heading) || pageTitle.endsWith(heading));
    }

    /**
     * A heading that is the first page-title segment without its "Kicker: " label: templates glue the kicker,
     * shown apart on the page, to the headline in the {@code <title>} and the declared titles.
     */
    private static boolean behindKicker(String heading, List<String> segments) {
        if (segments.isEmpty() || heading.length() < MIN_PART_CHARS) {
            return false;
        }
        String first = segments.get(0);
        int colon = first.indexOf(": ");
        return colon > 0 && WHITESPACE.split(first.substring(0, colon).strip()).length <= MAX_KICKER_WORDS
                && Titles.fold(first.substring(colon + 2)).equals(heading);
    }

    private static String fold(List<String> parts) {
        return Titles.fold(String.join(" ", parts));
    }

    /** The segment at the far end from the headline, when the headline does not fill the page title. */
    private static String leftoverSite(List<String> segments, int[] span) {
        String site = null;
        if (span[0] == 0 && span[1] < segments.size()) {
            site = segments.get(segments.size() - 1);
            // "Headline - Section - Forum - Powered by Discuz!": the software's credit closes the title after the site.
            if (SOFTWARE_CREDIT.matcher(site).find() && span[1] < segments.size() - 1) {
                site = segments.get(segments.size() - 2);
            }
        } else if (span[0] > 0 && span[1] == segments.size()) {
            site = segments.get(0);
        }
        return site != null && WHITESPACE.split(site).length <= MAX_SITE_WORDS ? site : null;
    }

    /** The title without a leading or trailing segment that is the site's name. */
    private static String strip(String title, String site) {
        List<String> segments = Titles.segments(title);
        if (site == null || segments.size() < 2) {
            return title.strip();
        }
        String s = Titles.fold(site);
        if (Titles.fold(segments.get(segments.size() - 1)).equals(s)) {
            return join(title, segments.get(segments.size() - 2), true);
        }
        if (Titles.fold(segments.get(0)).equals(s)) {
            return join(title, segments.get(1), false);
        }
        return title.strip();
    }

    /** The part of the title up to the end of {@code lastKept} (or from the start of {@code firstKept}). */
    private static String join(String title, String boundary, boolean upTo) {
        if (upTo) {
            int end = title.lastIndexOf(boundary);
            return end < 0 ? title.strip() : title.substring(0, end + boundary.length()).strip();
        }
        int start = title.indexOf(boundary);
        return start < 0 ? title.strip() : title.substring(start).strip();
    }

    private static String longest(List<String> segments) {
        String best = segments.get(0);
        for (String s : segments) {
            if (s.length() > best.length() * 1.5) {
                best = s;
            }
        }
        return best;
    }

    private static Element heading(Document doc, String title) {
        String folded = Titles.fold(title);
        for (Element h : PageElements.of(doc).headings(H1_TO_H3)) {
            if (Titles.fold(h.text()).equals(folded)) {
                return h;
            }
        }
        return null;
    }
}
