package dev.winnow.cli;

import dev.winnow.pipeline.Settings;
import picocli.CommandLine.Option;

/** The extraction options shared by the commands that convert pages; each sets one {@code winnow.extract.*} setting. */
final class ExtractionOptions {

    enum Favor { precision, recall, balanced }

    @Option(names = "--favor", paramLabel = "WHAT",
            description = "precision: less boilerplate, may miss text; recall: all text, may keep some boilerplate;"
                    + " balanced (default).")
    Favor favor;

    @Option(names = "--comments", description = "Keep reader comments, apart from the text, in the record's comments field.")
    boolean comments;

    @Option(names = "--no-tables", description = "Leave tables of data out of the article.")
    boolean noTables;

    @Option(names = "--no-images", description = "Leave images out of the article's markdown and HTML.")
    boolean noImages;

    Settings applyTo(Settings settings) {
        Settings s = settings;
        if (favor != null) {
            s = s.with("winnow.extract.favor", favor.name());
        }
        if (comments) {
            s = s.with("winnow.extract.comments", "true");
        }
        if (noTables) {
            s = s.with("winnow.extract.tables", "false");
        }
        if (noImages) {
            s = s.with("winnow.extract.images", "false");
        }
        return s;
    }
}
