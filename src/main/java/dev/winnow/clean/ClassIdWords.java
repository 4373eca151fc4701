package dev.winnow.clean;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an element's class and id say about it, from word lists kept as data: {@code boilerplate-tokens.txt}
 * (navigation, footers, share bars, ads...) and {@code content-tokens.txt} (article, content, post...). The class
 * and id are split into words at every non-alphanumeric character, so {@code main-nav_bar} gives "main", "nav" and
 * "bar", and a word matches whole, never inside another word. A change of case does not split a word: names
 * written in camel case are mostly a script's or a widget's own ({@code CtxtMenu} for a formula's context menu,
 * {@code shareCount}), and their pieces named page furniture far more often than what the page showed. Two words
 * in a row may name furniture together ({@code boilerplate-word-pairs.txt}: "author bio", "twitter tweet") and then
 * outrank a content word beside them.
 */
public final class ClassIdWords {

    /** What an element's name says it is. */
    public enum Naming { CONTENT, NEUTRAL, WEAK_BOILERPLATE, BOILERPLATE }

    /** Stands between the words of two class names; no word list holds it. */
    private static final String NAME_BREAK = "";

    private final Set<String> boilerplate;
    private final Set<String> weakBoilerplate;
    private final Set<String> content;
    /** The comment words, named apart so that comments can be kept when a user asks for them. */
    private final Set<String> comments = Set.copyOf(RuleList.load("comment-tokens.txt"));
    /** Pairs of words in a row that name furniture, by first word. */
    private final Map<String, Set<String>> pairs = pairs(RuleList.load("boilerplate-word-pairs.txt"));
    /**
     * Pairs of words in a row whose second word names a part of the first, not the element's role on the page
     * ("table-header", "widget-content"), by first word.
     */
    private final Map<String, Set<String>> partPairs = pairs(RuleList.load("content-part-pairs.txt"));

    public ClassIdWords() {
        this(Set.copyOf(RuleList.load("boilerplate-tokens.txt")), Set.copyOf(RuleList.load("weak-boilerplate-tokens.txt")),
                Set.copyOf(RuleList.load("content-tokens.txt")));
    }

    ClassIdWords(Set<String> boilerplate, Set<String> weakBoilerplate, Set<String> content) {
        this.boilerplate = boilerplate;
        this.weakBoilerplate = weakBoilerplate;
        this.content = content;
    }

    /**
     * A pair of furniture words wins; else a content word; else a boilerplate word, then a weak one; a word that
     * ends a pair naming a part of something ("table-header", "widget-content") does not count.
     */
    public Naming naming(Element element) {
        List<String> words = words(element);
        if (holdsPair(words)) {
            return Naming.BOILERPLATE;
        }
        Naming naming = Naming.NEUTRAL;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && isPair(partPairs, words.get(i - 1), word)) {
                continue;
            }
            if (content.contains(word)) {
                return Naming.CONTENT;
            }
            if (boilerplate.contains(word)) {
                naming = Naming.BOILERPLATE;
            } else if (weakBoilerplate.contains(word) && naming == Naming.NEUTRAL) {
                naming = Naming.WEAK_BOILERPLATE;
            }
        }
        return naming;
    }

    private boolean holdsPair(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (isPair(pairs, words.get(i - 1), words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPair(Map<String, Set<String>> pairs, String first, String second) {
        Set<String> seconds = pairs.get(first);
        return seconds != null && seconds.contains(second);
    }

    private static Map<String, Set<String>> pairs(List<String> lines) {
        Map<String, Set<String>> pairs = new HashMap<>();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            if (words.length != 2) {
                throw new IllegalStateException("a word pair must be two words: " + line);
            }
            pairs.computeIfAbsent(words[0], w -> new HashSet<>()).add(words[1]);
        }
        return Map.copyOf(pairs);
    }

    /** A comment word and no content word: a section of reader comments. */
    public boolean isComments(Element element) {
        List<String> words = words(element);
        boolean comment = false;
        for (String word : words) {
            if (content.contains(word)) {
                return false;
            }
            comment |= comments.contains(word);
        }
        return comment;
    }

    /** Whether one of the element's class or id words is in {@code tokens}. */
    public static boolean hasWord(Element element, Set<String> tokens) {
        for (String word : words(element)) {
            if (tokens.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** +1 for an element named as content, -1 for one named as boilerplate (weakly or not), 0 otherwise. */
    public int verdict(Element element) {
        return switch (naming(element)) {
            case CONTENT -> 1;
            case NEUTRAL -> 0;
            case WEAK_BOILERPLATE, BOILERPLATE -> -1;
        };
    }

    static List<String> words(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(6);
        split(className, words);
        split(id, words);
        return words;
    }

    /**
     * Splits a class or id into words, with {@link #NAME_BREAK} between two class names (and before the id), so
     * that a pair of words is read inside one name only: "module content_module" is a module named as content,
     * not the inside of a module as "module-content" is.
     */
    private static void split(String name, List<String> words) {
        int start = -1;
        boolean newName = !words.isEmpty();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c);
            if (start >= 0 && !wordChar) {
                if (newName) {
                    words.add(NAME_BREAK);
                    newName = false;
                }
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (wordChar && start < 0) {
                start = i;
            }
            newName |= Character.isWhitespace(c) && !words.isEmpty();
        }
    }
}
