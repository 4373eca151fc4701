package dev.winnow.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, parsed by crawler-commons for our agent name: fetched once, kept in the crawl state for
 * a day (so a restarted crawl does not ask again) and in memory while the crawl runs. A missing robots.txt
 * (4xx) allows everything; an unreachable one (5xx, no answer) defers the host, as crawler-commons' failedFetch
 * says, and is asked again by the next run.
 */
public final class RobotsPolicy {

    /** The rules for a host, and whether they were fetched just now (a request the host's delay must follow). */
    public record Verdict(BaseRobotRules rules, boolean fetchedNow) {
    }

    /** How a robots.txt answer is kept in the state. */
    record Entry(long fetchedAt, int status, String body) {
    }

    private static final int MAX_REDIRECTS = 5;

    private final Fetcher fetcher;
    private final Map<String, String> stored;
    private final String agentName;
    private final long ttlMillis;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(BaseRobotRules rules, long fetchedAt) {
    }

    /**
     * @param stored    the persistent cache, host to entry
     * @param agentName the product token robots.txt groups are matched against, e.g. {@code winnowbot}
     */
    public RobotsPolicy(Fetcher fetcher, Map<String, String> stored, String agentName, long ttlMillis, Clock clock) {
        this.fetcher = fetcher;
        this.stored = stored;
        this.agentName = agentName;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    public Verdict rulesFor(String url) {
        String host = CrawlUrl.hostOf(url);
        long now = clock.millis();
        Loaded known = loaded.get(host);
        if (known != null && now - known.fetchedAt() < ttlMillis) {
            return new Verdict(known.rules(), false);
        }
        String kept = stored.get(host);
        if (kept != null) {
            Entry entry = CrawlDatabase.read(kept, Entry.class);
            if (now - entry.fetchedAt() < ttlMillis) {
                BaseRobotRules rules = parse(host, entry);
                loaded.put(host, new Loaded(rules, entry.fetchedAt()));
                return new Verdict(rules, false);
            }
        }
        Entry entry = fetch(host, now);
        if (entry.status() < 500) {
            stored.put(host, CrawlDatabase.write(entry));
        }
        BaseRobotRules rules = parse(host, entry);
        loaded.put(host, new Loaded(rules, now));
        return new Verdict(rules, true);
    }

    /** The crawl-delay a host's robots.txt asks of us, in milliseconds (0 until its rules were loaded). */
    public long crawlDelayOf(String host) {
        Loaded known = loaded.get(host);
        return known == null ? 0 : Math.max(0, known.rules().getCrawlDelay());
    }

    private Entry fetch(String host, long now) {
        String url = host + "/robots.txt";
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                FetchResponse response = fetcher.get(url, Map.of(), type -> true, 0);
                int status = response.status();
                if (status >= 300 && status < 400 && response.location() != null) {
                    url = java.net.URI.create(url).resolve(response.location()).toString();
                    continue;
                }
                String body = response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
                return new Entry(now, status, body);
            }
            return new Entry(now, 500, "");
        } catch (FetchException e) {
            return new Entry(now, e.status() == 0 ? 503 : e.status(), "");
        }
    }

    private synchronized BaseRobotRules parse(String host, Entry entry) {
        if (entry.status() >= 200 && entry.status() < 300) {
            return parser.parseContent(host + "/robots.txt", entry.body().getBytes(StandardCharsets.UTF_8),
                    "text/plain", List.of(agentName));
        }
        return parser.failedFetch(entry.status());
    }
}
