package dev.winnow.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Regular expressions searched anywhere in a short line, or matched at its start, ASCII case ignored,
 * answering whether any of them matches. Scanning one alternation of all the rules tries every rule at every position of every line; most
 * rules start with a word ("newsletter", "all rights reserved"), and a line without that word cannot match
 * them. So each rule that starts with words is tried alone, and only on lines that hold one of them; the rest
 * stay in one alternation tried on every line. The words are read from the rules themselves, so a rule file
 * edited by hand needs nothing more: a rule whose start this reading does not follow is simply always tried.
 * A gated rule that may match anywhere is searched from the first of its words in the line, not from the line's
 * start; and the rules matched at the start without leading words are tried only on lines whose first character
 * can open them (asked of each rule itself, see {@link #openers}).
 */
final class LiteralGatedRules {

    private static final String META = "\\[](){}.*+?^$|";

    private final List<Gated> gated = new ArrayList<>();
    /**
     * For rules matched at the start: the gated rules by the first character of their words, so that a line is
     * tried only against the rules that can start with its first character, not asked of every rule in turn.
     */
    private final Map<Character, List<Gated>> gatedByFirstChar = new HashMap<>();
    /** For rules that may match anywhere: the rules without leading words, in one alternation; null when there are none. */
    private final Pattern always;
    /** Whether the rules match at the start of the line only (the rule file's "^" rules, "^" taken off). */
    private final boolean atStart;
    /** For rules matched at the start: the rules without leading words, each alone. */
    private final List<Pattern> ungatedRules = new ArrayList<>();
    /**
     * For rules matched at the start: by a line's first character, those of {@link #ungatedRules} that can open
     * with it; filled as the characters turn up, since pages use few of them.
     */
    private final AtomicReferenceArray<List<Pattern>> openersByFirstChar;

    LiteralGatedRules(List<String> rules, boolean atStart) {
        this.atStart = atStart;
        List<String> ungated = new ArrayList<>();
        for (String rule : rules) {
            List<String> words = leadingWords(rule);
            if (words == null) {
                ungated.add(rule);
            } else {
                Gated g = new Gated(Pattern.compile(rule, Pattern.CASE_INSENSITIVE), words.toArray(String[]::new));
                gated.add(g);
                for (String w : words) {
                    List<Gated> bucket = gatedByFirstChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>());
                    if (!bucket.contains(g)) {
                        bucket.add(g);
                    }
                }
            }
        }
        if (atStart) {
            ungated.forEach(rule -> ungatedRules.add(Pattern.compile(rule, Pattern.CASE_INSENSITIVE)));
        }
        openersByFirstChar = new AtomicReferenceArray<>(ungatedRules.isEmpty() ? 0 : Character.MAX_VALUE + 1);
        always = atStart || ungated.isEmpty() ? null : Pattern.compile(
                ungated.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    /** Whether any rule matches somewhere in the line, or at its start. */
    boolean find(String line) {
        if (atStart ? opensLikeUngatedRule(line) : always != null && always.matcher(line).find()) {
            return true;
        }
        String lower = asciiLowerCase(line);
        List<Gated> candidates = gated;
        if (atStart) {
            candidates = lower.isEmpty() ? List.of() : gatedByFirstChar.getOrDefault(lower.charAt(0), List.of());
        }
        for (Gated rule : candidates) {
            int from = rule.firstWordAt(lower, atStart);
            if (from >= 0 && matches(rule.pattern, line, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a rule without leading words matches at the line's start. One alternation matches there exactly
     * when one of its rules does, so the rules are tried alone, and only those that can open with the line's
     * first character.
     */
    private boolean opensLikeUngatedRule(String line) {
        if (ungatedRules.isEmpty()) {
            return false;
        }
        List<Pattern> rules = line.isEmpty() || Character.isSurrogate(line.charAt(0)) ? ungatedRules : openers(line.charAt(0));
        for (Pattern rule : rules) {
            if (rule.matcher(line).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules without leading words that can match a line opening with {@code first}: asked of each rule on
     * that character alone, a rule that fails there without reading past it (without hitting the end) fails on
     * every line that opens with it, as it never looked further.
     */
    private List<Pattern> openers(char first) {
        List<Pattern> known = openersByFirstChar.get(first);
        if (known != null) {
            return known;
        }
        String alone = String.valueOf(first);
        List<Pattern> can = new ArrayList<>();
        for (Pattern rule : ungatedRules) {
            Matcher m = rule.matcher(alone);
            if (m.lookingAt() || m.hitEnd()) {
                can.add(rule);
            }
        }
        List<Pattern> found = List.copyOf(can);
        openersByFirstChar.set(first, found);
        return found;
    }

    /**
     * Whether the rule matches at the line's start, or anywhere from {@code from} on: every match of a gated rule
     * starts with one of its words, so none starts before the first of them. The text before stays visible to
     * look-behinds and word boundaries.
     */
    private boolean matches(Pattern pattern, String line, int from) {
        if (atStart) {
            return pattern.matcher(line).lookingAt();
        }
        return pattern.matcher(line).useTransparentBounds(true).useAnchoringBounds(false)
                .region(from, line.length()).find();
    }

    private record Gated(Pattern pattern, String[] words) {
        /** Where the first of the rule's words starts in the line (at its start only), or -1 when none is there. */
        int firstWordAt(String lower, boolean atStart) {
            int first = -1;
            for (String w : words) {
                if (atStart) {
                    if (lower.startsWith(w)) {
                        return 0;
                    }
                } else {
                    int at = lower.indexOf(w);
                    if (at >= 0 && (first < 0 || at < first)) {
                        first = at;
                    }
                }
            }
            return first;
        }
    }

    /**
     * The literal texts, lower case, one of which every match of the rule starts with; null when the rule's
     * start is not plain words, or alternatives of plain words, after an optional word boundary.
     */
    static List<String> leadingWords(String rule) {
        List<String> alternatives = topLevelAlternatives(rule);
        if (alternatives == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String alt : alternatives) {
            while (alt.startsWith("\\b")) {
                alt = alt.substring(2);
            }
            if (alt.startsWith("(")) {
                int open = alt.startsWith("(?:") ? 3 : 1;
                if (alt.startsWith("(?") && open == 1) {
                    return null;
                }
                int close = closingParen(alt);
                if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
                    return null;
                }
                List<String> inner = leadingWords(alt.substring(open, close));
                if (inner == null) {
                    return null;
                }
                words.addAll(inner);
                continue;
            }
            int end = 0;
            while (end < alt.length() && META.indexOf(alt.charAt(end)) < 0) {
                end++;
            }
            // "contains?": the character before an optional quantifier may be missing.
            if (end < alt.length() && "?*{".indexOf(alt.charAt(end)) >= 0) {
                end--;
            }
            if (end <= 0) {
                return null;
            }
            words.add(asciiLowerCase(alt.substring(0, end)));
        }
        return words;
    }

    /** The rule split at its top-level bars; null when it holds escapes or classes this reading does not follow. */
    private static List<String> topLevelAlternatives(String rule) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '\\' || c == '[') {
                i = atomEnd(rule, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(rule.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        out.add(rule.substring(start));
        return out;
    }

    /** The index of the parenthesis closing the group the text opens with, or -1. */
    private static int closingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '[') {
                i = atomEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the escape or character class starting at {@code i} ends (its last character), so that the bars and
     * parentheses inside it are not read as the rule's own; -1 for a class this reading does not follow.
     */
    private static int atomEnd(String s, int i) {
        if (s.charAt(i) == '\\') {
            return i + 1;
        }
        int close = s.indexOf(']', i + 2);
        return close < 0 || s.substring(i + 1, close).contains("[") ? -1 : close;
    }

    /** Lower case for ASCII letters only, as the rules' case-insensitive matching folds only those. */
    static String asciiLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }
}
