package dev.winnow.deliver.solr;

import dev.winnow.pipeline.RuleList;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which Solr field takes an article's text, by the record's language: {@code rules/solr-languages.txt} maps a
 * primary language subtag to a field analysed for that language; any other language goes to {@code text}.
 */
final class SolrLanguages {

    static final String NEUTRAL_FIELD = "text";

    private final Map<String, String> fields;

    private SolrLanguages(Map<String, String> fields) {
        this.fields = Map.copyOf(fields);
    }

    static SolrLanguages load() {
        Map<String, String> fields = new HashMap<>();
        for (String entry : RuleList.load("solr-languages.txt")) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("rules/solr-languages.txt: expected CODE FIELD, got " + entry);
            }
            fields.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return new SolrLanguages(fields);
    }

    /** @param language a BCP 47 tag such as {@code en}, {@code pt-BR} or {@code zh-Hans}, or null */
    String textField(String language) {
        if (language == null || language.isBlank()) {
            return NEUTRAL_FIELD;
        }
        String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return fields.getOrDefault(primary, NEUTRAL_FIELD);
    }
}
