package dev.winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code winnow} command: parses arguments and hands over to one command per verb. */
@Command(name = "winnow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns web pages into clean JSON records: the article's text without the page around it,"
                + " and its metadata with the evidence each field came from.",
        subcommands = {ConvertCommand.class, CrawlCommand.class, RunCommand.class, DeliverCommand.class,
                EvalCommand.class, BenchCommand.class, SolrSchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 some pages failed, 2 usage error. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. winnow convert samples");
    }
}
