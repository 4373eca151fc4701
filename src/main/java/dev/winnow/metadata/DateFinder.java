package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when the article was published and when it was last modified, kept apart, from the strongest
 * evidence the page has: JSON-LD, meta tags, microdata, {@code <time datetime>}, labelled lines, dated
 * elements near the headline, the URL, and last any date printed near the headline. A date inside a comment,
 * sidebar or related-stories list is someone else's.
 */
public final class DateFinder {

    /** A date and the evidence kind that gave it. */
    public record Dated(ParsedDate date, String evidence) {
    }

    /** The published and modified dates (either may be null). */
    public record Dates(Dated published, Dated modified) {
    }

    /** How far (in visible lines) from the headline a bare printed date may stand and still be the article's. */
    private final int nearLines;

    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|publish|posted|byline|dateline|meta|info|entry-?date|article-?date|timestamp|pubdate|author");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?([01]?\\d)[/_-]([0-3]?\\d)(?:[/_.-]|$)|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?:[/_.-]|$)");

    private static final int MAX_DATED_LINE = 200;
    private static final int OPENING_CHARS = 40;

    private final DateParser parser;
    private final AsideZones asides;

    public DateFinder(DateParser parser, AsideZones asides, int nearLines) {
        this.parser = parser;
        this.asides = asides;
        this.nearLines = nearLines;
    }

    public Dates find(Document doc, MetaTags.Read meta, JsonLd ld, VisibleLines lines, int titleLine, Element headline,
                      LabelledLineReader.Fields labelled, List<String> urls, Instant at) {
        Dated published = first(
                () -> parsed(ld.datePublished(), at, "json-ld"),
                () -> meta.all("published").stream().map(v -> parsed(v.content(), at, "meta"))
                        .filter(d -> d != null).findFirst().orElse(null),
                () -> itemprop(doc, "datePublished", at),
                () -> itemprop(doc, "dateCreated", at),
                () -> timeElement(doc, lines, titleLine, headline, at),
                () -> labelled.published() == null ? null : new Dated(labelled.published(), "visible-label"),
                () -> datedElement(lines, titleLine, headline, at),
                () -> fromUrls(urls),
                () -> parsed(doc.title(), at, "title-element"),
                () -> nearTitle(lines, titleLine, headline, at));
        published = corroborated(published, lines, titleLine, headline, at);
        Dated modified = first(
                () -> parsed(ld.dateModified(), at, "json-ld"),
                () -> meta.all("modified").stream().map(v -> parsed(v.content(), at, "meta"))
                        .filter(d -> d != null).findFirst().orElse(null),
                () -> itemprop(doc, "dateModified", at),
                () -> labelled.modified() == null ? null : new Dated(labelled.modified(), "visible-label"));
        return new Dates(published, modified);
    }

    /**
     * A machine-readable date is often the publication instant in UTC, a day off the date the page prints
     * for its readers (an evening article in the Americas, a morning one in Asia). When the page prints,
     * near the headline, a date one day off the structured one, the printed day is the article's day.
     */
    private Dated corroborated(Dated published, VisibleLines lines, int titleLine, Element headline, Instant at) {
        if (published == null || !java.time.ZoneOffset.UTC.equals(published.date().offset()) || titleLine < 0) {
            return published;
        }
        Dated printed = nearTitle(lines, titleLine, headline, at);
        if (printed != null && Math.abs(printed.date().date().toEpochDay() - published.date().date().toEpochDay()) == 1) {
            return printed;
        }
        return published;
    }

    private interface Link {
        Dated get();
    }

    private static Dated first(Link... chain) {
        for (Link link : chain) {
            Dated d = link.get();
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Dated parsed(String value, Instant at, String evidence) {
        if (value == null) {
            return null;
        }
        return parser.parse(value, at).map(d -> new Dated(d, evidence)).orElse(null);
    }

    private Dated itemprop(Document doc, String prop, Instant at) {
        for (Element e : doc.select("[itemprop=" + prop + "]:not(meta), [property~=(?i)^(schema:|dc:|dcterms:)?" + prop + "$]")) {
            for (String value : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                Dated d = parsed(value, at, "microdata");
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A {@code <time>} that says it is the publication time, else the one nearest the headline. */
    private Dated timeElement(Document doc, VisibleLines lines, int titleLine, Element headline, Instant at) {
        List<Element> times = doc.select("time[datetime], time[pubdate]");
        for (Element t : times) {
            String names = (t.className() + " " + t.id() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            if ((t.hasAttr("pubdate") || names.contains("publish") || names.contains("posted") || names.contains("created"))
                    && !asides.isAside(t, headline)) {
                Dated d = timeValue(t, at);
                if (d != null) {
                    return d;
                }
            }
        }
        Dated best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Element t : times) {
            String names = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (asides.isAside(t, headline) || names.contains("modified") || names.contains("updated")) {
                continue;
            }
            Dated d = timeValue(t, at);
            if (d == null) {
                continue;
            }
            int distance = LabelledLineReader.distance(lineOf(lines, t), titleLine);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private Dated timeValue(Element t, Instant at) {
        Dated d = parsed(t.attr("datetime"), at, "time-element");
        return d != null ? d : parsed(t.text(), at, "time-element");
    }

    /** A short line in an element whose class or id speaks of dates or bylines, nearest the headline. */
    private Dated datedElement(VisibleLines lines, int titleLine, Element headline, Instant at) {
        return nearest(lines, titleLine, headline, at, Integer.MAX_VALUE, line -> hasDateClass(line.block()), "visible-text");
    }

    private Dated nearTitle(VisibleLines lines, int titleLine, Element headline, Instant at) {
        if (titleLine < 0) {
            return null;
        }
        return nearest(lines, titleLine, headline, at, nearLines, line -> true, "visible-text");
    }

    private Dated nearest(VisibleLines lines, int titleLine, Element headline, Instant at, int maxDistance,
                          java.util.function.Predicate<VisibleLines.Line> accept, String evidence) {
        List<VisibleLines.Line> ordered = new ArrayList<>(lines.lines());
        ordered.sort(Comparator.comparingInt(l -> LabelledLineReader.distance(l.index(), titleLine)));
        for (VisibleLines.Line line : ordered) {
            if (LabelledLineReader.distance(line.index(), titleLine) > maxDistance) {
                break;
            }
            if (!accept.test(line) || asides.isAside(line.block(), headline)) {
                continue;
            }
            // A long line is prose; its date is the article's only when it opens the line ("01.02.2022 – Berlin…").
            String text = line.text().length() > MAX_DATED_LINE ? line.text().substring(0, OPENING_CHARS) : line.text();
            Optional<ParsedDate> d = parser.parse(text, at);
            if (d.isPresent()) {
                return new Dated(d.get(), evidence);
            }
        }
        return null;
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

    private Dated fromUrls(List<String> urls) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                int base = m.group(1) != null ? 1 : 4;
                try {
                    java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(base)),
                            Integer.parseInt(m.group(base + 1)), Integer.parseInt(m.group(base + 2)));
                    return new Dated(ParsedDate.day(date), "url");
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    private static int lineOf(VisibleLines lines, Element e) {
        for (VisibleLines.Line line : lines.lines()) {
            if (line.block() == e || e.parents().contains(line.block()) && line.text().contains(e.text())) {
                return line.index();
            }
        }
        return Integer.MAX_VALUE / 4;
    }
}
