package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when the article was published and when it was last modified, kept apart.
 *
 * <p>The date a reader sees printed by the headline (a labelled line, a {@code <time>}, an element whose
 * class speaks of dates) is the article's date as the site means it; machine-readable dates (JSON-LD, meta
 * tags, microdata) are often a CMS's creation time, a republication or an instant in UTC a day off. So a
 * printed date near the headline comes first, taking the structured date's time and offset when both name
 * the same day; without one, the structured dates, then printed dates further away, the URL, the
 * {@code <title>}, and last any date printed near the headline. A date inside a comment, sidebar or
 * related-stories list is someone else's.
 */
public final class DateFinder {

    private static final Evaluator MARKED_PROPERTY = QueryParser.parse("[itemprop], [property]");
    private static final Evaluator HIDDEN = QueryParser.parse(
            "[hidden], [style~=(?i)display\\s*:\\s*none], [class~=(?i)(?:^|\\s)(?:\\S*[-_])?hidden(?:\\s|$)]");
    private static final Evaluator TIME_ELEMENT = QueryParser.parse("time, abbr[title][class], span[title][class~=(?i)^(published|updated|date|entry-date)$]");

    /** A date and the evidence kind that gave it. */
    public record Dated(ParsedDate date, String evidence) {
    }

    /** The published and modified dates (either may be null). */
    public record Dates(Dated published, Dated modified) {
    }

    /** A printed date, its distance from the headline, the words printed just before it, and the date as printed. */
    private record Candidate(Dated dated, int distance, String lead, String printed) {
    }

    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|byline|dateline|meta|info|timestamp|pubdate|author");
    /** A machine date written without separators: {@code 20250522}, {@code 20250522124110}. */
    private static final Pattern COMPACT_DATE = Pattern.compile("((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?:([0-2]\\d)([0-5]\\d)([0-5]\\d))?");
    /** An ISO 8601 instant as a machine writes it, date and time joined by 'T'. */
    private static final Pattern MACHINE_TIMESTAMP = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}\\S*\\s*");
    /** The RDFa property patterns of the microdata date properties, by property, each compiled once. */
    private static final Map<String, Pattern> PROPERTY_PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|copyright");
    /** A date printed with slashes, the one form whose day and month order varies by region. */
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{2,4}(?!\\d)");
    /**
     * A date in a URL path: "/2025/05/22/", "/2025-5-22/", "/202505/22/", "/20250522/"; the compact form also
     * before a story code ("/a/20250522A01ABC00"); the stamp Chinese publishing systems give a story's file
     * ("/202505/t20250522_123456.html"); and the year then month and day in one segment ("/2025/0522/c1001-…").
     */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?([01]?\\d)[/_-]([0-3]?\\d)(?:[/_.-]|$)"
                    + "|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?:[/_.-]|[A-Z]\\d|$)"
                    + "|/t((?:19|20)\\d{2})([01]\\d)([0-3]\\d)_\\d"
                    + "|/((?:19|20)\\d{2})/([01]\\d)([0-3]\\d)/");
    /**
     * A path segment that is a date with the year last ("/meldungen/29-10-2021"): read only when its day is past
     * 12, since "/10-11-2021" is the 10th of November or October the 11th depending on the site's country.
     */
    private static final Pattern URL_DAY_FIRST = Pattern.compile("/([12]\\d|3[01])[-_.]([01]?\\d)[-_.]((?:19|20)\\d{2})(?:[/?#.]|$)");
    /**
     * A date line is short ("Berlin, 28.10.2021, 058/21", "Pressemitteilung vom 25. Januar 2022"); a line over
     * this length is a sentence, and a date inside it is what the sentence tells of.
     */
    private static final int MAX_DATED_LINE = 100;
    /** A theme's sentence about the post is one line of a few clauses, not a paragraph. */
    private static final int MAX_POSTED_LINE = 200;
    private static final int OPENING_CHARS = 40;
    private static final int MAX_DATE_ONLY_LINE = 60;
    private static final int NOT_PRINTED = Integer.MAX_VALUE / 4;
    /**
     * Letters a date-only line may hold besides its date ("Uhr", "am"): a label is a line of another kind
     * ("Termin: 21.02.2020", "Registriert: 18.09.2008").
     */
    private static final int MAX_DATE_ONLY_LETTERS = 3;
    /** A line this short above a date may be its label. */
    private static final int MAX_LABEL_LINE = 40;
    private static final int EARLIEST_YEAR = 1995;
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt");
    /** A line that closes a sentence, in the scripts that mark its end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]$");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A relative date alone on its line is short ("3 hours ago", "вчера в 12:41"); a longer one needs a date class. */
    private static final int MAX_RELATIVE_LINE = 32;

    private final DateParser parser;
    private final AsideZones asides;
    private final DateLeadLabels updateLabels = DateLeadLabels.updates();
    private final DateLeadLabels publicationLabels = DateLeadLabels.publications();
    private final ScriptDates scripts;
    /** How far (in visible lines) from the headline a printed date counts as the article's own. */
    private final int nearLines;

    public DateFinder(DateParser parser, AsideZones asides, int nearLines) {
        this.parser = parser;
        this.asides = asides;
        this.nearLines = nearLines;
        this.scripts = new ScriptDates(parser);
    }

    public Dates find(Document doc, MetaTags.Read meta, JsonLd ld, VisibleLines lines, int titleLine, Element headline,
                      LabelledLineReader.Fields labelled, List<String> urls, DateParser.Context at) {
        // The page's microdata and RDFa elements, looked up once for all three date properties, and only when
        // the stronger evidence gave no date.
        List<List<Element>> memo = new ArrayList<>(1);
        Supplier<List<Element>> marked = () -> {
            if (memo.isEmpty()) {
                memo.add(PageElements.of(doc).marked(MARKED_PROPERTY));
            }
            return memo.get(0);
        };
        Dated structured = first(
                () -> machine(ld.datePublished(), at, "json-ld"),
                () -> meta.all("published").stream().map(v -> machine(v.content(), at, "meta"))
                        .filter(d -> d != null).findFirst().orElse(null),
                () -> itemprop(marked.get(), "datePublished", at),
                () -> itemprop(marked.get(), "dateCreated", at),
                () -> machine(ld.anyDatePublished(), at, "json-ld"));
        Dated structuredModified = first(
                () -> machine(ld.dateModified(), at, "json-ld"),
                () -> meta.all("modified").stream().map(v -> machine(v.content(), at, "meta"))
                        .filter(d -> d != null).findFirst().orElse(null),
                () -> itemprop(marked.get(), "dateModified", at));
        Dated labelledPublished = labelled.published() == null ? null : new Dated(labelled.published(), "visible-label");
        int labelledDistance = LabelledLineReader.distance(labelled.publishedLine(), titleLine);
        Candidate labelledLine = labelledPublished == null ? null : new Candidate(labelledPublished, labelledDistance, "", "");

        List<Element> distrusted = new ArrayList<>(0);
        Candidate time = timeElement(doc, lines, titleLine, headline, at, distrusted);
        Candidate printedLine = nearest(lines, titleLine, headline, at,
                line -> (hasDateClass(line.block()) || isDateOnly(line.text())
                        && LabelledLineReader.distance(line.index(), titleLine) <= nearLines)
                        && !distrusted.contains(line.block()), Integer.MAX_VALUE, "visible-text");
        Candidate own = ownElement(lines, titleLine, headline, at);
        Candidate dated = own != null && (printedLine == null || own.distance() < printedLine.distance())
                ? own : printedLine;
        Candidate shown = titleLine < 0 ? null : Stream.of(labelledLine, time, dated)
                .filter(c -> c != null && c.distance() <= nearLines).findFirst().orElse(null);
        if (shown != null) {
            shown = inConfirmedOrder(shown, structured, structuredModified);
        }

        Dated published;
        if (shown != null) {
            // The printed date is the article's date as the site means it, even when the markup says the page
            // was modified that day; unless the page says so too, printing "Updated" before it or giving its
            // <time> the very instant of the markup's modification date.
            boolean update = sameDay(shown.dated(), structuredModified) && !sameDay(shown.dated(), structured)
                    && (updateLabels.labels(shown.lead())
                    || shown.dated().date().sameInstant(structuredModified.date()));
            // The same day in the markup without a time and printed with one ("2023-09-28" beside "2023年09月28日
            // 07:51") is the printed date: it says more.
            published = sameDay(shown.dated(), structured)
                    ? (structured.date().time() == null && shown.dated().date().time() != null ? shown.dated() : structured)
                    : update ? first(() -> structured, shown::dated) : shown.dated();
        } else {
            published = first(
                    () -> corroborated(structured, lines, titleLine, headline, at),
                    () -> nearDateline(lines, titleLine, headline, at),
                    () -> time == null ? null : time.dated(),
                    () -> labelledPublished,
                    () -> dated == null ? null : dated.dated(),
                    () -> scripts.find(doc, at).map(d -> new Dated(d, "script")).orElse(null),
                    () -> fromUrls(urls),
                    () -> parsed(doc.title(), at, "title-element"),
                    () -> nearTitle(lines, titleLine, headline, at));
        }
        Dated modified = first(
                () -> structuredModified,
                () -> labelled.modified() == null ? null : new Dated(labelled.modified(), "visible-label"),
                () -> modifiedTime(doc, headline, at));
        // A page that dates itself only by its last change ("Aktualisiert am 17.01.2021") is dated by that; a
        // page with no other date, by the line holding only a date nearest its headline, however far.
        // Then a copyright notice stamped with the day the page was built ("Copyright © 19.12.2019 - 12:14 h").
        // Last, a relative date by the headline ("3小时前", "yesterday, 12:41"), counted back from the retrieval
        // time: right when the page was saved as it was fetched, so only when the page gives no date of its own.
        // A list of the latest stories that holds this one too gives its date beside its headline.
        return new Dates(first(() -> published, () -> modified, () -> ownTeaser(lines, titleLine, headline, at),
                () -> farDateOnly(lines, titleLine, headline, at),
                () -> stampedCopyright(lines, at), () -> relativeNearTitle(lines, titleLine, headline, at),
                () -> postedSentence(lines, titleLine, headline, at)),
                modified);
    }

    /**
     * A printed "11/01/2021" is read day-first or month-first by the page's language, but some pages print the
     * other order: when the machine dates name the day the other reading gives, and none the day read, the
     * page's own markup settles the order.
     */
    private static Candidate inConfirmedOrder(Candidate shown, Dated structured, Dated structuredModified) {
        ParsedDate d = shown.dated().date();
        LocalDate day = d.date();
        if (!SLASHED.matcher(shown.printed()).find() || day.getDayOfMonth() > 12 || day.getDayOfMonth() == day.getMonthValue()
                || sameDay(shown.dated(), structured) || sameDay(shown.dated(), structuredModified)) {
            return shown;
        }
        LocalDate swapped = LocalDate.of(day.getYear(), day.getDayOfMonth(), day.getMonthValue());
        for (Dated machine : new Dated[] {structured, structuredModified}) {
            if (machine != null && machine.date().date().equals(swapped)) {
                Dated read = new Dated(new ParsedDate(swapped, d.time(), d.offset()), shown.dated().evidence());
                return new Candidate(read, shown.distance(), shown.lead(), shown.printed());
            }
        }
        return shown;
    }

    private static boolean sameDay(Dated a, Dated b) {
        return a != null && b != null && a.date().date().equals(b.date().date());
    }

    @SafeVarargs
    private static Dated first(Supplier<Dated>... chain) {
        for (Supplier<Dated> link : chain) {
            Dated d = link.get();
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A machine-readable date in UTC is often a day off the date the page prints for its readers (an evening
     * article in the Americas, a morning one in Asia): a printed date one day off is the article's day.
     */
    private Dated corroborated(Dated published, VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (published == null || !ZoneOffset.UTC.equals(published.date().offset()) || titleLine < 0) {
            return published;
        }
        Dated printed = nearTitle(lines, titleLine, headline, at);
        if (printed != null && Math.abs(printed.date().date().toEpochDay() - published.date().date().toEpochDay()) == 1) {
            return printed;
        }
        return published;
    }

    /**
     * A date given to machines: besides the forms pages print, the compact one some systems write
     * ({@code <meta name="pubdate" content="20250522">}, {@code 20250522124110}), which no printed line is.
     */
    private Dated machine(String value, DateParser.Context at, String evidence) {
        if (value != null && (value.length() == 8 || value.length() == 14)) {
            Matcher m = COMPACT_DATE.matcher(value);
            if (m.matches()) {
                value = m.group(1) + "-" + m.group(2) + "-" + m.group(3)
                        + (m.group(4) == null ? "" : " " + m.group(4) + ":" + m.group(5) + ":" + m.group(6));
            }
        }
        return parsed(value, at, evidence);
    }

    private Dated parsed(String value, DateParser.Context at, String evidence) {
        if (value == null) {
            return null;
        }
        return parser.parse(value, at).map(d -> new Dated(d, evidence)).orElse(null);
    }

    private Dated itemprop(List<Element> marked, String prop, DateParser.Context at) {
        Pattern property = PROPERTY_PATTERNS.computeIfAbsent(prop,
                p -> Pattern.compile("(?i)^(?:schema:|dc:|dcterms:)?" + p + "$"));
        for (Element e : marked) {
            if (!e.attr("itemprop").strip().equalsIgnoreCase(prop) && !property.matcher(e.attr("property")).find()) {
                continue;
            }
            for (String value : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                Dated d = machine(value, at, "microdata");
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * A {@code <time>} that says it is the publication time, else the one nearest the headline; those whose printed
     * day and machine day disagree are added to {@code distrusted}.
     */
    private Candidate timeElement(Document doc, VisibleLines lines, int titleLine, Element headline, DateParser.Context at,
                                  List<Element> distrusted) {
        // Microformats print the machine date in a title attribute (<abbr class="published" title="2013-04-04…">).
        List<Element> times = PageElements.of(doc).timeLike(TIME_ELEMENT);
        Candidate best = null;
        for (Element t : times) {
            if (isModifiedOnly(t) || asides.isAside(t, headline) || asides.isTeaser(t, headline)) {
                continue;
            }
            Dated d = timeValue(t, at);
            if (d == null) {
                continue;
            }
            if (disagrees(t, d, at)) {
                distrusted.add(t);
                continue;
            }
            int distance = LabelledLineReader.distance(lineOf(lines, t), titleLine);
            String names = (t.className() + " " + t.id() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            boolean marked = t.hasAttr("pubdate") || names.contains("publish") || names.contains("posted")
                    || names.contains("created");
            // A <time> the page labels its publication ("Erscheinungsdatum 25.01.2022") is the article's date
            // wherever the template sets it, as is one whose markup says so; "Veröffentlicht/Aktualisiert" is
            // either. Its label is read only when it is far from the headline, or the best yet.
            String lead = null;
            if (!marked && distance > nearLines) {
                lead = leadOf(t);
                marked = publicationLabels.labels(lead) && !updateLabels.labels(lead);
            }
            if (marked && distance > nearLines) {
                distance = nearLines;
            }
            // An empty <time> is markup for machines, printed nowhere: it is no date the reader sees by the headline.
            // So is one whose text is the machine timestamp itself ("2021-10-27T20:35:36+01:00"), a value for
            // screen readers or scripts that no template prints for its readers.
            String printed = t.text();
            if (printed.isBlank() || MACHINE_TIMESTAMP.matcher(printed).matches()) {
                distance = NOT_PRINTED;
            }
            if (best == null || distance < best.distance()) {
                best = new Candidate(d, distance, lead != null ? lead : leadOf(t), printed);
            }
        }
        return best;
    }

    /**
     * A {@code <time>} that prints one day and gives another to machines (a display date over a tooltip's
     * "24 December 2015 17:00", a republication stamp) is no evidence of either: the page's other dates decide.
     */
    private boolean disagrees(Element t, Dated d, DateParser.Context at) {
        if (!t.hasAttr("datetime")) {
            return false;
        }
        Dated printed = parsed(t.text(), at, "time-element");
        return printed != null && !printed.date().date().equals(d.date().date());
    }

    /** A {@code <time>} (or hAtom element) its markup calls the modification time. */
    private Dated modifiedTime(Document doc, Element headline, DateParser.Context at) {
        for (Element t : PageElements.of(doc).timeLike(TIME_ELEMENT)) {
            if (isModifiedOnly(t) && !asides.isAside(t, headline) && !asides.isTeaser(t, headline)) {
                Dated d = timeValue(t, at);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean isModifiedOnly(Element t) {
        String names = (t.className() + " " + t.id() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
        // Themes mark the entry's own date "entry-date updated" (hAtom wants an "updated" on every entry):
        // that one is the publication date all the same.
        return (names.contains("modified") || names.contains("updated")) && !names.contains("entry-date");
    }

    private Dated timeValue(Element t, DateParser.Context at) {
        Dated d = machine(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("title"), at, "time-element");
        return d != null ? d : parsed(t.text(), at, "time-element");
    }

    private Dated nearTitle(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (titleLine < 0) {
            return null;
        }
        Candidate c = nearest(lines, titleLine, headline, at, line -> true, nearLines, "visible-text");
        return c != null && c.distance() <= nearLines ? c.dated() : null;
    }

    /**
     * A line by the headline that opens with a date ("31. Oktober 2023. Dragqueens sind…") is the article's
     * dateline: a {@code <time>} far from the headline (a site header's date of today) is weaker.
     */
    private Dated nearDateline(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (titleLine < 0) {
            return null;
        }
        Candidate c = nearest(lines, titleLine, headline, at, line -> opensWithDate(line.text(), at), nearLines,
                "visible-text");
        return c != null && c.distance() <= nearLines ? c.dated() : null;
    }

    private Dated stampedCopyright(VisibleLines lines, DateParser.Context at) {
        for (VisibleLines.Line line : lines.lines()) {
            String text = line.text();
            if (text.length() <= MAX_DATED_LINE && COPYRIGHT.matcher(text).find()) {
                Dated d = parsed(text, at, "copyright-line");
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The date printed beside the article's own headline where a list of stories repeats it ("Aktuell: 10.11.2021
     * Menschenrechte achten"): a line holding only a date just above or below a teaser heading that reads as the
     * headline does.
     */
    private Dated ownTeaser(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (titleLine < 0) {
            return null;
        }
        List<VisibleLines.Line> all = lines.lines();
        String title = Titles.fold(all.get(titleLine).text());
        if (title.isEmpty()) {
            return null;
        }
        for (VisibleLines.Line line : all) {
            if (line.index() == titleLine || !HEADING_TAGS.contains(line.block().normalName()) || !Titles.fold(line.text()).equals(title)
                    || !asides.isTeaser(line.block(), headline)) {
                continue;
            }
            for (int i : new int[] {line.index() - 1, line.index() + 1}) {
                if (i >= 0 && i < all.size() && isDateOnly(all.get(i).text())) {
                    Dated d = parsed(all.get(i).text(), at, "teaser");
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A short line by the headline that says how long ago the article appeared ("3 hours ago", "昨天 12:41",
     * "Posted 2 days ago").
     */
    private Dated relativeNearTitle(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (titleLine < 0) {
            return null;
        }
        for (VisibleLines.Line line : lines.byDistanceFrom(titleLine)) {
            if (LabelledLineReader.distance(line.index(), titleLine) > nearLines) {
                return null;
            }
            if (line.index() == titleLine || line.text().length() > MAX_RELATIVE_LINE && !hasDateClass(line.block())
                    || line.text().length() > MAX_DATE_ONLY_LINE) {
                continue;
            }
            Optional<ParsedDate> d = parser.relativeAlone(publicationLabels.withoutLabels(line.text()), at,
                    MAX_DATE_ONLY_LETTERS);
            if (d.isPresent() && !asides.isAside(line.block(), headline) && !asides.isTeaser(line.block(), headline)) {
                return new Dated(d.get(), "visible-text");
            }
        }
        return null;
    }

    /**
     * A blog theme's sentence about the post, wherever the theme puts it ("This entry was posted on Friday, May
     * 19th, 2010 at 11:03 pm and is filed under …", "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet"): a date
     * with a publication word just before or after it, for a page that gives no other date.
     */
    private Dated postedSentence(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        for (VisibleLines.Line line : lines.byDistanceFrom(Math.max(titleLine, 0))) {
            String text = line.text();
            if (text.length() > MAX_POSTED_LINE) {
                continue;
            }
            List<DateParser.Found> found = parser.findAll(text, at);
            if (found.isEmpty() || found.get(0).relative()) {
                continue;
            }
            DateParser.Found f = found.get(0);
            String folded = DateParser.fold(text);
            String after = folded.substring(f.end(), Math.min(folded.length(), f.end() + OPENING_CHARS));
            // The teaser test walks the line's ancestors and their siblings: asked last, of the few dated lines.
            if ((publicationLabels.labels(folded.substring(0, f.start())) || publicationLabels.labels(after))
                    && !asides.isTeaser(line.block(), headline)) {
                return new Dated(f.date(), "visible-text");
            }
        }
        return null;
    }

    private Dated farDateOnly(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        Candidate c = nearest(lines, titleLine, headline, at, line -> isDateOnly(line.text()), Integer.MAX_VALUE,
                "visible-text");
        return c == null ? null : c.dated();
    }

    /**
     * The accepted line nearest the headline that holds a date, no more than {@code maxDistance} lines from it:
     * reading every line of a long page for dates is the costly part, so a caller that wants a near date stops
     * there.
     */
    private Candidate nearest(VisibleLines lines, int titleLine, Element headline, DateParser.Context at,
                              Predicate<VisibleLines.Line> accept, int maxDistance, String evidence) {
        for (VisibleLines.Line line : lines.byDistanceFrom(titleLine)) {
            if (LabelledLineReader.distance(line.index(), titleLine) > maxDistance) {
                return null;
            }
            // A date inside the headline names what the article reports on ("Results, Aalen, 19.5.2007"); one
            // that opens the headline's line is its dateline.
            if (line.index() == titleLine && !opensWithDate(line.text(), at)) {
                continue;
            }
            // A long line is prose; its date is the article's only when it opens the line ("01.02.2022 – Berlin…").
            String text = line.text().length() > MAX_DATED_LINE ? line.text().substring(0, OPENING_CHARS) : line.text();
            List<DateParser.Found> found = parser.findAll(text, at);
            if (!found.isEmpty()) {
                String shown = withoutHidden(line.block(), text);
                if (!shown.equals(text)) {
                    text = shown;
                    found = parser.findAll(text, at);
                }
            }
            if (!found.isEmpty() && accept.test(line) && !asides.isAside(line.block(), headline)
                    && !asides.isTeaser(line.block(), headline)) {
                DateParser.Found f = found.get(0);
                return new Candidate(new Dated(f.date(), evidence), LabelledLineReader.distance(line.index(), titleLine),
                        leadOf(lines, line, DateParser.fold(text).substring(0, f.start())),
                        DateParser.fold(text).substring(f.start(), f.end()));
            }
        }
        return null;
    }

    /**
     * A date printed in an inline element of its own on a line by the headline: a template's date set apart
     * beside a label or after the standfirst ({@code <span>Original Research</span><span>7 April 2020</span>},
     * {@code <h2>…its recovery?<span>Monday, 6 January 2020</span></h2>}). The element marks it as the line's
     * date, where a date among running words may be anything the line tells of.
     */
    private Candidate ownElement(VisibleLines lines, int titleLine, Element headline, DateParser.Context at) {
        if (titleLine < 0) {
            return null;
        }
        for (VisibleLines.Line line : lines.byDistanceFrom(titleLine)) {
            int distance = LabelledLineReader.distance(line.index(), titleLine);
            if (distance > nearLines) {
                return null;
            }
            // A list item's date beside its link is a teaser's ("相关阅读: ·<a>…</a><span>2016-10-12</span>").
            if (line.index() == titleLine || LIST_ITEMS.contains(line.block().normalName())
                    || proseBetween(lines, line.index(), titleLine) || parser.findAll(line.text(), at).isEmpty()) {
                continue;
            }
            Element own = dateElement(line.block());
            if (own == null || asides.isAside(own, headline) || asides.isTeaser(own, headline)) {
                continue;
            }
            Dated d = parsed(own.text(), at, "visible-text");
            if (d != null) {
                return new Candidate(d, distance, leadOf(own), own.text());
            }
        }
        return null;
    }

    /**
     * Whether a line of prose stands between two lines: past the article's first paragraph, a date set apart is
     * more likely the body's own (a quoted post's date, an embedded tweet's) than the article's.
     */
    private static boolean proseBetween(VisibleLines lines, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            String text = lines.lines().get(i).text();
            // A sentence in Chinese or Japanese says in forty characters what takes a hundred in English.
            if (text.length() > MAX_DATED_LINE || text.length() > OPENING_CHARS && SENTENCE_END.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first inline element inside {@code e} (on its line, not in a block of its own) whose whole text is a
     * date, or a short text holding one under a class that names dates ("Monday, 6 January 2020").
     */
    private Element dateElement(Element e) {
        for (Element child : e.children()) {
            if (VisibleLines.isBlock(child)) {
                continue;
            }
            String text = child.text();
            if (!text.isEmpty() && text.length() <= MAX_DATE_ONLY_LINE
                    && (isDateOnly(text) || DATE_CLASS.matcher(child.className()).find()) && parser.containsDate(text)) {
                return child;
            }
            Element inner = dateElement(child);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /**
     * The line as a reader sees it: a template may keep a machine date in the same line, hidden
     * ({@code <span class="updated rich-snippet-hidden">2022-12-07T10:10:52+01:00</span>25. Dezember 2022}).
     */
    private static String withoutHidden(Element block, String text) {
        String shown = text;
        for (Element hidden : block.select(HIDDEN)) {
            String t = hidden.text();
            // The block's own class speaks of its parts ("field--label-hidden": the label is hidden, not the field).
            if (hidden != block && !t.isBlank()) {
                shown = shown.replace(t, " ");
            }
        }
        return shown;
    }

    /**
     * The words before a date on its line; for a date that opens its line, a short label line just above it
     * ("Zuletzt geändert am:" in a cell of its own).
     */
    private String leadOf(VisibleLines lines, VisibleLines.Line line, String before) {
        if (!before.isBlank() || line.index() == 0) {
            return before;
        }
        String above = lines.lines().get(line.index() - 1).text();
        return above.length() <= MAX_LABEL_LINE && !parser.containsDate(above) ? above : before;
    }

    /** The words printed before a {@code <time>} in the elements that hold it ("Updated <time>…</time>"). */
    private static String leadOf(Element time) {
        StringBuilder lead = new StringBuilder();
        Element e = time;
        // The label sits beside the <time> or beside the inline element wrapping it.
        for (int level = 0; level < 2 && e.parent() != null && lead.toString().isBlank(); level++, e = e.parent()) {
            for (Node n = e.previousSibling(); n != null && lead.length() <= MAX_LABEL_LINE; n = n.previousSibling()) {
                lead.insert(0, n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() + " " : "");
            }
        }
        return lead.toString();
    }

    private boolean opensWithDate(String text, DateParser.Context at) {
        List<DateParser.Found> found = parser.findAll(text.strip(), at);
        return !found.isEmpty() && found.get(0).start() == 0;
    }

    /** A line that holds a date and little else ("27.01.2022", "04. Dezember 2022 | 15:33 Uhr"). */
    private boolean isDateOnly(String text) {
        return text.length() <= MAX_DATE_ONLY_LINE
                && parser.withoutDates(text, "").codePoints().filter(Character::isLetter).count() <= MAX_DATE_ONLY_LETTERS;
    }

    private static boolean hasDateClass(Element block) {
        for (Element e = block; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && DATE_CLASS.matcher(names).find()) {
                return true;
            }
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return false;
            }
        }
        return false;
    }

    private static Dated fromUrls(List<String> urls) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                int base = 1;
                while (m.group(base) == null) {
                    base += 3;
                }
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(base)),
                            Integer.parseInt(m.group(base + 1)), Integer.parseInt(m.group(base + 2)));
                    if (date.getYear() >= EARLIEST_YEAR) {
                        return new Dated(ParsedDate.day(date), "url");
                    }
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
        }
        for (String url : urls) {
            Matcher m = url == null ? null : URL_DAY_FIRST.matcher(url);
            if (m != null && m.find() && Integer.parseInt(m.group(1)) > 12) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    if (date.getYear() >= EARLIEST_YEAR) {
                        return new Dated(ParsedDate.day(date), "url");
                    }
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    private static int lineOf(VisibleLines lines, Element e) {
        for (VisibleLines.Line line : lines.lines()) {
            if (line.block() == e) {
                return line.index();
            }
        }
        return Integer.MAX_VALUE / 4;
    }
}
