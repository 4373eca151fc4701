package dev.winnow.cli;

import dev.winnow.decode.CharsetLabels;
import dev.winnow.decode.CharsetSniffer;
import dev.winnow.decode.Decoder;
import dev.winnow.eval.InMemoryRun;
import dev.winnow.files.SavedPageReader;
import dev.winnow.files.SavedPageSource;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.Settings;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code winnow bench}: the speed of the whole conversion (decode to record, through the pipeline route) next to
 * the speed of bare Jsoup parsing of the same pages, in one run, pages held in memory, after warm-up. With
 * {@code --threads N} both run on N threads that take the pages in turn, so the two figures stay comparable.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measures pages/s and MB/s of the whole conversion and of bare Jsoup parsing of the same pages,"
                        + " side by side: pages in memory, timed after warm-up passes, on one thread or --threads.",
                "Each is also timed by the CPU time of its threads, which stays comparable when others load the"
                        + " machine (it leaves out the garbage collector's threads).",
                "CORPUS is a corpus folder with html/, or any folder or file of saved pages."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Corpus folders or folders of saved pages.")
    List<Path> corpora;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "20",
            description = "Untimed warm-up before timing, at least one pass (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "1",
            description = "Timed passes over the pages; the best pass is reported (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads converting (and, separately, parsing) pages at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        Settings settings = extraction.applyTo(Settings.load());
        SavedPageReader reader = new SavedPageReader(settings.longValue("winnow.read.max-bytes"), Clock.systemUTC());
        Decoder decoder = new Decoder(new CharsetSniffer(), new CharsetLabels());
        try (InMemoryRun run = new InMemoryRun(settings, WinnowHome.routes(), List.of("pipeline.camel.yaml"))) {
            for (Path corpus : corpora) {
                Path html = Files.isDirectory(corpus.resolve("html")) ? corpus.resolve("html") : corpus;
                List<Page> pages = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                long bytes = 0;
                for (String file : new SavedPageSource().list(List.of(html.toString()))) {
                    Page page = reader.read(file);
                    pages.add(page);
                    texts.add(decoder.decode(page).html());
                    bytes += page.source().bytes().length;
                }
                Pass convert = () -> {
                    long cpu = eachOnThreads(pages, page -> run.runtime().send("direct:pipeline", page, Map.of()));
                    run.drain();
                    return cpu;
                };
                Pass parse = () -> eachOnThreads(texts, text -> Parser.htmlParser().parseInput(text, ""));
                warmUp(convert, parse);
                Timing convertTime = Timing.NONE;
                Timing parseTime = Timing.NONE;
                // Alternated, so that both see the same load on a shared machine.
                for (int i = 0; i < Math.max(1, passes); i++) {
                    convertTime = convertTime.best(Timing.of(convert));
                    parseTime = parseTime.best(Timing.of(parse));
                }
                String name = corpus.toAbsolutePath().normalize().getFileName().toString();
                report(name, "conversion", pages.size(), bytes, convertTime);
                report(name, "jsoup parse", pages.size(), bytes, parseTime);
                System.out.printf(Locale.ROOT, "%s: conversion runs at %.2f of bare parsing speed (%.2f by CPU time,"
                                + " %d thread%s)%n", name, parseTime.wallSeconds() / convertTime.wallSeconds(),
                        parseTime.cpuSeconds() / convertTime.cpuSeconds(), threads, threads == 1 ? "" : "s");
            }
        }
        return 0;
    }

    /**
     * Runs the action on every item, on this thread or on {@code --threads} threads taking items in turn.
     * @return the CPU time the threads spent, in nanoseconds
     */
    private <T> long eachOnThreads(List<T> items, Consumer<T> action) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        if (threads <= 1) {
            long start = cpu.getCurrentThreadCpuTime();
            items.forEach(action);
            return cpu.getCurrentThreadCpuTime() - start;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong spent = new AtomicLong();
        Runnable worker = () -> {
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                action.accept(items.get(i));
            }
            spent.addAndGet(cpu.getCurrentThreadCpuTime() - start);
        };
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(worker, "bench-" + t);
            thread.start();
            workers.add(thread);
        }
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while timing", e);
            }
        }
        return spent.get();
    }

    private void warmUp(Pass convert, Pass parse) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            convert.run();
            parse.run();
        } while (System.nanoTime() < end);
    }

    private static void report(String corpus, String what, int pages, long bytes, Timing t) {
        System.out.printf(Locale.ROOT, "%s: %-12s %5d pages in %6.2f s: %8.1f pages/s, %6.2f MB/s;"
                        + " %6.2f CPU s: %8.1f pages per CPU s%n", corpus, what, pages, t.wallSeconds(),
                pages / t.wallSeconds(), bytes / 1e6 / t.wallSeconds(), t.cpuSeconds(), pages / t.cpuSeconds());
    }

    /** One pass over the pages; returns the CPU time its threads spent, in nanoseconds. */
    private interface Pass {
        long run();
    }

    /**
     * A pass's wall-clock time and the CPU time of the threads that ran it. On a machine others share, the CPU
     * time does not grow while the threads wait for a core, so it compares runs made under different loads.
     */
    private record Timing(double wallSeconds, double cpuSeconds) {
        static final Timing NONE = new Timing(Double.MAX_VALUE, Double.MAX_VALUE);

        static Timing of(Pass pass) {
            long start = System.nanoTime();
            long cpu = pass.run();
            return new Timing((System.nanoTime() - start) / 1e9, cpu / 1e9);
        }

        Timing best(Timing other) {
            return new Timing(Math.min(wallSeconds, other.wallSeconds), Math.min(cpuSeconds, other.cpuSeconds));
        }
    }
}
