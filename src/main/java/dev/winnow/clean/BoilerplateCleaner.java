package dev.winnow.clean;

import dev.winnow.pipeline.Page;

/** Prunes what is never article content: scripts, styles, forms, navigation and page furniture. */
public final class BoilerplateCleaner {

    public Page clean(Page page) {
        page.document().select("script, style, noscript, template, iframe, form, nav, header, footer, aside").remove();
        return page;
    }
}
