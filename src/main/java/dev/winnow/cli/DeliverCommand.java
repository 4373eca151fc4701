package dev.winnow.cli;

import dev.winnow.deliver.Deliveries;
import dev.winnow.deliver.Secrets;
import dev.winnow.deliver.SinkReport;
import dev.winnow.deliver.SinkUri;
import dev.winnow.pipeline.Settings;
import dev.winnow.record.RecordJson;
import dev.winnow.sink.LineFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code winnow deliver}: sends an earlier run's records (and what its sinks left pending) to sinks. */
@Command(name = "deliver",
        mixinStandardHelpOptions = true,
        description = {
                "Delivers the records of an earlier run to sinks: first what each sink left pending in its spool,"
                        + " then every record of OUTPUT_DIR/records.jsonl (so a new index can be filled from saved"
                        + " output). Killed and started again, it goes on where it stopped. Records a sink refuses"
                        + " are added to OUTPUT_DIR/errors.jsonl.",
                "Exit code: 0 when everything was delivered, 1 when a sink refused some records, 2 for a usage error,"
                        + " 3 when records still wait in a sink's spool."})
final class DeliverCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "The output folder of an earlier convert or crawl.")
    Path out;

    @Option(names = "--sink", paramLabel = "URI", required = true,
            description = "Where to deliver (repeatable): jdbc:postgresql://HOST/DB?table=articles (any JDBC URL),"
                    + " solr:http://HOST:8983/solr/CORE, kafka:TOPIC?brokers=HOST:9092, or an http(s):// webhook."
                    + " Passwords and tokens come from environment variables, never the URI.")
    List<String> sinks;

    @Option(names = "--pending-only",
            description = "Deliver only what the sinks left in their spools, not the whole records file.")
    boolean pendingOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SinkUri> uris;
        try {
            uris = sinks.stream().map(SinkUri::parse).toList();
            Deliveries.check(uris, Settings.load(), Secrets.fromEnvironment());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path records = out.resolve("records.jsonl");
        if (!Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no output folder " + out);
        }
        long start = System.nanoTime();
        List<SinkReport> reports;
        try (LineFile errors = LineFile.append(out.resolve("errors.jsonl"));
             Deliveries deliveries = pendingOnly
                     ? Deliveries.replaying(out, null, uris, Settings.load(), Secrets.fromEnvironment(),
                             line -> errors.writeLine(RecordJson.line(line)))
                     : Deliveries.replaying(out, records, uris, Settings.load(), Secrets.fromEnvironment(),
                             line -> errors.writeLine(RecordJson.line(line)))) {
            reports = deliveries.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double process = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        long delivered = reports.stream().mapToLong(SinkReport::delivered).sum();
        // Both clocks, so a benchmark can tell the sinks' pace (each sink's line) from the process's start-up.
        System.out.printf(Locale.ROOT, "delivered %d records in %.2f s (%.0f records/s); %.2f s since the JVM started%n",
                delivered, seconds, seconds > 0 ? delivered / seconds : 0.0, process);
        reports.forEach(report -> System.out.println("sink " + report.summary()));
        if (Deliveries.pending(reports) > 0) {
            return 3;
        }
        return Deliveries.rejected(reports) > 0 ? 1 : 0;
    }
}
