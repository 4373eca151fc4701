package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page's {@code <meta>} tags, looked up by field through {@code rules/meta-names.txt}: each field's tag
 * names, strongest first, so a page with both {@code og:title} and {@code dc.title} gives the OpenGraph one.
 */
public final class MetaTags {

    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A value and the tag name that gave it. */
    public record Value(String name, String content) {
    }

    private static final int MAX_LABEL_PAIRS = 4;

    private final Map<String, List<String>> namesByField = new LinkedHashMap<>();

    public MetaTags() {
        for (String line : RuleList.load("meta-names.txt")) {
            int eq = line.indexOf('=');
            namesByField.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
                    .add(line.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The page's tags, read once per page. */
    public Read read(Document doc) {
        Map<String, List<String>> contents = new HashMap<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (Element meta : PageElements.of(doc).metas(META_WITH_CONTENT)) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
                // OpenGraph and RDFa name their fields with "property"; a page that also writes the same field
                // with "name" (a second plugin's copy) comes second.
                Map<String, List<String>> into = attr.equals("name") ? byName : contents;
                for (String key : WHITESPACE.split(meta.attr(attr).toLowerCase(Locale.ROOT))) {
                    if (!key.isEmpty()) {
                        into.computeIfAbsent(dublinCore(key), k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        byName.forEach((key, values) -> contents.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values));
        return new Read(contents);
    }

    /** RDFa writes Dublin Core with a prefix ({@code property="dc:title"}), HTML meta with a dot ({@code DC.title}). */
    private static String dublinCore(String key) {
        if (key.startsWith("dc:")) {
            return "dc." + key.substring(3);
        }
        return key.startsWith("dcterms:") ? "dcterms." + key.substring(8) : key;
    }

    /** One page's tags. */
    public final class Read {
        private final Map<String, List<String>> contents;

        private Read(Map<String, List<String>> contents) {
            this.contents = contents;
        }

        /** The first tag of the field that the page has. */
        public Optional<Value> first(String field) {
            for (String name : namesByField.getOrDefault(field, List.of())) {
                List<String> values = contents.get(name);
                if (values != null) {
                    return Optional.of(new Value(name, values.get(0)));
                }
            }
            return Optional.empty();
        }

        /**
         * The value paired with a label tag: {@code twitter:label1 = "Written by"} names the field of
         * {@code twitter:data1}; the labels that count are given (lower case).
         */
        public Optional<String> labelled(List<String> labels) {
            for (int i = 1; i <= MAX_LABEL_PAIRS; i++) {
                List<String> label = contents.get("twitter:label" + i);
                List<String> data = contents.get("twitter:data" + i);
                if (label != null && data != null && labels.contains(label.get(0).strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(data.get(0));
                }
            }
            return Optional.empty();
        }

        /** Every tag of the field, strongest name first, each value once. */
        public List<Value> all(String field) {
            List<Value> out = new ArrayList<>();
            for (String name : namesByField.getOrDefault(field, List.of())) {
                for (String content : contents.getOrDefault(name, List.of())) {
                    if (out.stream().noneMatch(v -> v.content().equals(content))) {
                        out.add(new Value(name, content));
                    }
                }
            }
            return out;
        }
    }
}
