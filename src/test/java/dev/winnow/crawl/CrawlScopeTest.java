package dev.winnow.crawl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CrawlScopeTest {

    @ParameterizedTest
    @CsvSource({
            "host, http://news.example.com/a, true",
            "host, http://www.example.com/a, false",
            "domain, http://www.example.com/a, true",
            "domain, http://example.org/a, false",
            "prefix, http://news.example.com/section/a, true",
            "prefix, http://news.example.com/other/a, false",
    })
    void aScopeKeepsTheCrawlNearItsSeed(CrawlScope.Mode mode, String url, boolean admitted) {
        CrawlScope scope = new CrawlScope(List.of("http://news.example.com/section/index.html"), mode, null, null, 5);

        assertThat(scope.admits(url, 1)).isEqualTo(admitted);
    }

    @ParameterizedTest
    @CsvSource({"5, true", "6, false"})
    void urlsDeeperThanTheLimitAreLeftOut(int depth, boolean admitted) {
        CrawlScope scope = new CrawlScope(List.of("http://example.com/"), CrawlScope.Mode.host, null, null, 5);

        assertThat(scope.admits("http://example.com/deep", depth)).isEqualTo(admitted);
    }
}
