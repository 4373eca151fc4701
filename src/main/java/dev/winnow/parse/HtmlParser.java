package dev.winnow.parse;

import dev.winnow.pipeline.Page;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses decoded HTML into a Jsoup tree. Jsoup's parser caps element depth, so a page nested tens of
 * thousands of elements deep still parses into a tree every later stage can walk without deep recursion.
 */
public final class HtmlParser {

    public Page parse(Page page) {
        Document document = Parser.htmlParser().parseInput(page.html(), page.baseUrl());
        return page.withDocument(document);
    }
}
