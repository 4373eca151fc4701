package dev.winnow.record;

import dev.winnow.pipeline.Scripts;

/**
 * Counts words the way readers of each script do: a run of letters or digits is one word, and each Han,
 * Hiragana or Katakana character is one word of its own, since Chinese and Japanese are not written with spaces.
 */
public final class WordCounter {

    public int count(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isCjk(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return words;
    }
}
