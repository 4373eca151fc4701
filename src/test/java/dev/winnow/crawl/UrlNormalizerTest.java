package dev.winnow.crawl;

import dev.winnow.pipeline.RuleList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer(RuleList.load("tracking-parameters.txt"));

    @ParameterizedTest
    @CsvSource({
            "HTTP://Example.COM/a, http://example.com/a",
            "http://example.com:80/a, http://example.com/a",
            "https://example.com:443/a, https://example.com/a",
            "http://example.com:8080/a, http://example.com:8080/a",
            "http://example.com/a#section, http://example.com/a",
            "http://example.com, http://example.com/",
            "http://example.com/a/../b/./c, http://example.com/b/c",
            "http://example.com/%7Euser, http://example.com/~user",
            "http://example.com/a?utm_source=x&id=3&utm_medium=y, http://example.com/a?id=3",
            "http://example.com/a?fbclid=abc, http://example.com/a",
            "http://example.com/a?gclid=1&UTM_Campaign=2&page=2, http://example.com/a?page=2",
    })
    void urlsThatNameTheSamePageAreSpelledTheSameWay(String given, String normalized) {
        assertThat(normalizer.normalize(given)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:someone@example.com", "javascript:void(0)", "ftp://example.com/file", "not a url"})
    void onlyHttpUrlsAreCrawled(String given) {
        assertThat(normalizer.normalize(given)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "http://example.com/a/b, ../c, http://example.com/c",
            "http://example.com/a/b, /d?utm_term=z, http://example.com/d",
            "http://example.com/a/b, e f, http://example.com/a/e%20f",
    })
    void linksResolveAgainstThePageTheyAreOn(String base, String link, String resolved) {
        assertThat(normalizer.resolve(base, link)).contains(resolved);
    }
}
