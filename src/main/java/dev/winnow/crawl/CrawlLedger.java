package dev.winnow.crawl;

import dev.winnow.record.ArticleRecord;

/** The crawl route's last step: notes on the URL's task which record its page gave. */
public final class CrawlLedger {

    public void remember(ArticleRecord record, CrawlTask task) {
        task.recorded(record.id());
    }
}
