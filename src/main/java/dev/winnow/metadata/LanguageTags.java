package dev.winnow.metadata;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Language labels as pages write them ("zh_CN", "en-us", "EN") made BCP 47 tags ("zh-CN", "en-US", "en"). */
final class LanguageTags {

    private LanguageTags() {
    }

    /** The BCP 47 tag, or null when the label names no language. */
    static String bcp47(String label) {
        if (label == null) {
            return null;
        }
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
