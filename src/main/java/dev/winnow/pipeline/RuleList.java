package dev.winnow.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list or rule file from {@code src/main/resources/rules/}: UTF-8, one entry per line, blank lines and
 * {@code #} comments ignored, surrounding white space trimmed. Adding a word to a rule needs no Java.
 */
public final class RuleList {

    private RuleList() {
    }

    public static List<String> load(String name) {
        String resource = "/rules/" + name;
        try (InputStream in = RuleList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule file missing from the classpath: " + resource);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
    }
}
