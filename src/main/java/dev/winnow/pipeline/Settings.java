package dev.winnow.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Winnow's thresholds and defaults, from {@code application.properties} on the classpath, each overridable by
 * a system property of the same name. One place for every number a stage is tuned by.
 */
public final class Settings {

    private final Properties properties;

    private Settings(Properties properties) {
        this.properties = properties;
    }

    public static Settings load() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is missing from the classpath");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("winnow.")) {
                properties.setProperty(name, System.getProperty(name));
            }
        }
        return new Settings(properties);
    }

    /** The same settings with one value replaced, as a command-line option does. */
    public Settings with(String name, String value) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty(name, value);
        return new Settings(copy);
    }

    public String string(String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("setting " + name + " is missing from application.properties");
        }
        return value.strip();
    }

    public long longValue(String name) {
        return Long.parseLong(string(name));
    }

    public int intValue(String name) {
        return Integer.parseInt(string(name));
    }

    public double doubleValue(String name) {
        return Double.parseDouble(string(name));
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(string(name));
    }
}
