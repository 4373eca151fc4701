package dev.winnow.crawl;

import dev.winnow.decode.Decoder;
import dev.winnow.parse.HtmlParser;
import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;

import java.util.List;
import java.util.Optional;

/**
 * The crawl route's second step: reads what the response means. A page's links and feeds and a listing's
 * entries are queued; a redirect queues its target; a 304 is news to nobody; a 404 or 410 of a recorded page
 * writes its deletion event. Links are read from the page decoded as the pipeline's decode stage decodes it.
 * A listing is a list, not a hop: its entries keep its depth. Only an HTML page to index comes out, as the
 * {@link Page} the pipeline takes; everything else ends here (null).
 */
public final class Discovery {

    private final UrlNormalizer normalizer;
    private final Decoder decoder;
    private final HtmlParser parser;
    private final LinkExtractor links;
    private final ListingReader listings;
    private final UrlAdmission admission;
    private final UrlStateStore states;
    private final CrawlRecordSink records;
    private final int maxRedirects;

    public Discovery(UrlNormalizer normalizer, Decoder decoder, HtmlParser parser, LinkExtractor links,
                     ListingReader listings, UrlAdmission admission, UrlStateStore states, CrawlRecordSink records,
                     int maxRedirects) {
        this.normalizer = normalizer;
        this.decoder = decoder;
        this.parser = parser;
        this.links = links;
        this.listings = listings;
        this.admission = admission;
        this.states = states;
        this.records = records;
        this.maxRedirects = maxRedirects;
    }

    public Page discover(CrawlTask task) {
        FetchResponse response = task.response();
        if (response == null) {
            return null;
        }
        CrawlUrl url = task.url();
        int status = response.status();
        if (status == 304) {
            task.finish(CrawlTask.Outcome.NOT_MODIFIED);
            return null;
        }
        if (status == 404 || status == 410) {
            UrlState previous = task.previous();
            if (previous == null || !previous.hasLiveRecord()) {
                throw new FetchException(url.url(), status, "HTTP " + status);
            }
            records.delete(previous.recordId(), url.url());
            task.finish(CrawlTask.Outcome.DELETED);
            return null;
        }
        if (status >= 300 && status < 400) {
            redirect(url, response.location());
            task.finish(CrawlTask.Outcome.REDIRECT);
            return null;
        }
        if (status != 200) {
            throw new FetchException(url.url(), status, "HTTP " + status);
        }
        if (response.body() == null) {
            task.finish(CrawlTask.Outcome.NOT_HTML);
            return null;
        }
        if (!ContentTypes.isHtml(response.contentType())) {
            list(url, response);
            task.finish(CrawlTask.Outcome.LISTING);
            return null;
        }
        // Decoded and parsed here, by the pipeline's own stages, for the links; the crawl route then joins the
        // pipeline after its parse step (direct:article) rather than parsing the page a second time.
        Page fetched = Page.of(new PageSource(null, url.url(), response.body(), response.contentType(), response.retrievedAt()));
        Page page = parser.parse(decoder.decode(fetched));
        PageLinks found = links.extract(page.document(), response.robotsTag());
        if (!found.nofollow()) {
            follow(found.links(), url.depth() + 1, CrawlUrl.Kind.PAGE);
            follow(found.feeds(), url.depth() + 1, CrawlUrl.Kind.LISTING);
        }
        if (found.noindex()) {
            task.finish(CrawlTask.Outcome.NOINDEX);
            return null;
        }
        return page;
    }

    private void redirect(CrawlUrl url, String location) {
        if (location == null) {
            throw new FetchException(url.url(), 0, "a redirect without a Location header");
        }
        String target = normalizer.resolve(url.url(), location)
                .orElseThrow(() -> new FetchException(url.url(), 0, "a redirect to an unusable URL: " + location));
        if (target.equals(url.url()) || url.redirects().contains(target)) {
            throw new FetchException(url.url(), 0, "redirect loop: " + String.join(" -> ", url.redirects())
                    + (url.redirects().isEmpty() ? "" : " -> ") + url.url() + " -> " + target);
        }
        if (url.redirects().size() >= maxRedirects) {
            throw new FetchException(url.url(), 0, "more than " + maxRedirects + " redirects in a row");
        }
        boolean fromSeed = url.depth() == 0 && url.kind() == CrawlUrl.Kind.PAGE;
        admission.admit(url.redirectedTo(target), fromSeed);
    }

    private void list(CrawlUrl url, FetchResponse response) {
        ListingReader.Listing listing = listings.read(url.url(), response.contentType(), response.body());
        for (String nested : listing.listings()) {
            normalizer.normalize(nested).ifPresent(target ->
                    admission.admit(CrawlUrl.found(target, url.depth(), CrawlUrl.Kind.LISTING), false));
        }
        for (ListingReader.Entry entry : listing.pages()) {
            normalizer.normalize(entry.url()).ifPresent(target -> {
                Optional<UrlState> known = states.get(target);
                boolean unchangedSince = entry.lastModified() != null && known.isPresent()
                        && known.get().hasLiveRecord() && known.get().fetchedAt() >= entry.lastModified().toEpochMilli();
                if (!unchangedSince) {
                    admission.admit(CrawlUrl.found(target, url.depth(), CrawlUrl.Kind.PAGE), false);
                }
            });
        }
    }

    private void follow(List<String> hrefs, int depth, CrawlUrl.Kind kind) {
        for (String href : hrefs) {
            normalizer.normalize(href).ifPresent(target -> admission.admit(CrawlUrl.found(target, depth, kind), false));
        }
    }
}
