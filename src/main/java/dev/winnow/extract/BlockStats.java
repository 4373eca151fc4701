package dev.winnow.extract;

/**
 * What the text below one element is made of, counted once for the whole tree (see {@link TextStatistics}) so
 * that no heuristic has to walk a subtree again. Characters are non-space characters; a Chinese or Japanese
 * character counts once, as in the record's word count, and is also counted in {@link #cjk}.
 */
final class BlockStats {
    /** Non-space characters below the element. */
    int chars;
    /** Of those, inside links. */
    int linkChars;
    /** Of those, Han, Hiragana, Katakana or Hangul syllables. */
    int cjk;
    /** Commas and enumeration marks, half- and full-width. */
    int commas;
    /** Sentence ends, half- and full-width. */
    int stops;
    /** Characters of the text that belongs to this element's own block (not to a block element below it). */
    int ownChars;
    int ownCjk;
    int ownCommas;
    int ownLinkChars;
    /** Characters of the prose blocks below: blocks long enough and with few enough links to read as text. */
    int prose;
    /** Of the link characters, those inside the prose blocks: links cited in sentences, not listed. */
    int proseLinkChars;
    int paragraphs;
    int images;
    int listItems;
    int embeds;
    int figures;
    int headingChars;
    int blocks;

    double score;
    boolean scored;

    void add(BlockStats child) {
        chars += child.chars;
        linkChars += child.linkChars;
        cjk += child.cjk;
        commas += child.commas;
        stops += child.stops;
        paragraphs += child.paragraphs;
        images += child.images;
        listItems += child.listItems;
        embeds += child.embeds;
        figures += child.figures;
        headingChars += child.headingChars;
        blocks += child.blocks;
        prose += child.prose;
        proseLinkChars += child.proseLinkChars;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /**
     * Length as a measure of content: a Chinese or Japanese character (or a Korean syllable) carries about as
     * much as three Latin letters, so a CJK paragraph of 100 characters weighs like an English one of 300.
     */
    static double weighted(int chars, int cjk) {
        return chars + 2.0 * cjk;
    }
}
