package dev.winnow.metadata;

import java.util.regex.Pattern;

/** Page claims of an address (canonical link, og:url, og:image) are taken only as absolute web addresses. */
final class AbsoluteUrl {

    private static final Pattern ABSOLUTE_WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s]+");

    private AbsoluteUrl() {
    }

    /** The address stripped, when it is an absolute http(s) address; else null. */
    static String of(String url) {
        return url != null && ABSOLUTE_WEB_ADDRESS.matcher(url.strip()).matches() ? url.strip() : null;
    }
}
