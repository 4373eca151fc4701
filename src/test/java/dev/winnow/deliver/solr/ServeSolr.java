package dev.winnow.deliver.solr;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the tests' in-process Solr, with a core made from Winnow's configset, until stopped: for the delivery
 * benchmark and for trying the Solr sink by hand without a Solr distribution. Prints the core's URL.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.winnow.deliver.solr.ServeSolr [SOLR_HOME]</pre>
 */
public final class ServeSolr {

    private ServeSolr() {
    }

    public static void main(String[] args) throws Exception {
        Path home = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("winnow-solr");
        Files.createDirectories(home);
        SolrServer solr = SolrServer.start(home);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                solr.close();
            } catch (Exception e) {
                System.err.println("stopping Solr: " + e);
            }
        }));
        System.out.println("solr core at " + solr.coreUrl() + " (home " + home + ")");
        Thread.currentThread().join();
    }
}
