package dev.winnow.crawl;

/**
 * What the crawler remembers about a URL between fetches and between runs.
 *
 * @param status       the last verdict
 * @param depth        hops from a seed when it was last reached, so a recrawl keeps the depth limit
 * @param httpStatus   the last HTTP status, 0 when none came
 * @param fetchedAt    when it was last fetched, epoch milliseconds
 * @param etag         the last {@code ETag}, for {@code If-None-Match}
 * @param lastModified the last {@code Last-Modified}, for {@code If-Modified-Since}
 * @param recordId     the id of the record the page gave, null when it gave none; a later 404 deletes this record
 */
public record UrlState(Status status, int depth, int httpStatus, long fetchedAt, String etag, String lastModified,
                       String recordId) {

    public enum Status { FETCHED, NOT_MODIFIED, DELETED, LISTING, SKIPPED, FAILED }

    /** A page that gave a record once, and whose record has not been deleted since. */
    public boolean hasLiveRecord() {
        return recordId != null && status != Status.DELETED;
    }
}
