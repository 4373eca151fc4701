package dev.winnow.crawl;

import java.util.Optional;
import java.util.function.BiConsumer;

/** Per-URL state that outlives a crawl round: validators for conditional GET, the record a page gave, when. */
public interface UrlStateStore {

    Optional<UrlState> get(String url);

    void put(String url, UrlState state);

    /** Every URL with its state, read from the store as it goes (not loaded into memory at once). */
    void forEach(BiConsumer<String, UrlState> action);
}
