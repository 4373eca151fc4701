package dev.winnow.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * One article as Winnow delivers it. Field names are a contract with downstream tools and with
 * {@code schema/record.schema.json}: add fields freely, rename none. {@code deleted} is true only on the
 * deletion event a crawl writes when a page it had recorded is gone.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "url", "file", "article", "rejectReason", "title", "published", "modified", "source",
        "author", "authors", "editor", "siteName", "language", "breadcrumbs", "tags", "description", "image",
        "text", "markdown", "html", "comments", "wordCount", "contentHash", "charset", "provenance", "extractedAt",
        "schemaVersion", "deleted"})
public record ArticleRecord(
        String id,
        String url,
        String file,
        boolean article,
        String rejectReason,
        String title,
        String published,
        String modified,
        String source,
        String author,
        List<String> authors,
        String editor,
        String siteName,
        String language,
        List<String> breadcrumbs,
        List<String> tags,
        String description,
        String image,
        String text,
        String markdown,
        String html,
        String comments,
        int wordCount,
        String contentHash,
        String charset,
        Map<String, String> provenance,
        String extractedAt,
        int schemaVersion,
        boolean deleted) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * The event that a crawled page is gone (its URL answered 404 or 410): the id of the record the page gave,
     * {@code deleted: true}, and nothing else, so a downstream store can unpublish it.
     */
    public static ArticleRecord deletion(String id, String url, String at) {
        return new ArticleRecord(id, url, null, false, null, null, null, null, null, null, List.of(), null, null,
                null, List.of(), List.of(), null, null, null, null, null, null, 0, null, null, Map.of(), at,
                SCHEMA_VERSION, true);
    }
}
