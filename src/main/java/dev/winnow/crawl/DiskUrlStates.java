package dev.winnow.crawl;

import org.h2.mvstore.MVMap;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The per-URL state in the embedded store. */
public final class DiskUrlStates implements UrlStateStore {

    private final MVMap<String, String> states;

    public DiskUrlStates(CrawlDatabase database) {
        this.states = database.map("urls");
    }

    @Override
    public Optional<UrlState> get(String url) {
        return Optional.ofNullable(states.get(url)).map(json -> CrawlDatabase.read(json, UrlState.class));
    }

    @Override
    public void put(String url, UrlState state) {
        states.put(url, CrawlDatabase.write(state));
    }

    @Override
    public void forEach(BiConsumer<String, UrlState> action) {
        for (Map.Entry<String, String> entry : states.entrySet()) {
            action.accept(entry.getKey(), CrawlDatabase.read(entry.getValue(), UrlState.class));
        }
    }
}
