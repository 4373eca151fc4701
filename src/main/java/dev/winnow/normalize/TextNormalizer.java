package dev.winnow.normalize;

import dev.winnow.metadata.Metadata;
import dev.winnow.pipeline.Page;
import org.apache.commons.text.StringEscapeUtils;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalizes the text of the record: entities a page double-escaped are unescaped, invisible characters
 * (zero-width spaces and joiners, soft hyphens, byte-order marks) dropped, no-break and other Unicode spaces
 * made plain spaces, runs of blank lines folded to one, and the whole text put in Unicode NFC.
 */
public final class TextNormalizer {

    private static final Pattern LEFTOVER_ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");

    public Page normalize(Page page) {
        var article = page.article();
        var m = page.metadata();
        var metadata = new Metadata(inline(m.title()), m.published(), m.modified(), inline(m.source()),
                m.authors().stream().map(this::inline).filter(a -> !a.isEmpty()).toList(), inline(m.editor()),
                inline(m.siteName()), m.language(),
                m.breadcrumbs().stream().map(this::inline).filter(c -> !c.isEmpty()).toList(),
                m.tags().stream().map(this::inline).filter(t -> !t.isEmpty()).toList(),
                inline(m.description()), m.image(), m.canonicalUrl(), m.provenance());
        return page.withMetadata(metadata).withArticle(
                article.rendered(text(article.text()), markdown(article.markdown()), article.html()),
                page.outcome());
    }

    /** Plain text as the record holds it: paragraphs kept, spaces inside lines collapsed; null stays null. */
    public String text(String raw) {
        return raw == null ? null : nfc(fold(unescaped(raw), false));
    }

    /** A one-line value such as a title or an author: every run of white space becomes one space. */
    public String inline(String raw) {
        return raw == null ? null : nfc(fold(unescaped(raw), true));
    }

    /** Markdown keeps its indentation and hard breaks; only the characters are normalized. */
    public String markdown(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        String s = unescaped(raw);
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            newlines = c == '\n' ? newlines + 1 : 0;
            if (newlines <= 2) {
                out.append(c == '\u00A0' ? ' ' : c);
            }
        }
        return nfc(out.toString().strip());
    }

    /**
     * One pass over the text: invisible characters dropped, every kind of space made one plain space, spaces
     * around line breaks and at the ends removed, runs of blank lines folded to one blank line (or, for
     * {@code oneLine}, every line break made a space).
     */
    private static String fold(String s, boolean oneLine) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        int pendingNewlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\n' && !oneLine) {
                pendingNewlines++;
                pendingSpace = false;
            } else if (c == '\n' || isSpace(c)) {
                pendingSpace = pendingNewlines == 0;
            } else {
                if (out.length() > 0) {
                    if (pendingNewlines > 0) {
                        out.append(pendingNewlines == 1 ? "\n" : "\n\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingSpace = false;
                pendingNewlines = 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u3000'
                || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F';
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Entities a page escaped twice ("&amp;amp;", "&amp;#8217;") survive parsing as text; they are unescaped. */
    private static String unescaped(String s) {
        return s.indexOf('&') >= 0 && LEFTOVER_ENTITY.matcher(s).find() ? StringEscapeUtils.unescapeHtml4(s) : s;
    }
}
