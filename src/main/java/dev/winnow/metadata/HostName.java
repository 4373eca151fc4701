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
        // The public suffix list (as the crawl's domain scope reads it) knows where a country's sites register.
        String assigned = EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT), true, false);
        if (assigned == null || assigned.indexOf('.') < 0) {
            return null;
        }
        return assigned.substring(0, assigned.indexOf('.'));
    }
}
