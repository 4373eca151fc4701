package dev.winnow.crawl;

import dev.winnow.pipeline.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One crawl job's settings: from the command line ({@code winnow crawl}) or a job of {@code winnow run}, over
 * the defaults in application.properties.
 *
 * @param seeds        normalized seed URLs (pages, sitemaps or feeds)
 * @param out          where records.jsonl and errors.jsonl go
 * @param state        where the crawl state lives
 * @param maxPages     URLs to fetch in this run at most, 0 for no limit
 * @param recrawlAfter how old a recorded page must be before a new round fetches it again
 * @param userAgent    sent on every request; its product token is the name robots.txt rules are read for
 */
public record CrawlOptions(List<String> seeds, Path out, Path state, long maxPages, int maxDepth,
                           CrawlScope.Mode scope, Pattern include, Pattern exclude, Duration delay,
                           int concurrency, int perHost, boolean allowPrivate, Duration recrawlAfter,
                           String userAgent, Duration timeout, Duration connectTimeout, long maxBytes,
                           int maxRedirects, Backoff backoff, Duration robotsTtl) {

    public CrawlOptions {
        seeds = List.copyOf(seeds);
    }

    /** A job's options: the crawl settings ({@code winnow.crawl.*}) for these seeds, writing to {@code out}. */
    public static CrawlOptions from(Settings settings, List<String> seeds, Path out) {
        return new CrawlOptions(seeds, out, Path.of(settings.string("winnow.crawl.state")),
                settings.longValue("winnow.crawl.max-pages"), settings.intValue("winnow.crawl.max-depth"),
                CrawlScope.Mode.valueOf(settings.string("winnow.crawl.scope")),
                pattern(settings.string("winnow.crawl.include")), pattern(settings.string("winnow.crawl.exclude")),
                duration(settings, "winnow.crawl.delay"), settings.intValue("winnow.crawl.concurrency"),
                settings.intValue("winnow.crawl.per-host"), settings.bool("winnow.crawl.allow-private"),
                duration(settings, "winnow.crawl.recrawl-after"), settings.string("winnow.crawl.user-agent"),
                duration(settings, "winnow.crawl.timeout"), duration(settings, "winnow.crawl.connect-timeout"),
                settings.longValue("winnow.crawl.max-bytes"), settings.intValue("winnow.crawl.max-redirects"),
                new Backoff(settings.intValue("winnow.crawl.retries"),
                        duration(settings, "winnow.crawl.backoff").toMillis(),
                        duration(settings, "winnow.crawl.backoff-max").toMillis(),
                        duration(settings, "winnow.crawl.retry-after-max").toMillis()),
                duration(settings, "winnow.crawl.robots-ttl"));
    }

    private static Duration duration(Settings settings, String name) {
        return DurationText.parse(settings.string(name));
    }

    private static Pattern pattern(String regex) {
        return regex.isEmpty() ? null : Pattern.compile(regex);
    }

    /** The product token of the user agent, lower-cased: "Winnow/0.1 (+...)" reads robots.txt as "winnow". */
    public String agentName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
