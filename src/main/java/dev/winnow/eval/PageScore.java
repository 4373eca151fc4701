package dev.winnow.eval;

/**
 * The scores of one page, as one line of a per-page file. Fields that do not apply to the corpus are null.
 *
 * @param chars characters of the record's text
 */
public record PageScore(String id, boolean record, int chars, Double precision, Double recall, Double f1,
                        Integer withFound, Integer withTotal, Integer withoutFound, Boolean dateOk, Boolean titleOk,
                        Boolean authorOk) {

    /** A word on what went wrong, for the list of worst pages. */
    public String hint() {
        if (chars == 0) {
            return "empty";
        }
        double p = precision != null ? precision
                : withoutFound != null && withFound != null && withFound + withoutFound > 0
                ? (double) withFound / (withFound + withoutFound) : 1.0;
        double r = recall != null ? recall
                : withTotal != null && withTotal > 0 ? (double) withFound / withTotal : 1.0;
        // Text with no right shingle at all is the wrong part of the page: boilerplate kept, article missed.
        if (p < r || p == 0) {
            return "boilerplate kept";
        }
        return "text missing";
    }

    /** How good the page is, for ranking the worst: its F1, else its snippet share. */
    public double quality() {
        if (f1 != null) {
            return f1;
        }
        if (withTotal != null && withTotal > 0) {
            double r = (double) withFound / withTotal;
            double p = withFound + withoutFound == 0 ? 0 : (double) withFound / (withFound + withoutFound);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return 1.0;
    }
}
