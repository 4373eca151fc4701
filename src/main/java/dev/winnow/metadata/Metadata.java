package dev.winnow.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's metadata, each field with the evidence it came from ({@link #provenance()}: field name to
 * evidence kind, e.g. {@code "published" -> "json-ld"}). Absent fields are null or empty lists.
 * Dates are ISO-8601 strings, with an offset only when the page gave one.
 */
public record Metadata(
        String title,
        String published,
        String modified,
        String source,
        List<String> authors,
        String editor,
        String siteName,
        String language,
        List<String> breadcrumbs,
        List<String> tags,
        String description,
        String image,
        String canonicalUrl,
        Map<String, String> provenance) {

    public static final Metadata EMPTY = new Builder().build();

    public Metadata {
        authors = List.copyOf(authors);
        breadcrumbs = List.copyOf(breadcrumbs);
        tags = List.copyOf(tags);
        provenance = Map.copyOf(provenance);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.published = published;
        b.modified = modified;
        b.source = source;
        b.authors = authors;
        b.editor = editor;
        b.siteName = siteName;
        b.language = language;
        b.breadcrumbs = breadcrumbs;
        b.tags = tags;
        b.description = description;
        b.image = image;
        b.canonicalUrl = canonicalUrl;
        b.provenance.putAll(provenance);
        return b;
    }

    /** Collects fields one at a time, each with the evidence kind that gave it. */
    public static final class Builder {
        private String title;
        private String published;
        private String modified;
        private String source;
        private List<String> authors = List.of();
        private String editor;
        private String siteName;
        private String language;
        private List<String> breadcrumbs = List.of();
        private List<String> tags = List.of();
        private String description;
        private String image;
        private String canonicalUrl;
        private final Map<String, String> provenance = new LinkedHashMap<>();

        public Builder title(String value, String evidence) {
            title = value;
            return note("title", value, evidence);
        }

        public Builder published(String value, String evidence) {
            published = value;
            return note("published", value, evidence);
        }

        public Builder modified(String value, String evidence) {
            modified = value;
            return note("modified", value, evidence);
        }

        public Builder source(String value, String evidence) {
            source = value;
            return note("source", value, evidence);
        }

        public Builder authors(List<String> value, String evidence) {
            authors = value == null ? List.of() : value;
            return note("author", authors.isEmpty() ? null : authors, evidence);
        }

        public Builder editor(String value, String evidence) {
            editor = value;
            return note("editor", value, evidence);
        }

        public Builder siteName(String value, String evidence) {
            siteName = value;
            return note("siteName", value, evidence);
        }

        public Builder language(String value, String evidence) {
            language = value;
            return note("language", value, evidence);
        }

        public Builder breadcrumbs(List<String> value, String evidence) {
            breadcrumbs = value == null ? List.of() : value;
            return note("breadcrumbs", breadcrumbs.isEmpty() ? null : breadcrumbs, evidence);
        }

        public Builder tags(List<String> value, String evidence) {
            tags = value == null ? List.of() : value;
            return note("tags", tags.isEmpty() ? null : tags, evidence);
        }

        public Builder description(String value, String evidence) {
            description = value;
            return note("description", value, evidence);
        }

        public Builder image(String value, String evidence) {
            image = value;
            return note("image", value, evidence);
        }

        public Builder canonicalUrl(String value, String evidence) {
            canonicalUrl = value;
            return note("canonicalUrl", value, evidence);
        }

        private Builder note(String field, Object value, String evidence) {
            if (value == null) {
                provenance.remove(field);
            } else {
                provenance.put(field, evidence);
            }
            return this;
        }

        public Metadata build() {
            return new Metadata(title, published, modified, source, authors, editor, siteName, language,
                    breadcrumbs, tags, description, image, canonicalUrl, provenance);
        }
    }
}
