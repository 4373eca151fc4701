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

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\x0B\\f\\r]");
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
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(characters(raw)).replaceAll(" ");
        s = s.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").replaceAll(" {2,}", " ");
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** A one-line value such as a title or an author: every run of white space becomes one space. */
    public String inline(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(characters(raw)).replaceAll(" ").replaceAll("\\s+", " ");
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    /** Markdown keeps its indentation and hard breaks; only the characters are normalized. */
    public String markdown(String raw) {
        if (raw == null) {
            return null;
        }
        String s = characters(raw).replace('\u00A0', ' ').replaceAll("\n{3,}", "\n\n");
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static String characters(String raw) {
        String s = raw;
        if (LEFTOVER_ENTITY.matcher(s).find()) {
            s = StringEscapeUtils.unescapeHtml4(s);
        }
        return INVISIBLE.matcher(s).replaceAll("");
    }
}
