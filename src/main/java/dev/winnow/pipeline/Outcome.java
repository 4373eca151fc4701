package dev.winnow.pipeline;

/**
 * The verdict on a page: an article, or not one and why. A non-article is not an error: it still gets a
 * record, which says {@code "article": false} and the reason, so a user can filter it.
 */
public record Outcome(boolean isArticle, RejectReason reason) {

    private static final Outcome ARTICLE = new Outcome(true, null);

    public static Outcome article() {
        return ARTICLE;
    }

    public static Outcome rejected(RejectReason reason) {
        return new Outcome(false, java.util.Objects.requireNonNull(reason));
    }
}
