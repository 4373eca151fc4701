package dev.winnow.decode;

import dev.winnow.pipeline.RuleList;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps a declared charset label to the charset to decode with, per {@code rules/charset-labels.txt}. */
public final class CharsetLabels {

    private static final Pattern QUOTES_AT_ENDS = Pattern.compile("^[\"']|[\"']$");

    private final Map<String, String> aliases = new HashMap<>();

    public CharsetLabels() {
        for (String line : RuleList.load("charset-labels.txt")) {
            int eq = line.indexOf('=');
            aliases.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
        }
    }

    /** The charset a label means, or empty when the label names nothing Java can decode. */
    public Optional<Charset> resolve(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = QUOTES_AT_ENDS.matcher(label.strip()).replaceAll("").toLowerCase(Locale.ROOT);
        String name = aliases.getOrDefault(key, key);
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
