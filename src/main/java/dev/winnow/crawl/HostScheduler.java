package dev.winnow.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Politeness: which host may be asked next. A host gets at most {@code perHost} requests in flight, and its
 * next request is sent no sooner than its delay after the previous one was sent, and never before the previous
 * one was answered (with the default of one in flight). Counting from the send rather than the answer is what
 * a crawl delay means ("at most one request per d"), and it keeps a host's pace at one page per delay however
 * long the answer and this machine's own work take. Hosts with work wait in no particular order; the one whose
 * turn came first goes first.
 */
final class HostScheduler {

    private static final class Host {
        long queued;
        int inFlight;
        long nextAt;
    }

    private final int perHost;
    private final Map<String, Host> hosts = new HashMap<>();

    HostScheduler(int perHost) {
        this.perHost = perHost;
    }

    synchronized void addWork(String host, long urls) {
        hosts.computeIfAbsent(host, h -> new Host()).queued += urls;
        notifyAll();
    }

    /**
     * Waits up to {@code maxWaitMillis} for a host whose turn it is and takes one of its URLs.
     *
     * @return the host, or empty when none came due in time
     */
    synchronized Optional<String> take(long maxWaitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        while (true) {
            long now = System.currentTimeMillis();
            String best = null;
            long soonest = Long.MAX_VALUE;
            for (Map.Entry<String, Host> entry : hosts.entrySet()) {
                Host host = entry.getValue();
                if (host.queued == 0 || host.inFlight >= perHost) {
                    continue;
                }
                if (host.nextAt < soonest) {
                    soonest = host.nextAt;
                    best = entry.getKey();
                }
            }
            if (best != null && soonest <= now) {
                Host host = hosts.get(best);
                host.queued--;
                host.inFlight++;
                return Optional.of(best);
            }
            long wake = Math.min(deadline, best == null ? deadline : soonest);
            if (now >= deadline) {
                return Optional.empty();
            }
            wait(Math.max(1, wake - now));
        }
    }

    /** A request to the host is being sent now: the host's next one waits at least {@code delayMillis}. */
    synchronized void sending(String host, long delayMillis) {
        Host state = hosts.get(host);
        state.nextAt = Math.max(state.nextAt, System.currentTimeMillis() + delayMillis);
    }

    /** The host's request is answered (or was never sent): the host may be asked again once its delay is over. */
    synchronized void answered(String host) {
        hosts.get(host).inFlight--;
        notifyAll();
    }

    /** A URL taken for the host turned out not to be there (already handed out): give the slot back. */
    synchronized void untake(String host) {
        Host state = hosts.get(host);
        state.inFlight--;
        notifyAll();
    }

    synchronized boolean hasWork() {
        return hosts.values().stream().anyMatch(host -> host.queued > 0);
    }
}
