package dev.winnow.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The article as HTML a CMS can embed: only the tags and attributes of Jsoup's relaxed {@link Safelist}
 * (no scripts, handlers or styles), every link and image made absolute against the page's URL.
 */
public final class HtmlSanitizer {

    private final Cleaner absolute = new Cleaner(Safelist.relaxed().preserveRelativeLinks(false));
    /** A saved page with no URL and no canonical link has nothing to resolve against: its links stay relative. */
    private final Cleaner relative = new Cleaner(Safelist.relaxed().preserveRelativeLinks(true));

    /** The cleaner copies what it keeps, so the root is moved into the shell, not cloned; render it last. */
    public String sanitize(Element root, String baseUrl) {
        Document shell = Document.createShell(baseUrl);
        shell.body().appendChild(root);
        Document clean = (baseUrl.isEmpty() ? relative : absolute).clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
