package dev.winnow.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * One article as Winnow delivers it. Field names are a contract with downstream tools and with
 * {@code schema/record.schema.json}: add fields freely, rename none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "url", "file", "article", "rejectReason", "title", "published", "modified", "source",
        "author", "authors", "editor", "siteName", "language", "breadcrumbs", "tags", "description", "image",
        "text", "markdown", "html", "comments", "wordCount", "contentHash", "charset", "provenance", "extractedAt",
        "schemaVersion"})
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
        int schemaVersion) {

    public static final int SCHEMA_VERSION = 1;
}
