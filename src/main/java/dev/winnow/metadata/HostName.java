package dev.winnow.metadata;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.util.Locale;

/**
 * The name a site goes by in its address: the label before the top-level domain ("dailylantern" in
 * www.dailylantern.com, "lantern" in www.lantern.co.uk).
 */
final class HostName {

    private HostName() {
    }

    /** The site's name label, or null when the address has no host. */
    static String of(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        // The public suffix list (as the crawl's domain scope reads it) knows where a country's sites register.
        String assigned = EffectiveTldFinder.getAssignedDomain(host, true, false);
        if (assigned == null || assigned.indexOf('.') < 0) {
            return null;
        }
        return assigned.substring(0, assigned.indexOf('.'));
    }

    /** The address's host, lower case, or null when it has none or is no address. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
