package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.apache.commons.text.StringEscapeUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a byline into names: "By Jane Doe and John Roe | Email the author" gives [Jane Doe, John Roe].
 * Prefixes, tails, dates, handles, e-mail addresses and words that name no one (from
 * {@code rules/author-noise.txt}) are dropped; what is left must look like a name (a few words, letters).
 */
public final class AuthorNames {

    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_NAME_CHARS = 60;
    private static final int MIN_ROLE_WORDS = 3;

    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|/|\\||、|，|；)\\s*|\\s+[·•]\\s+|\\s+(?:and|und|et|y|e|и)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL_OR_MAIL = Pattern.compile("(?i)https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\w.]+");
    /** Where a date stood in the byline (a private-use character), until it becomes a break between names. */
    private static final String DATE_MARK = "\uE000";
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern BY_WORD = Pattern.compile("^(?i)(?:by|von|par|por)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern UPPER_CASE = Pattern.compile("\\p{Lu}");
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}\\s.'’-]+");
    /** "Posted in Travel by Jane Doe": the blog's filing before the name. */
    private static final Pattern CATEGORY_LEAD_IN = Pattern.compile(
            "^(?i:posted|filed|published)\\s+(?i:in)\\s+.+?\\s(?i:by)\\s+(?=\\p{Lu})");
    /**
     * "Jane Doe in News, Reviews": after the name, a lower-case "in" opens the categories
     * or the place the post was filed under. A name holds no such word.
     */
    private static final Pattern CATEGORY_TAIL = Pattern.compile("^[^,;|/&]*?\\p{L}(\\s+in\\s+\\p{Lu}.*)$");
    /** Punctuation and dashes at an end of a name; brackets are weighed apart, by whether they pair up. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s·•–—&&[^(]]+|[\\p{Punct}\\s·•–—&&[^)]]+$");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
    /** A forum or blog account: one word, letters first, digits after ("Marianne1", "delta201", "c1ph4"). */
    private static final Pattern USER_NAME = Pattern.compile("\\p{L}{2,}[\\p{L}._-]*\\d[\\p{L}\\d._-]*|\\p{L}\\d\\p{L}[\\p{L}\\d]*");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\w\\.(?:com|de|net|org|at|ch|info|fr|es|it|co|uk|io)\\b");

    private final Pattern prefix;
    private final Pattern suffix;
    private final Pattern roleAfterName;
    private final Pattern dateLeadIn;
    private final Pattern trailingConnector;
    private final Pattern agencyTail;
    private final Pattern agencyAfterFullName;
    private final Pattern organisation;
    private final Pattern weekdayBeforeDate;
    private final Set<String> reject = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    /** The role words as the rule file lists them: cut after a name, and looked for in datelines by script. */
    private final List<String> roleWords = new ArrayList<>();
    private final DateParser dates;

    public AuthorNames(DateParser dates) {
        this.dates = dates;
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<String> connectors = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> weekdays = new ArrayList<>();
        for (String line : RuleList.load("author-noise.txt")) {
            int eq = line.indexOf('=');
            String kind = line.substring(0, eq).strip();
            String phrase = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "prefix" -> prefixes.add(Pattern.quote(phrase));
                case "suffix" -> suffixes.add(Pattern.quote(phrase));
                case "role" -> roleWords.add(phrase);
                case "connector" -> connectors.add(Pattern.quote(phrase));
                case "particle" -> particles.add(phrase);
                case "agency" -> agencies.add(Pattern.quote(phrase));
                case "organisation" -> bodies.add(Pattern.quote(phrase));
                case "weekday" -> weekdays.add(Pattern.quote(phrase));
                default -> reject.add(phrase);
            }
        }
        organisation = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", bodies) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        weekdayBeforeDate = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", weekdays) + ")\\.?,?\\s*(?=" + DATE_MARK + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        prefixes.sort(longestFirst);
        suffixes.sort(longestFirst);
        // A prefix glued to the name ("Veröffentlicht vonChris Jung", from markup without a space) still ends
        // where a capitalised name begins.
        prefix = Pattern.compile("^(?:(?:" + String.join("|", prefixes) + ")(?:(?![\\p{IsLatin}\\p{IsCyrillic}])|(?-i:(?=\\p{Lu})))\\s*[:：/]?\\s*)+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // "Peter Maahn/SP-X": a reporter's full name with the wire after a slash; initials ("det/dpa") stay whole.
        agencyAfterFullName = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})\\s*/\\s*(?:"
                + String.join("|", agencies) + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        agencyTail = Pattern.compile("(?<=\\p{L})\\s*,\\s*(?:" + String.join("|", agencies) + ")\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // Lower case only: "Posted by Owen Pryce on" (the date printed apart) ends with a word that leads to the date.
        trailingConnector = Pattern.compile("\\s+(?:" + String.join("|", connectors) + ")\\s*(?=\\||$)");
        // A tail phrase that opens the byline and led to a date ("Posted on 21 May 2020 by Ann Lee", the date
        // already cut out) is no tail: the name comes after it.
        dateLeadIn = Pattern.compile("^(?:\\s*(?:" + String.join("|", suffixes) + ")\\s*\\|)+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        suffix = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", suffixes) + ")(?![\\p{L}]).*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        // Only after a name ("김민수 기자, 이영희 기자" names two): "기자 김민수" opens with the role, which the
        // prefixes cut instead.
        String roles = roleWords.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        roleAfterName = Pattern.compile("(?<=\\S)\\s*(?:" + roles + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The role words ("记者", "기자") written wholly in one script, as a pattern's alternation: a wire dateline
     * and a Korean opening byline each name their reporter with the role words of their own script.
     */
    String roles(Character.UnicodeScript script) {
        List<String> out = new ArrayList<>();
        for (String role : roleWords) {
            if (role.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == script)) {
                out.add(Pattern.quote(role));
            }
        }
        return String.join("|", out);
    }

    /** The names in a byline, in order, each once; empty when it names no one. */
    public List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = dates.withoutDates(StringEscapeUtils.unescapeHtml4(byline).replace('\u00A0', ' '), DATE_MARK);
        s = weekdayBeforeDate.matcher(s).replaceAll("").replace(DATE_MARK, " | ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = URL_OR_MAIL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = dateLeadIn.matcher(s).replaceFirst("");
        s = CATEGORY_LEAD_IN.matcher(s).replaceFirst("");
        s = withoutCategoryTail(s);
        s = suffix.matcher(s).replaceAll("");
        s = roleAfterName.matcher(s).replaceAll("");
        s = agencyTail.matcher(s).replaceAll("");
        s = agencyAfterFullName.matcher(s).replaceAll("$1");
        s = trailingConnector.matcher(s).replaceAll(" ");
        for (String part : SPLIT.split(s)) {
            String name = clean(part);
            // After a name, a phrase of several words with a lower-case word that is no particle is the
            // person's role ("Jane Doe, head of the office in Tunis"), not a second person.
            if (name != null && !out.isEmpty() && name.split(" ").length >= MIN_ROLE_WORDS && hasLowerCaseWord(name)) {
                continue;
            }
            if (name != null && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The byline without the categories it was filed under. Only an "in" inside the first name counts (after
     * a comma it belongs to the person's role), and not when what follows is a body's name ("Verein in Horka
     * e.V."): there the "in" is part of the name.
     */
    private String withoutCategoryTail(String byline) {
        Matcher m = CATEGORY_TAIL.matcher(byline);
        if (!m.matches() || organisation.matcher(m.group(1)).find()) {
            return byline;
        }
        return byline.substring(0, m.start(1));
    }

    /** Whether the name is a company's or a body's ("Web Commerce GmbH", "Bund der Verbraucher e.V."). */
    public boolean isOrganisation(String name) {
        return organisation.matcher(name).find();
    }

    private String clean(String part) {
        String name = prefix.matcher(part.strip()).replaceAll("").strip();
        name = withoutEdgePunctuation(name);
        name = BY_WORD.matcher(name).replaceFirst("");
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || DIGITS.matcher(name).find() && !USER_NAME.matcher(name).matches()) {
            return null;
        }
        if (SPACES.split(name).length > MAX_NAME_WORDS || !LETTER.matcher(name).find()) {
            return null;
        }
        if (reject.contains(name.toLowerCase(Locale.ROOT)) || DOMAIN.matcher(name).find()) {
            return null;
        }
        // Names of several words are capitalised in Latin script; a lower-case phrase after "By" is prose ("by
        // the way"). A single lower-case word is a user name and stays.
        if (name.contains(" ") && LATIN_NAME.matcher(name).matches() && !UPPER_CASE.matcher(name).find()) {
            return null;
        }
        // A capitalised phrase with lower-case words that are no name particles ("Print this guide", "Read
        // the story") is a link or a label beside the byline, not a person.
        if (name.contains(" ") && LATIN_NAME.matcher(name).matches() && hasCommonWords(name)) {
            return null;
        }
        return name;
    }

    /**
     * Punctuation at either end is left over from the byline around the name, except a bracket that closes
     * one the name opened ("Steven (stevenhgm)").
     */
    private static String withoutEdgePunctuation(String name) {
        String s = EDGE_PUNCTUATION.matcher(EMPTY_BRACKETS.matcher(name).replaceAll(" ")).replaceAll("").strip();
        while (s.endsWith(")") && count(s, '(') < count(s, ')')) {
            s = EDGE_PUNCTUATION.matcher(s.substring(0, s.length() - 1)).replaceAll("").strip();
        }
        while (s.startsWith("(") && count(s, '(') > count(s, ')')) {
            s = EDGE_PUNCTUATION.matcher(s.substring(1)).replaceAll("").strip();
        }
        // A name wholly in brackets ("(AP)") is bracketed by the byline, not by its own spelling.
        if (s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1) {
            return withoutEdgePunctuation(s.substring(1, s.length() - 1));
        }
        return s;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private boolean hasLowerCaseWord(String name) {
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !particles.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Most words lower case, or a plain lower-case opening word, and no name particles: a name with one lower-case surname still counts. */
    private boolean hasCommonWords(String name) {
        String[] words = name.split(" ");
        int common = 0;
        for (String word : words) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !particles.contains(word)) {
                common++;
            }
        }
        // "in Uncategorized": a lower-case word that opens a Latin name and is no particle begins a phrase.
        // A hyphenated or dotted first word ("web-shop Team", "dr. Weber") is a brand or a title, not prose.
        boolean opensLowerCase = LOWER_CASE_WORD.matcher(words[0]).matches() && !particles.contains(words[0]);
        return 2 * common > words.length || opensLowerCase;
    }
}
