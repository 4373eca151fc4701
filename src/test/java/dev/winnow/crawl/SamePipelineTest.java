package dev.winnow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SamePipelineTest {

    @TempDir
    Path folder;

    @Test
    void aFetchedPageGivesTheSameRecordAsTheSamePageSaved() throws Exception {
        String html = TestSite.article("One pipeline, two sources").replace("<head>",
                "<head><meta name=\"author\" content=\"Ada Writer\"><meta property=\"og:site_name\" content=\"Test\">");
        Path saved = folder.resolve("page.html");
        Files.writeString(saved, html, StandardCharsets.UTF_8);
        JsonNode converted;
        JsonNode fetched;
        try (TestSite site = TestSite.start()) {
            site.page("/", html);
            fetched = new CrawlRun(folder.resolve("crawl")).crawl("--max-depth", "0", site.url("/")).records().get(0);
        }
        assertThat(Main.run("convert", "--out", folder.resolve("convert").toString(), saved.toString())).isZero();
        converted = CrawlRun.lines(folder.resolve("convert").resolve("records.jsonl")).get(0);

        for (String field : List.of("article", "title", "author", "siteName", "language", "text", "markdown", "html",
                "wordCount", "contentHash", "charset", "deleted")) {
            assertThat(fetched.path(field)).as(field).isEqualTo(converted.path(field));
        }
    }
}
