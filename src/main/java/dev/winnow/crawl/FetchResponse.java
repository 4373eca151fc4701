package dev.winnow.crawl;

import java.time.Instant;

/**
 * One HTTP response as the crawler keeps it.
 *
 * @param url          the URL asked for
 * @param status       the HTTP status
 * @param contentType  the Content-Type header, or null
 * @param location     the Location header of a redirect, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param robotsTag    the X-Robots-Tag header, or null
 * @param body         the decoded body of a 200 whose type was wanted, else null
 * @param retrievedAt  when the response came
 */
public record FetchResponse(String url, int status, String contentType, String location, String etag,
                            String lastModified, String robotsTag, byte[] body, Instant retrievedAt) {
}
