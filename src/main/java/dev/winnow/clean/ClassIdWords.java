package dev.winnow.clean;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what an element's class and id say about it, from word lists kept as data: {@code boilerplate-tokens.txt}
 * (navigation, footers, share bars, ads...) and {@code content-tokens.txt} (article, content, post...). The class
 * and id are split into words at every non-alphanumeric character and at lower-to-upper case changes, so
 * {@code main-navBar} gives "main", "nav" and "bar", and a word matches whole, never inside another word.
 */
public final class ClassIdWords {

    /** The comment words, named apart so that comments can be kept when a user asks for them. */
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "respond", "discussion", "disqus",
            "pinglun", "kommentare", "commentaires", "comentarios", "commenti", "replies");

    private final Set<String> boilerplate;
    private final Set<String> content;

    public ClassIdWords() {
        this(Set.copyOf(RuleList.load("boilerplate-tokens.txt")), Set.copyOf(RuleList.load("content-tokens.txt")));
    }

    ClassIdWords(Set<String> boilerplate, Set<String> content) {
        this.boilerplate = boilerplate;
        this.content = content;
    }

    /** A boilerplate word and no content word. */
    public boolean isBoilerplate(Element element) {
        return verdict(words(element)) < 0;
    }

    /** A comment word and no content word: a section of reader comments. */
    public boolean isComments(Element element) {
        List<String> words = words(element);
        boolean comment = false;
        for (String word : words) {
            if (content.contains(word)) {
                return false;
            }
            comment |= COMMENT_WORDS.contains(word);
        }
        return comment;
    }

    /** +1 for an element named as content, -1 for one named as boilerplate, 0 otherwise. */
    public int verdict(Element element) {
        return verdict(words(element));
    }

    private int verdict(List<String> words) {
        boolean negative = false;
        for (String word : words) {
            if (content.contains(word)) {
                return 1;
            }
            negative |= boilerplate.contains(word);
        }
        return negative ? -1 : 0;
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

    private static void split(String name, List<String> words) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c);
            boolean caseBreak = wordChar && start >= 0 && Character.isUpperCase(c)
                    && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!wordChar || caseBreak)) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (wordChar && start < 0) {
                start = i;
            }
        }
    }
}
