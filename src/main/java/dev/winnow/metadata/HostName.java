package dev.winnow.metadata;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The name a site goes by in its address: the label before the top-level domain ("dailylantern" in
 * www.dailylantern.com, "lantern" in www.lantern.co.uk).
 */
final class HostName {

    /** Second-level labels under which a country's sites register ("co.uk", "com.au"). */
    private static final List<String> REGISTRY_LABELS = List.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go");

    private HostName() {
    }

    /** The site's name label, or null when the address has no host. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int i = labels.length - 2;
        if (i > 0 && REGISTRY_LABELS.contains(labels[i]) && labels[labels.length - 1].length() == 2) {
            i--;
        }
        return labels[i];
    }
}
