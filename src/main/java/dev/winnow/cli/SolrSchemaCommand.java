package dev.winnow.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code winnow solr-schema}: writes the Solr configset the Solr sink's documents are made for. */
@Command(name = "solr-schema",
        mixinStandardHelpOptions = true,
        description = {
                "Writes Winnow's Solr configset (DIR/conf/managed-schema.xml and solrconfig.xml): one document per"
                        + " record id, dates as dates, breadcrumbs, tags and authors multi-valued, and the text in a"
                        + " field analysed for its language (text_en, text_de, ..., text for the rest).",
                "Then create a core from it, e.g.: bin/solr create -c articles -d DIR"})
final class SolrSchemaCommand implements Callable<Integer> {

    private static final List<String> FILES = List.of("managed-schema.xml", "solrconfig.xml");

    @Parameters(index = "0", paramLabel = "DIR", description = "The configset folder to write.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Path conf = folder.resolve("conf");
        Files.createDirectories(conf);
        for (String file : FILES) {
            try (InputStream in = SolrSchemaCommand.class.getResourceAsStream("/solr/winnow/conf/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("solr/winnow/conf/" + file + " is missing from the classpath");
                }
                Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println("wrote the Solr configset to " + folder + "; create a core: bin/solr create -c articles -d "
                + folder.toAbsolutePath());
        return 0;
    }
}
