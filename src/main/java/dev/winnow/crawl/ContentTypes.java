package dev.winnow.crawl;

import java.util.Locale;

/** Which responses the crawler reads, by their Content-Type's media type. */
final class ContentTypes {

    private ContentTypes() {
    }

    static boolean isHtml(String contentType) {
        String type = mediaType(contentType);
        return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** Sitemaps, feeds and their gzipped files. */
    static boolean isListing(String contentType) {
        String type = mediaType(contentType);
        return type.endsWith("/xml") || type.endsWith("+xml") || type.equals("text/plain")
                || type.equals("application/gzip") || type.equals("application/x-gzip");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
