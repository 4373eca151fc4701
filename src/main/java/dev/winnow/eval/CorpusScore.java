package dev.winnow.eval;

import java.util.List;
import java.util.Locale;

/**
 * A corpus's scores, with the same figures and the same one-line summary as {@code score.py}. Metrics the
 * corpus has no gold for are null.
 */
public record CorpusScore(String corpus, int pages, int records, Prf shingle, Prf snippet, Accuracy date,
                          Accuracy title, Accuracy author, List<PageScore> perPage) {

    public record Prf(double f1, double precision, double recall) {
    }

    public record Accuracy(double accuracy, int pages) {
    }

    public String summary() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d/%d pages have a record", corpus,
                records, pages));
        if (shingle != null) {
            line.append(String.format(Locale.ROOT, "; shingle F1 %.3f (P %.3f R %.3f)", shingle.f1(),
                    shingle.precision(), shingle.recall()));
        }
        if (snippet != null) {
            line.append(String.format(Locale.ROOT, "; snippet F1 %.3f (P %.3f R %.3f)", snippet.f1(),
                    snippet.precision(), snippet.recall()));
        }
        append(line, "date", date);
        append(line, "title", title);
        append(line, "author", author);
        return line.toString();
    }

    /** The corpus's main text score: shingle F1 where the gold has full texts, else snippet F1. */
    public double mainF1() {
        return shingle != null ? shingle.f1() : snippet != null ? snippet.f1() : 0;
    }

    private static void append(StringBuilder line, String name, Accuracy accuracy) {
        if (accuracy != null) {
            line.append(String.format(Locale.ROOT, "; %s %.3f of %d", name, accuracy.accuracy(), accuracy.pages()));
        }
    }
}
