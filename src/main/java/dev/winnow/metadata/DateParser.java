package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a piece of text, in the formats pages print them: ISO and its relatives ({@code 2025-05-22
 * 12:41:10}, {@code 2025/05/22}), CJK ({@code 2025年5月22日 12:41}, {@code 2025년 5월 22일}), European
 * ({@code 22.05.2025}), month names in several languages ({@code May 22, 2025}, {@code 22 mai 2025},
 * {@code 22 de mayo de 2025}) and relative dates ({@code 3 hours ago}, {@code 3小时前}, {@code 昨天}) counted
 * back from the time the page was retrieved. Full-width digits and colons are folded (NFKC) first: in a date
 * that is always safe. Dates before 1995 or after the retrieval day are not dates of a web article.
 */
public final class DateParser {

    /**
     * What a page's dates are read against: the time it was retrieved (relative dates count back from it, and
     * nothing after it is a publication date) and whether "04/05/2022" means April 5 (the American order, for
     * pages in US English) or 4 May (everywhere else).
     */
    public record Context(Instant retrievedAt, boolean monthFirst) {
    }

    /** A date found in a text and where: {@code start} is an index in the NFKC form of the text. */
    public record Found(ParsedDate date, int start, int end, boolean relative) {
    }

    private static final int EARLIEST_YEAR = 1995;
    /**
     * Every absolute format has a four-digit year or is a dotted day, month and two-digit year: lines without
     * either skip the costlier patterns.
     */
    private static final Pattern YEAR = Pattern.compile("\\d{4}|\\d\\.\\d{2}\\.\\d{2}");
    private static final Context ANY_TIME = new Context(Instant.parse("9999-01-01T00:00:00Z"), false);

    private static final String TIME = "(?:\\s*(?:,|at|um|à|a las|às|alle|в|-|\\||T)?\\s*"
            + "(\\d{1,2})\\s*[:时時h]\\s*(\\d{2})(?:\\s*[:分]\\s*(\\d{2}))?(?:[.,]\\d{1,9})?\\s*(?:秒)?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "\\s*(Z(?![\\p{L}])|[+-]\\d{2}:?\\d{2}(?!\\d)|(?:GMT|UTC)(?![+-]\\d))?)?";

    /** Word edges for alphabetic scripts only: CJK text has no spaces, so "发布于昨天" holds the word "昨天". */
    private static final String NOT_WORD_BEFORE = "(?<![\\p{IsLatin}\\p{IsCyrillic}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{IsLatin}\\p{IsCyrillic}])";

    private final Map<String, Integer> monthByName = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Pattern relativeNumber;
    private final Pattern relativeWord;
    private final Map<String, String> unitByWord = new HashMap<>();
    private final List<String> agoMarkers = new ArrayList<>();

    public DateParser() {
        for (String line : RuleList.load("month-names.txt")) {
            int eq = line.indexOf('=');
            int month = Integer.parseInt(line.substring(0, eq).strip());
            for (String name : line.substring(eq + 1).strip().split("\\s+")) {
                monthByName.put(name.toLowerCase(Locale.ROOT), month);
            }
        }
        String month = "(" + alternation(monthByName.keySet()) + ")\\.?";
        String ymd = "(?<![\\d])(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d])";
        patterns.add(Pattern.compile(ymd + TIME, Pattern.CASE_INSENSITIVE));
        patterns.add(Pattern.compile("(?<![\\d])(\\d{4})\\s*([年년])\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?" + TIME,
                Pattern.CASE_INSENSITIVE));
        patterns.add(Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*([./-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d])" + TIME,
                Pattern.CASE_INSENSITIVE));
        patterns.add(Pattern.compile("(?<![\\p{L}])" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])" + TIME,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+)?" + month
                + "(?![\\p{L}]),?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])" + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        // "31.10.23": the short year of German, Russian and other day-first dotted dates. Dots only: "04/05/22"
        // is too ambiguous. The middle number has two digits, as dates print it and version numbers ("4.9.13")
        // mostly do not; a version number also runs on ("1.10.22.3") or has letters before it.
        patterns.add(Pattern.compile("(?<![\\d.\\p{L}])(\\d{1,2})\\.(\\d{2})\\.(\\d{2})(?!\\d|\\.\\d)" + TIME,
                Pattern.CASE_INSENSITIVE));

        List<String> standalone = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (String line : RuleList.load("relative-date-words.txt")) {
            int eq = line.indexOf('=');
            String unit = line.substring(0, eq).strip();
            String words = line.substring(eq + 1).strip();
            for (String phrase : words.split(",")) {
                String word = phrase.strip();
                unitByWord.put(word.toLowerCase(Locale.ROOT), unit);
                if (unit.equals("ago")) {
                    agoMarkers.add(word.toLowerCase(Locale.ROOT));
                } else if (unit.equals("today") || unit.equals("yesterday") || unit.equals("daybeforeyesterday")) {
                    standalone.add(word);
                } else {
                    units.add(word);
                }
            }
        }
        relativeNumber = Pattern.compile("(\\d{1,3})\\s*(" + alternation(units) + ")" + NOT_WORD_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        relativeWord = Pattern.compile(NOT_WORD_BEFORE + "(" + alternation(standalone) + ")" + NOT_WORD_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first plausible absolute date in the text. */
    public Optional<ParsedDate> parse(String text, Context context) {
        return findAll(text, context).stream().filter(f -> !f.relative()).findFirst().map(Found::date);
    }

    /** The first plausible date in the text, absolute or relative to the retrieval time. */
    public Optional<ParsedDate> parseAllowingRelative(String text, Context context) {
        Optional<ParsedDate> absolute = parse(text, context);
        return absolute.isPresent() ? absolute : relative(fold(text), context).map(Found::date);
    }

    /** Every plausible absolute date in the text, in order, overlapping matches dropped. */
    public List<Found> findAll(String raw, Context context) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = fold(raw);
        if (!YEAR.matcher(text).find()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                ParsedDate date = build(i, m, context);
                if (date != null) {
                    found.add(new Found(date, m.start(), m.end(), false));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : found) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    /** Whether the text holds anything written like a date, plausible or not. */
    public boolean containsDate(String raw) {
        return !findAll(raw, ANY_TIME).isEmpty();
    }

    /** The text (NFKC-folded) with every date in it replaced, plausible or not. */
    public String withoutDates(String raw, String replacement) {
        String text = fold(raw);
        List<Found> found = findAll(text, ANY_TIME);
        StringBuilder out = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            out.replace(found.get(i).start(), found.get(i).end(), replacement);
        }
        return out.toString();
    }

    /** The text as the parser reads it (NFKC, NBSP as a space): the form {@link Found} positions refer to. */
    static String fold(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u00A0', ' ');
    }

    private ParsedDate build(int pattern, Matcher m, Context context) {
        int year;
        int month;
        int day;
        int timeGroup;
        switch (pattern) {
            case 0, 1 -> {
                year = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(3));
                day = Integer.parseInt(m.group(4));
                timeGroup = 5;
            }
            case 2 -> {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                year = Integer.parseInt(m.group(4));
                // Dots and dashes are day-first everywhere; slashes follow the page's convention unless the
                // numbers allow only one reading.
                boolean dayFirst = !m.group(2).equals("/") || a > 12 || b <= 12 && !context.monthFirst();
                month = dayFirst ? b : a;
                day = dayFirst ? a : b;
                timeGroup = 5;
            }
            case 3 -> {
                month = monthByName.get(m.group(1).toLowerCase(Locale.ROOT));
                day = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(3));
                timeGroup = 4;
            }
            case 5 -> {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                // American pages that dot their short dates keep the month first ("11.03.17" for November 3).
                boolean dayFirst = a > 12 || !context.monthFirst();
                day = dayFirst ? a : b;
                month = dayFirst ? b : a;
                int shortYear = Integer.parseInt(m.group(3));
                // The century that puts the date on or before the retrieval year ("23" in 2026 is 2023).
                int retrievedYear = LocalDate.ofInstant(context.retrievedAt(), ZoneOffset.UTC).getYear();
                year = 2000 + shortYear <= retrievedYear ? 2000 + shortYear : 1900 + shortYear;
                timeGroup = 4;
            }
            default -> {
                day = Integer.parseInt(m.group(1));
                month = monthByName.get(m.group(2).toLowerCase(Locale.ROOT));
                year = Integer.parseInt(m.group(3));
                timeGroup = 4;
            }
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate latest = LocalDate.ofInstant(context.retrievedAt(), ZoneOffset.UTC).plusDays(1);
        if (year < EARLIEST_YEAR || date.isAfter(latest)) {
            return null;
        }
        return new ParsedDate(date, time(m, timeGroup), offset(m.group(timeGroup + 4)));
    }

    private static LocalTime time(Matcher m, int group) {
        if (m.group(group) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(group));
        int minute = Integer.parseInt(m.group(group + 1));
        int second = m.group(group + 2) == null ? 0 : Integer.parseInt(m.group(group + 2));
        String half = m.group(group + 3);
        if (half != null) {
            boolean pm = half.toLowerCase(Locale.ROOT).startsWith("p");
            if (hour > 12 || hour == 0) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static ZoneOffset offset(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toUpperCase(Locale.ROOT);
        if (s.equals("Z") || s.equals("GMT") || s.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (s.length() == 5) {
            s = s.substring(0, 3) + ":" + s.substring(3);
        }
        try {
            return ZoneOffset.of(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Optional<Found> relative(String text, Context context) {
        LocalDateTime now = LocalDateTime.ofInstant(context.retrievedAt(), ZoneOffset.UTC);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher n = relativeNumber.matcher(text);
        while (n.find()) {
            int from = Math.max(0, n.start() - 12);
            int to = Math.min(lower.length(), n.end() + 6);
            String around = lower.substring(from, to);
            if (agoMarkers.stream().anyMatch(around::contains)) {
                String unit = unitByWord.get(n.group(2).toLowerCase(Locale.ROOT));
                long amount = Long.parseLong(n.group(1));
                LocalDateTime then = now.minus(amount, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S"));
                return Optional.of(new Found(ParsedDate.day(then.toLocalDate()), n.start(), n.end(), true));
            }
        }
        Matcher w = relativeWord.matcher(text);
        if (w.find()) {
            int daysBack = switch (unitByWord.get(w.group(1).toLowerCase(Locale.ROOT))) {
                case "yesterday" -> 1;
                case "daybeforeyesterday" -> 2;
                default -> 0;
            };
            return Optional.of(new Found(ParsedDate.day(now.toLocalDate().minusDays(daysBack)), w.start(), w.end(), true));
        }
        return Optional.empty();
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(w -> sorted.add(Pattern.quote(w)));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted);
    }
}
