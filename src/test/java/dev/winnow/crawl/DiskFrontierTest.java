package dev.winnow.crawl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiskFrontierTest {

    @TempDir
    Path state;

    @Test
    void eachHostsUrlsComeOutInTheOrderTheyWereQueued() {
        try (CrawlDatabase database = CrawlDatabase.open(state)) {
            DiskFrontier frontier = new DiskFrontier(database);
            frontier.offer(CrawlUrl.seed("http://a.test/1"));
            frontier.offer(CrawlUrl.seed("http://b.test/1"));
            frontier.offer(CrawlUrl.seed("http://a.test/2"));

            assertThat(frontier.next("http://a.test")).map(CrawlUrl::url).contains("http://a.test/1");
            assertThat(frontier.next("http://a.test")).map(CrawlUrl::url).contains("http://a.test/2");
            assertThat(frontier.next("http://a.test")).isEmpty();
            assertThat(frontier.queuedPerHost()).isEqualTo(Map.of("http://a.test", 2L, "http://b.test", 1L));
        }
    }

    @Test
    void aUrlIsQueuedOncePerRound() {
        try (CrawlDatabase database = CrawlDatabase.open(state)) {
            DiskFrontier frontier = new DiskFrontier(database);
            assertThat(frontier.offer(CrawlUrl.seed("http://a.test/1"))).isTrue();
            frontier.done(frontier.next("http://a.test").orElseThrow());

            assertThat(frontier.offer(CrawlUrl.seed("http://a.test/1"))).isFalse();
            frontier.startRound();
            assertThat(frontier.offer(CrawlUrl.seed("http://a.test/1"))).isTrue();
        }
    }

    @Test
    void aUrlHandedOutButNotDoneIsStillQueuedAfterAReopen() {
        try (CrawlDatabase database = CrawlDatabase.open(state)) {
            DiskFrontier frontier = new DiskFrontier(database);
            frontier.offer(CrawlUrl.seed("http://a.test/1"));
            frontier.offer(CrawlUrl.seed("http://a.test/2"));
            frontier.done(frontier.next("http://a.test").orElseThrow());
            frontier.next("http://a.test");
            database.commit();
        }
        try (CrawlDatabase database = CrawlDatabase.open(state)) {
            DiskFrontier frontier = new DiskFrontier(database);

            assertThat(frontier.next("http://a.test")).map(CrawlUrl::url).contains("http://a.test/2");
            assertThat(frontier.offer(CrawlUrl.seed("http://a.test/1"))).isFalse();
        }
    }

    @Test
    void aRedirectKeepsItsChainSoALoopCanBeSeen() {
        CrawlUrl hop = CrawlUrl.seed("http://a.test/1").redirectedTo("http://a.test/2").redirectedTo("http://a.test/3");

        assertThat(hop.redirects()).isEqualTo(List.of("http://a.test/1", "http://a.test/2"));
        assertThat(hop.host()).isEqualTo("http://a.test");
    }
}
