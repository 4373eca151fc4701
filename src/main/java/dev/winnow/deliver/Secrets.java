package dev.winnow.deliver;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords and tokens for sinks, by name: from the environment first, then from a properties file (named by
 * the environment variable {@code WINNOW_SECRETS}), never from the command line. Every secret handed out is
 * remembered so that {@link #redact} can blank it from any message before it reaches a log or an error line
 * (a server may echo a header or a connection string back).
 */
public final class Secrets {

    /** The environment variable that names the secrets properties file. */
    public static final String FILE_VARIABLE = "WINNOW_SECRETS";

    private final Map<String, String> environment;
    private final Properties file;
    private final Set<String> handedOut = ConcurrentHashMap.newKeySet();

    public Secrets(Map<String, String> environment, Properties file) {
        this.environment = Map.copyOf(environment);
        this.file = file;
    }

    /** The process's environment, and the file {@code $WINNOW_SECRETS} when set. */
    public static Secrets fromEnvironment() {
        Map<String, String> environment = System.getenv();
        Properties file = new Properties();
        String path = environment.get(FILE_VARIABLE);
        if (path != null && !path.isBlank()) {
            try (Reader in = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the secrets file named by " + FILE_VARIABLE, e);
            }
        }
        return new Secrets(environment, file);
    }

    public Optional<String> get(String name) {
        String value = environment.get(name);
        if (value == null) {
            value = file.getProperty(name);
        }
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        handedOut.add(value);
        return Optional.of(value);
    }

    /** The text with every secret handed out so far replaced by {@code ***}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : handedOut) {
            if (secret.length() >= 3) {
                result = result.replace(secret, "***");
            }
        }
        return SinkUri.redact(result);
    }
}
