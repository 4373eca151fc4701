package dev.winnow.crawl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostSchedulerTest {

    @Test
    void aHostWithARequestInFlightIsNotHandedOutAgain() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(1);
        scheduler.addWork("http://a.test", 2);

        assertThat(scheduler.take(10)).contains("http://a.test");
        assertThat(scheduler.take(10)).isEmpty();
    }

    @Test
    void aHostWaitsItsDelayAfterItsRequestWasSent() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(1);
        scheduler.addWork("http://a.test", 2);
        scheduler.take(10);
        long sent = System.currentTimeMillis();
        scheduler.sending("http://a.test", 300);
        scheduler.answered("http://a.test");

        assertThat(scheduler.take(1000)).contains("http://a.test");
        assertThat(System.currentTimeMillis() - sent).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aSlowAnswerDoesNotAddToTheDelay() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(1);
        scheduler.addWork("http://a.test", 2);
        scheduler.take(10);
        scheduler.sending("http://a.test", 200);
        Thread.sleep(300);
        scheduler.answered("http://a.test");
        long answered = System.currentTimeMillis();

        assertThat(scheduler.take(1000)).contains("http://a.test");
        assertThat(System.currentTimeMillis() - answered).isLessThan(100);
    }

    @Test
    void aHostWhoseDelayIsOverStillWaitsForItsAnswer() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(1);
        scheduler.addWork("http://a.test", 2);
        scheduler.take(10);
        scheduler.sending("http://a.test", 10);
        Thread.sleep(50);

        assertThat(scheduler.take(10)).isEmpty();
    }

    @Test
    void anotherHostGoesWhileTheFirstWaits() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(1);
        scheduler.addWork("http://a.test", 2);
        scheduler.addWork("http://b.test", 1);
        String first = scheduler.take(10).orElseThrow();
        scheduler.sending(first, 10_000);
        scheduler.answered(first);

        assertThat(scheduler.take(10)).contains(first.equals("http://a.test") ? "http://b.test" : "http://a.test");
    }

    @Test
    void morePerHostRequestsMayRunWhenConfigured() throws InterruptedException {
        HostScheduler scheduler = new HostScheduler(2);
        scheduler.addWork("http://a.test", 3);

        assertThat(scheduler.take(10)).contains("http://a.test");
        assertThat(scheduler.take(10)).contains("http://a.test");
        assertThat(scheduler.take(10)).isEmpty();
    }
}
