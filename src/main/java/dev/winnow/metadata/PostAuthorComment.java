package dev.winnow.metadata;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;

/**
 * The post's author as the comment thread names them: blog and forum software marks a reply written by the
 * author of the post with the class {@code bypostauthor} (WordPress and the themes and boards built on its
 * markup), so a page that prints no byline still tells its author by the name on that reply
 * ({@code <cite class="fn">}, or the comment's author element).
 */
final class PostAuthorComment {

    private static final Evaluator BY_POST_AUTHOR = QueryParser.parse(".bypostauthor");
    private static final Evaluator COMMENT_AUTHOR = QueryParser.parse(".fn, .comment-author");
    /** A name, not the comment's text that a theme wrapped in its author element. */
    private static final int MAX_NAME_CHARS = 60;

    private final AuthorNames names;

    PostAuthorComment(AuthorNames names) {
        this.names = names;
    }

    /** The one name on the first reply by the post's author, or none. */
    List<String> names(Document doc) {
        Element reply = doc.selectFirst(BY_POST_AUTHOR);
        if (reply == null) {
            return List.of();
        }
        Element author = reply.selectFirst(COMMENT_AUTHOR);
        if (author == null || author == reply) {
            return List.of();
        }
        Element fn = author.selectFirst(".fn");
        String text = (fn != null ? fn : author).text().strip();
        if (text.isEmpty() || text.length() > MAX_NAME_CHARS) {
            return List.of();
        }
        List<String> found = names.names(text);
        return found.size() == 1 ? found : List.of();
    }
}
