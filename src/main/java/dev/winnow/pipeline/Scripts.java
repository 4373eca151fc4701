package dev.winnow.pipeline;

/**
 * Which characters belong to the scripts written without spaces between words, where the stages count text in
 * characters rather than words. Two definitions of CJK live here, and they differ on purpose:
 * <ul>
 *   <li>{@link #inCjkBlocks} reads code ranges (kana, CJK ideographs and their extensions in the Basic
 *   Multilingual Plane). It is what extraction weighs text with: it counts the prolonged sound mark and the
 *   katakana middle dot, which run through Japanese words but are of the Common script.</li>
 *   <li>{@link #isCjk} reads the Unicode script property (Han, Hiragana, Katakana). It is what the record's
 *   word count uses: it also knows half-width katakana, the iteration mark and ideographs beyond the Basic
 *   Multilingual Plane.</li>
 * </ul>
 * Making them one would change records (the extraction's weighted lengths or the word counts) on Japanese
 * pages, so each keeps its reading. The corpus scorer's own definition stays in {@code eval/Tokens}, which must
 * follow {@code score.py} to the letter.
 */
public final class Scripts {

    private Scripts() {
    }

    /** Han, Hiragana or Katakana by the Unicode script property: each such character is a word of its own. */
    public static boolean isCjk(int cp) {
        // No Han, Hiragana or Katakana character comes before the CJK radicals (U+2E80): most text is settled
        // without the script table's search.
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** {@link #isCjk} or Thai: a script whose phrases are measured in characters, as it leaves no spaces. */
    public static boolean isUnspaced(int cp) {
        return isCjk(cp) || cp >= 0x0E00 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI;
    }

    /** Kana and CJK ideographs by code range, in the Basic Multilingual Plane. */
    public static boolean inCjkBlocks(int c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    }
}
