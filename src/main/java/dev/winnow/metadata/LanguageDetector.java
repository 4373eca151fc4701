package dev.winnow.metadata;

import dev.winnow.pipeline.Page;

/** Settles the article's language from its declared language and its text. */
public final class LanguageDetector {

    public Page detect(Page page) {
        return page;
    }
}
