package dev.winnow.record;

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
            if (isCjk(cp)) {
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

    static boolean isCjk(int cp) {
        // No Han, Hiragana or Katakana character comes before the CJK radicals (U+2E80): most text is settled
        // without the script table's search.
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
