package dev.winnow.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SSRF guard: a crawl follows links into private, loopback and link-local addresses only on hosts a seed
 * named, or when the operator allowed it. Pages can link anywhere; the seeds are the operator's word.
 */
public final class AddressGuard {

    private final Set<String> seedHosts;
    private final boolean allowPrivate;
    private final Map<String, Boolean> privateHosts = new ConcurrentHashMap<>();

    public AddressGuard(Set<String> seedHosts, boolean allowPrivate) {
        this.seedHosts = Set.copyOf(seedHosts);
        this.allowPrivate = allowPrivate;
    }

    public boolean allows(String url) {
        if (allowPrivate || seedHosts.contains(CrawlUrl.hostOf(url))) {
            return true;
        }
        String host = URI.create(url).getHost();
        return !privateHosts.computeIfAbsent(host, AddressGuard::isPrivate);
    }

    private static boolean isPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                byte[] raw = address.getAddress();
                boolean uniqueLocal6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal6) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            // The fetch will fail and say so; an unknown name points nowhere private.
            return false;
        }
    }
}
