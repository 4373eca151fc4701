package dev.winnow.deliver;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A {@code --sink} URI taken apart: its kind, the address of the server (with Winnow's own options removed, and
 * the server's own query parameters kept), and Winnow's options. A URI that carries a password is refused, so a
 * secret never sits on a command line or in a shell history: passwords come from the environment or a
 * properties file ({@link Secrets}).
 *
 * <ul>
 *   <li>{@code jdbc:postgresql://HOST/DB?table=articles}, any JDBC URL ({@code jdbc:h2:/path/db?table=t})</li>
 *   <li>{@code solr:http://HOST:8983/solr/CORE}</li>
 *   <li>{@code kafka:TOPIC?brokers=HOST:9092}</li>
 *   <li>{@code http://…} or {@code https://…}: a webhook</li>
 * </ul>
 */
public final class SinkUri {

    /** Options Winnow reads for every kind of sink; the rest of a URI's parameters belong to the server. */
    private static final Set<String> COMMON = Set.of("batch", "retries", "backoff", "timeout", "parallel", "name");
    private static final Map<SinkKind, Set<String>> OWN = Map.of(
            SinkKind.JDBC, Set.of("table", "onDelete", "user", "passwordEnv"),
            SinkKind.SOLR, Set.of("commitWithin", "authEnv", "authHeader"),
            SinkKind.KAFKA, Set.of("brokers", "config"),
            SinkKind.WEBHOOK, Set.of("authEnv", "authHeader"));
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)pass(word)?|pwd|secret|token|api[-_]?key");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?=(?:jdbc|solr|kafka|https?):)");
    private static final Pattern UNSAFE_FILE_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]+");

    private final SinkKind kind;
    private final String address;
    private final Map<String, String> options;

    private SinkUri(SinkKind kind, String address, Map<String, String> options) {
        this.kind = kind;
        this.address = address;
        this.options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Sink URIs written as one setting, separated by commas. Only a comma before a sink's scheme separates: a
     * comma inside a URI (Kafka's {@code brokers=a:9092,b:9092}) stays in it.
     *
     * @throws IllegalArgumentException as {@link #parse} does
     */
    public static List<SinkUri> parseList(String uris) {
        List<SinkUri> sinks = new ArrayList<>();
        if (uris == null || uris.isBlank()) {
            return sinks;
        }
        for (String uri : LIST_SEPARATOR.split(uris.strip())) {
            sinks.add(parse(uri));
        }
        return sinks;
    }

    /** @throws IllegalArgumentException for a URI of no known kind, or one that carries a password */
    public static SinkUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("a sink URI is empty");
        }
        String text = uri.strip();
        SinkKind kind;
        String rest;
        if (text.startsWith("jdbc:")) {
            kind = SinkKind.JDBC;
            rest = text;
        } else if (text.startsWith("solr:")) {
            kind = SinkKind.SOLR;
            rest = text.substring("solr:".length());
        } else if (text.startsWith("kafka:")) {
            kind = SinkKind.KAFKA;
            rest = text.substring("kafka:".length());
        } else if (text.startsWith("http://") || text.startsWith("https://")) {
            kind = SinkKind.WEBHOOK;
            rest = text;
        } else {
            throw new IllegalArgumentException("unknown sink " + redact(text)
                    + ": expected jdbc:…, solr:http://…, kafka:TOPIC?brokers=… or an http(s):// webhook");
        }
        int question = rest.indexOf('?');
        String base = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> options = new LinkedHashMap<>();
        StringBuilder serverQuery = new StringBuilder();
        if (question >= 0) {
            for (String pair : rest.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (SECRET_PARAMETER.matcher(name).matches()) {
                    throw new IllegalArgumentException("sink " + redact(text) + " carries a secret (" + name
                            + "): put it in an environment variable or the secrets file, never on the command line");
                }
                if (COMMON.contains(name) || OWN.get(kind).contains(name)
                        || (kind == SinkKind.KAFKA && name.startsWith("kafka."))) {
                    options.put(name, value);
                } else {
                    serverQuery.append(serverQuery.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        if (hasPasswordInUserInfo(base)) {
            throw new IllegalArgumentException("sink " + redact(text) + " carries a password in user:password@:"
                    + " put it in an environment variable or the secrets file, never on the command line");
        }
        String address = serverQuery.length() == 0 ? base : base + "?" + serverQuery;
        SinkUri parsed = new SinkUri(kind, address, options);
        parsed.check();
        return parsed;
    }

    private void check() {
        switch (kind) {
            case KAFKA -> {
                if (address.isBlank() || address.contains("?")) {
                    throw new IllegalArgumentException("kafka sink " + display() + " needs a topic: kafka:TOPIC?brokers=HOST:9092");
                }
                if (!options.containsKey("brokers")) {
                    throw new IllegalArgumentException("kafka sink " + display() + " needs brokers=HOST:9092");
                }
            }
            case SOLR -> {
                if (!address.startsWith("http://") && !address.startsWith("https://")) {
                    throw new IllegalArgumentException("solr sink " + display() + " needs the core's URL: solr:http://HOST:8983/solr/CORE");
                }
            }
            case JDBC -> {
                String onDelete = option("onDelete", "flag");
                if (!onDelete.equals("flag") && !onDelete.equals("delete")) {
                    throw new IllegalArgumentException("jdbc sink " + display() + ": onDelete is flag or delete, not " + onDelete);
                }
            }
            case WEBHOOK -> {
                // Any http(s) URL will do.
            }
        }
    }

    private static boolean hasPasswordInUserInfo(String base) {
        int scheme = base.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int end = base.indexOf('/', scheme + 3);
        String authority = end < 0 ? base.substring(scheme + 3) : base.substring(scheme + 3, end);
        int at = authority.lastIndexOf('@');
        return at >= 0 && authority.substring(0, at).contains(":");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A URI as it may be shown: a userinfo's password and secret-named parameters are hidden. */
    static String redact(String text) {
        return text.replaceAll("(://[^/@:]*):[^/@]*@", "$1:***@")
                .replaceAll("(?i)([?&;](pass(word)?|pwd|secret|token|api[-_]?key)=)[^&;\\s]*", "$1***");
    }

    public SinkKind kind() {
        return kind;
    }

    /** The server's address: a JDBC URL, the Solr core's URL, the Kafka topic, or the webhook's URL. */
    public String address() {
        return address;
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public Map<String, String> options() {
        return options;
    }

    /** How logs, summaries and error lines name this sink (never with a secret: the URI cannot hold one). */
    public String display() {
        StringBuilder text = new StringBuilder(switch (kind) {
            case JDBC, WEBHOOK -> address;
            case SOLR -> "solr:" + address;
            case KAFKA -> "kafka:" + address;
        });
        String separator = text.indexOf("?") < 0 ? "?" : "&";
        for (Map.Entry<String, String> option : options.entrySet()) {
            text.append(separator).append(option.getKey()).append('=')
                    .append(URLEncoder.encode(option.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return redact(text.toString());
    }

    /**
     * The sink's name in file names (its spool and its delivered offset): {@code name=} when given, else made
     * from what picks the data's destination (kind, address, table, brokers) and not from tuning options, so the
     * same destination finds its own spool again on the next run even with another batch size.
     */
    public String key() {
        String name = options.get("name");
        if (name != null && !name.isBlank()) {
            return UNSAFE_FILE_CHARACTERS.matcher(name).replaceAll("_");
        }
        String identity = kind + " " + address + " " + options.getOrDefault("table", "") + " "
                + options.getOrDefault("brokers", "");
        String readable = UNSAFE_FILE_CHARACTERS.matcher(redact(address).replaceFirst("^[a-z:]*//", "")).replaceAll("_")
                .replaceAll("^_+|_+$", "");
        String start = readable.length() > 60 ? readable.substring(0, 60) : readable;
        return kind.name().toLowerCase() + "-" + start + "-" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
    }

    @Override
    public String toString() {
        return display();
    }
}
