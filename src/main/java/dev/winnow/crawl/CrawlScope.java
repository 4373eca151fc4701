package dev.winnow.crawl;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs a crawl may queue: those within the scope of some seed (its host, its registered domain, or
 * below its path), matching the include rule if one is given, not matching the exclude rule, and within the
 * depth limit.
 */
public final class CrawlScope {

    public enum Mode { host, domain, prefix }

    private final List<String> seeds;
    private final Mode mode;
    private final Pattern include;
    private final Pattern exclude;
    private final int maxDepth;

    public CrawlScope(List<String> seeds, Mode mode, Pattern include, Pattern exclude, int maxDepth) {
        this.seeds = List.copyOf(seeds);
        this.mode = mode;
        this.include = include;
        this.exclude = exclude;
        this.maxDepth = maxDepth;
    }

    public boolean admits(String url, int depth) {
        if (depth > maxDepth) {
            return false;
        }
        if (include != null && !include.matcher(url).find()) {
            return false;
        }
        if (exclude != null && exclude.matcher(url).find()) {
            return false;
        }
        return seeds.stream().anyMatch(seed -> within(seed, url));
    }

    private boolean within(String seed, String url) {
        return switch (mode) {
            case host -> CrawlUrl.hostOf(seed).equals(CrawlUrl.hostOf(url));
            case domain -> domainOf(seed).equals(domainOf(url));
            case prefix -> url.startsWith(seed.substring(0, seed.lastIndexOf('/') + 1));
        };
    }

    private static String domainOf(String url) {
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        String assigned = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return assigned == null ? host : assigned;
    }
}
