package dev.winnow.metadata;

import java.util.List;

/**
 * What a page's JSON-LD says about its article: from the schema.org Article-like object (Article,
 * NewsArticle, BlogPosting and their kin), else from any object that carries article fields (a WebPage with
 * a {@code datePublished}); {@code anyDatePublished} is the first date of any other object (a video, a
 * web page), weaker evidence than the page's meta tags; the breadcrumbs from a {@code BreadcrumbList}; the site from a {@code WebSite}.
 * Absent fields are null or empty.
 */
public record JsonLd(
        String headline,
        String datePublished,
        String anyDatePublished,
        String dateModified,
        List<String> authors,
        String publisher,
        String siteName,
        List<String> breadcrumbs,
        String image,
        List<String> keywords,
        String description,
        String language,
        String url) {

    public static final JsonLd NONE = new JsonLd(null, null, null, null, List.of(), null, null, List.of(), null, List.of(),
            null, null, null);
}
