package dev.winnow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** A one-line progress bar on standard error, redrawn a few times a second; only when a person is watching. */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final LongSupplier done;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;

    private ProgressBar(PrintStream out, long total, LongSupplier done) {
        this.out = out;
        this.total = total;
        this.done = done;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "winnow-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** A bar when standard error is a terminal, else nothing (a log file gets no carriage-return noise). */
    static AutoCloseable startIfInteractive(long total, LongSupplier done) {
        if (!standardErrorIsTerminal() || total == 0) {
            return () -> { };
        }
        return new ProgressBar(System.err, total, done);
    }

    /**
     * Java 17 cannot ask whether standard error is a terminal; on Linux its file descriptor's link names the
     * device. Elsewhere, a console (standard input and output on a terminal) is the best guess there is.
     */
    private static boolean standardErrorIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        try {
            String device = Files.readSymbolicLink(descriptor).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private void draw() {
        long n = done.getAsLong();
        int filled = (int) (WIDTH * n / total);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        out.printf("\r[%s%s] %d/%d pages, %.0f pages/s ", "#".repeat(filled), ".".repeat(WIDTH - filled), n, total,
                seconds > 0 ? n / seconds : 0.0);
        out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        draw();
        out.println();
    }
}
