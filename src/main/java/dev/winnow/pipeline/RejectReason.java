package dev.winnow.pipeline;

/** Why a page that converted cleanly is still not an article. Written to the record as lower-case text. */
public enum RejectReason {
    /** The page has no text at all once boilerplate is gone. */
    EMPTY,
    /** Some text, but less than an article needs (see {@code extract.min-article-chars}). */
    TOO_SHORT,
    /** An index or listing page: mostly links to other pages, short teasers, no body of prose. */
    LISTING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
