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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    /** The indexes of the two patterns with a month name, and the ordinal endings that may come right before it. */
    private static final int MONTH_FIRST = 3;
    private static final int DAY_FIRST = 4;
    private static final int VIETNAMESE = 8;
    private static final int YEAR_FIRST = 9;
    private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th", "er", "\u00ba");
    /** Japanese era names and the year before each era's first year (令和元年 is 2019, 平成31年 is 2019 too). */
    private static final Map<String, Integer> ERA_BASE = Map.of("令和", 2018, "平成", 1988);
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Context ANY_TIME = new Context(Instant.parse("9999-01-01T00:00:00Z"), false);

    /**
     * A time after a date, joined by a word or mark ("at", "um", "à", "ore", the Nordic "kl.", "·", "|"), maybe after the weekday
     * in brackets or spelt out ("(木)", "星期四"), with the half of the day before the hour as East Asian pages
     * print it ("下午3:05", "午後3:05", "오후 3:05"), and the minutes' mark when no seconds follow ("6時00分",
     * "12时41分"). Groups: half-day word, hour, minute, second, am/pm, offset.
     */
    private static final String TIME = "(?:\\s*(?:[(（][^)）\\d]{1,4}[)）]|星期[一二三四五六日天]|[周週][一二三四五六日])?"
            + "\\s*(?:,|\\.|at|um|à|a las|às|alle|ore|klo|kl\\.?|в|о|-|\\||·|T)?\\s*"
            + "(上午|下午|午前|午後|오전|오후)?\\s*"
            + "(\\d{1,2})\\s*[:时時h]\\s*(\\d{2})(?:\\s*[:分]\\s*(\\d{2})|\\s*分)?(?:[.,]\\d{1,9})?\\s*(?:秒)?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "\\s*(Z(?![\\p{L}])|[+-]\\d{2}:?\\d{2}(?!\\d)|(?:GMT|UTC)(?![+-]\\d))?)?";

    /**
     * The word for "year" Russian, Ukrainian and Polish dates end with ("22 мая 2025 г., 12:41", "22 травня 2025
     * року", "22 maja 2025 r., 12:41").
     */
    private static final String YEAR_WORD = "(?:\\s*[грr]\\.|\\s+года|\\s+року)?";

    /** Word edges for alphabetic scripts only: CJK text has no spaces, so "发布于昨天" holds the word "昨天". */
    private static final String NOT_WORD_BEFORE = "(?<![\\p{IsLatin}\\p{IsCyrillic}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{IsLatin}\\p{IsCyrillic}])";

    private final Map<String, Integer> monthByName = new HashMap<>();
    /** The month names as the patterns compare them ignoring case: each letter to upper, then to lower case. */
    private final Set<String> foldedMonths = new HashSet<>();
    private final int longestMonth;
    /** Whether {@link #foldedMonths} gives the patterns' verdict: false if a name has a letter folding cannot settle. */
    private final boolean monthGate;
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
                monthByName.put(monthKey(name), month);
            }
        }
        String month = "(" + branching(monthByName.keySet()) + ")\\.?";
        boolean settled = true;
        int longest = 0;
        for (String name : monthByName.keySet()) {
            String folded = caseFolded(name, 0, name.length());
            settled &= folded.equals(caseFolded(folded, 0, folded.length())) && folded.chars().allMatch(Character::isLetter);
            foldedMonths.add(folded);
            longest = Math.max(longest, folded.length());
        }
        this.monthGate = settled;
        this.longestMonth = longest;
        String ymd = "(?<![\\d])(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d])";
        patterns.add(Pattern.compile(ymd + TIME, Pattern.CASE_INSENSITIVE));
        patterns.add(Pattern.compile("(?<![\\d])(\\d{4})\\s*([年년])\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?" + TIME,
                Pattern.CASE_INSENSITIVE));
        // "22.05.2025", "22/05/2025", "22-05-2025", and set apart by bars as some templates print it ("22 | 05 | 2025").
        patterns.add(Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*([./|-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d])" + TIME,
                Pattern.CASE_INSENSITIVE));
        // "May 22, 2025"; also the C library's timestamp, which some servers print as is, the time before the
        // year ("Thu May 22 12:41:10 2025", "Jan 04 09:34 2021").
        patterns.add(Pattern.compile("(?<![\\p{L}])" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                + "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s+[A-Z]{3,4})?\\s+)?(\\d{4})(?![\\d])" + TIME,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        // "22 May 2025", "22. Mai 2025", "22 de mayo de 2025", "22nd of May 2025", "22-May-2025", the Catalan
        // "22 d'abril de 2025" and the Arabic comma ("22 مايو، 2025").
        patterns.add(Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?(?:\\s*|-)(?:de\\s+|of\\s+|d['’])?" + month
                + "(?![\\p{L}])(?:[,،]?\\s*|-)(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])" + YEAR_WORD + TIME,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        // "31.10.23": the short year of German, Russian and other day-first dotted dates. Dots only: "04/05/22"
        // is too ambiguous. The middle number has two digits, as dates print it and version numbers ("4.9.13")
        // mostly do not; a version number also runs on ("1.10.22.3") or has letters before it.
        patterns.add(Pattern.compile("(?<![\\d.\\p{L}])(\\d{1,2})\\.(\\d{2})\\.(\\d{2})(?!\\d|\\.\\d)" + TIME,
                Pattern.CASE_INSENSITIVE));
        // Japanese official pages count years by era ("令和7年5月22日", "平成31年4月30日"; the first year is 元年).
        patterns.add(Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + TIME));
        // Chinese documents date themselves in numerals ("二〇二五年五月二十二日", the closing date of a notice).
        patterns.add(Pattern.compile("([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月"
                + "\\s*([一二三四五六七八九十]{1,3})\\s*[日号]"));
        // Vietnamese numbers its months ("22 tháng 5 năm 2025", "ngày 22 tháng 05, 2025": the 22nd of month 5).
        patterns.add(Pattern.compile("(?<![\\d])(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*,\\s*|\\s+năm\\s+|\\s*/\\s*|\\s+)(\\d{4})(?![\\d])"
                + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        // The year first, then the month's name: Hungarian ("2025. május 22."), and citations ("2019 Mar 3").
        patterns.add(Pattern.compile("(?<![\\d.])(\\d{4})\\.?\\s+" + month + "(?![\\p{L}])\\s*(\\d{1,2})\\.?(?![\\d])" + TIME,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

        List<String> standalone = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        for (String line : RuleList.load("relative-date-words.txt")) {
            int eq = line.indexOf('=');
            String unit = line.substring(0, eq).strip();
            String words = line.substring(eq + 1).strip();
            for (String phrase : words.split(",")) {
                String word = phrase.strip();
                if (unit.equals("one")) {
                    ones.add(word);
                    continue;
                }
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
        // "an hour ago", "vor einer Stunde", "一天前": a word for one stands for the number.
        relativeNumber = Pattern.compile("(?:(\\d{1,3})|" + NOT_WORD_BEFORE + "(" + branching(ones) + ")" + NOT_WORD_AFTER + ")"
                + "\\s*(" + branching(units) + ")" + NOT_WORD_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        relativeWord = Pattern.compile(NOT_WORD_BEFORE + "(" + branching(standalone) + ")" + NOT_WORD_AFTER,
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

    /**
     * The relative date a text holds and little else ("3 hours ago", "昨天 12:41", "вчера в 12:41"): besides the
     * date and its "ago" word, at most {@code maxLetters} letters.
     */
    public Optional<ParsedDate> relativeAlone(String raw, Context context, int maxLetters) {
        String text = fold(raw);
        Optional<Found> found = relative(text, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = (text.substring(0, found.get().start()) + " " + text.substring(found.get().end())).toLowerCase(Locale.ROOT);
        for (String ago : agoMarkers) {
            rest = rest.replace(ago, " ");
        }
        return rest.codePoints().filter(Character::isLetter).count() <= maxLetters ? found.map(Found::date) : Optional.empty();
    }

    /** Every plausible absolute date in the text, in order, overlapping matches dropped. */
    public List<Found> findAll(String raw, Context context) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = fold(raw);
        if (!mayHoldYear(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        boolean namesMonth = !monthGate || mayNameMonth(text);
        for (int i = 0; i < patterns.size(); i++) {
            if (!mayHold(i, text, namesMonth)) {
                continue;
            }
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

    /**
     * Every absolute format has a four-digit year, is a dotted day, month and two-digit year, or names its year
     * by a Japanese era or in Chinese numerals ("二〇二五"): lines without any skip the patterns. A plain scan,
     * as every line of every page is asked.
     */
    private static boolean mayHoldYear(String text) {
        int digits = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits == 4 || i + 6 < n && text.charAt(i + 1) == '.' && isDigit(text, i + 2) && isDigit(text, i + 3)
                        && text.charAt(i + 4) == '.' && isDigit(text, i + 5) && isDigit(text, i + 6)) {
                    return true;
                }
                continue;
            }
            digits = 0;
            if (c >= '一' && i + 1 < n) {
                char next = text.charAt(i + 1);
                if (c == '令' && next == '和' || c == '平' && next == '成'
                        || (c == '一' || c == '二') && "〇○零九".indexOf(next) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }

    /**
     * Whether pattern {@code i} can match at all, by the characters it cannot do without: most lines hold no CJK
     * year mark, no era name, no dot, no month name, and the scan of every position of a line is what costs.
     */
    private static boolean mayHold(int pattern, String text, boolean namesMonth) {
        return switch (pattern) {
            case 1 -> text.indexOf('年') >= 0 || text.indexOf('년') >= 0;
            case MONTH_FIRST, DAY_FIRST, YEAR_FIRST -> namesMonth;
            case VIETNAMESE -> text.indexOf("háng") >= 0 || text.indexOf("HÁNG") >= 0;
            case 5 -> text.indexOf('.') >= 0;
            case 6 -> text.indexOf('令') >= 0 || text.indexOf('平') >= 0;
            case 7 -> text.indexOf('年') >= 0;
            default -> true;
        };
    }

    /**
     * Whether a month name can be in the text. Both month-name patterns want the name as a whole word (at most
     * glued to a number's ordinal ending: "1stMay"), so one scan of the words spares most lines their alternation
     * of every month name tried at every position.
     */
    private boolean mayNameMonth(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start <= longestMonth + 2 && isMonthWord(caseFolded(text, start, i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isMonthWord(String word) {
        for (int ending = 0; ending <= 2 && ending < word.length(); ending++) {
            if ((ending == 0 || ORDINAL_ENDINGS.contains(word.substring(0, ending))) && foldedMonths.contains(word.substring(ending))) {
                return true;
            }
        }
        return false;
    }

    /** Case folded letter by letter as a case-insensitive Unicode pattern compares a literal. */
    private static String caseFolded(String text, int start, int end) {
        char[] out = new char[end - start];
        for (int j = 0; j < out.length; j++) {
            out[j] = Character.toLowerCase(Character.toUpperCase(text.charAt(start + j)));
        }
        return new String(out);
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

    /**
     * The text as the parser reads it (NFKC, NBSP as a space, Arabic-Indic and Persian digits as ASCII digits,
     * which NFKC leaves alone): the form {@link Found} positions refer to.
     */
    static String fold(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u00A0', ' ');
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9') {
                return withWesternDigits(text, i);
            }
        }
        return text;
    }

    /** Each digit from {@code from} on, ٢ (U+0662) and ۲ (U+06F2) alike, as its ASCII digit; one char for one. */
    private static String withWesternDigits(String text, int from) {
        char[] chars = text.toCharArray();
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u0660' && c <= '\u0669') {
                chars[i] = (char) ('0' + c - '\u0660');
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                chars[i] = (char) ('0' + c - '\u06F0');
            }
        }
        return new String(chars);
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
                month = month(m.group(1));
                day = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(6));
                timeGroup = m.group(3) == null ? 7 : 0;
            }
            case 6 -> {
                year = ERA_BASE.get(m.group(1)) + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2)));
                month = Integer.parseInt(m.group(3));
                day = Integer.parseInt(m.group(4));
                timeGroup = 5;
            }
            case VIETNAMESE -> {
                day = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(3));
                timeGroup = 4;
            }
            case YEAR_FIRST -> {
                year = Integer.parseInt(m.group(1));
                month = month(m.group(2));
                day = Integer.parseInt(m.group(3));
                timeGroup = 4;
            }
            case 7 -> {
                year = chineseNumber(m.group(1).replace('○', '〇').replace('零', '〇'), true);
                month = chineseNumber(m.group(2), false);
                day = chineseNumber(m.group(3), false);
                timeGroup = 0;
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
                month = month(m.group(2));
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
        if (pattern == 3 && m.group(3) != null) {
            return new ParsedDate(date, clock(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5))), null);
        }
        if (timeGroup == 0) {
            return ParsedDate.day(date);
        }
        return new ParsedDate(date, time(m, timeGroup), offset(m.group(timeGroup + 5)));
    }

    /** The month a name stands for, or 0 (no month) for a spelling the list lacks. */
    private int month(String name) {
        return monthByName.getOrDefault(monthKey(name), 0);
    }

    /**
     * Names are matched ignoring case, so the lookup folds case the same way for every script: the Turkish
     * dotless ı and the dotted i are one letter here ("MAYIS" and "Mayıs" are both May).
     */
    private static String monthKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ı', 'i');
    }

    /**
     * A number in Chinese numerals: a year digit by digit ("二〇二五"), a day or month with 十 for ten ("二十二",
     * "十二", "十").
     */
    private static int chineseNumber(String numerals, boolean digitByDigit) {
        if (digitByDigit) {
            int n = 0;
            for (int i = 0; i < numerals.length(); i++) {
                n = n * 10 + CHINESE_DIGITS.indexOf(numerals.charAt(i));
            }
            return n;
        }
        int ten = numerals.indexOf('十');
        if (ten < 0) {
            return CHINESE_DIGITS.indexOf(numerals.charAt(0));
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(numerals.charAt(ten - 1));
        int ones = ten == numerals.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(numerals.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static LocalTime clock(int hour, int minute, int second) {
        return hour > 23 || minute > 59 || second > 59 ? null : LocalTime.of(hour, minute, second);
    }

    /** The time a {@link #TIME} group starts at gives, or null; its half-day word or am/pm makes it 24-hour. */
    private static LocalTime time(Matcher m, int group) {
        if (m.group(group + 1) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(group + 1));
        int minute = Integer.parseInt(m.group(group + 2));
        int second = m.group(group + 3) == null ? 0 : Integer.parseInt(m.group(group + 3));
        String halfDay = m.group(group);
        // "下午3:05" is 15:05; some pages write the 24-hour time after the word too ("下午15:05").
        if (halfDay != null && hour <= 12) {
            boolean afternoon = halfDay.equals("下午") || halfDay.equals("午後") || halfDay.equals("오후");
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        String half = m.group(group + 4);
        if (half != null) {
            boolean pm = half.toLowerCase(Locale.ROOT).startsWith("p");
            if (hour > 12 || hour == 0) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return clock(hour, minute, second);
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
                String unit = unitByWord.get(n.group(3).toLowerCase(Locale.ROOT));
                long amount = n.group(1) == null ? 1 : Long.parseLong(n.group(1));
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

    /**
     * The words as one pattern that branches letter by letter ("ma(?:r(?:ch|s|zo)?|y)"): a flat alternation of
     * some three hundred month names, or of the relative-date words in a dozen languages, is tried word by word
     * at every position it may start, a branching one reads each letter once. A word that is the start of a
     * longer one is optional at its end, so the longest word that matches is tried first, as in an alternation
     * sorted longest first.
     */
    private static String branching(Collection<String> words) {
        TreeMap<Character, List<String>> byFirst = new TreeMap<>();
        boolean wordEnds = false;
        for (String w : words) {
            if (w.isEmpty()) {
                wordEnds = true;
            } else {
                byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
            }
        }
        if (byFirst.isEmpty()) {
            return "";
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((c, rests) -> branches.add((Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c) + branching(rests)));
        if (branches.size() == 1 && !wordEnds) {
            return branches.get(0);
        }
        return "(?:" + String.join("|", branches) + ")" + (wordEnds ? "?" : "");
    }
}
