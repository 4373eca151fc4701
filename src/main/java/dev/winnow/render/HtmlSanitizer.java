package dev.winnow.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The article as HTML a CMS can embed: only the tags and attributes of Jsoup's relaxed {@link Safelist}
 * (no scripts, handlers or styles). Addresses were made absolute and their protocols checked before
 * ({@link ArticleLinks}), so the safelist here checks no protocols: checking them would resolve every address
 * again, which took most of this step's time.
 */
public final class HtmlSanitizer {

    private final Cleaner cleaner = new Cleaner(
            ArticleLinks.withoutProtocolChecks(Safelist.relaxed().preserveRelativeLinks(true)));

    /** The cleaner copies what it keeps, so the root is moved into the shell, not cloned; render it last. */
    public String sanitize(Element root, String baseUrl) {
        Document shell = Document.createShell(baseUrl);
        shell.body().appendChild(root);
        Document clean = cleaner.clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
