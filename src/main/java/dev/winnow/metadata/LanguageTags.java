package dev.winnow.metadata;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Language labels as pages write them ("zh_CN", "en-us", "EN") made BCP 47 tags ("zh-CN", "en-US", "en"). */
final class LanguageTags {

    /**
     * Tags already read: pages and the detector repeat a few dozen labels, and building a Locale (or failing to,
     * by an exception) for each costs more than the rest of the lookup. Bounded, since labels come from pages.
     */
    private static final Map<String, Optional<String>> READ = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 2048;

    private LanguageTags() {
    }

    /** The BCP 47 tag, or null when the label names no language. */
    static String bcp47(String label) {
        if (label == null) {
            return null;
        }
        Optional<String> known = READ.get(label);
        if (known != null) {
            return known.orElse(null);
        }
        String tag = read(label);
        if (READ.size() < MAX_REMEMBERED) {
            READ.put(label, Optional.ofNullable(tag));
        }
        return tag;
    }

    private static String read(String label) {
        String s = label.strip().replace('_', '-');
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(s).build();
            String tag = locale.toLanguageTag();
            return tag.equals("und") || locale.getLanguage().isEmpty() ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
