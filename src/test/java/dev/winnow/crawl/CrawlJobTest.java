package dev.winnow.crawl;

import dev.winnow.deliver.SinkUri;
import dev.winnow.pipeline.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrawlJobTest {

    @Test
    void aJobsFileNamesEachJobsSeedsScheduleAndOwnSettings() {
        Properties file = new Properties();
        file.setProperty("winnow.run.jobs", "news, docs");
        file.setProperty("winnow.job.news.seeds", "https://news.example.com/?utm_source=x, https://news.example.com/feed.xml");
        file.setProperty("winnow.job.news.cron", "0 0/30 * * * ?");
        file.setProperty("winnow.job.news.delay", "2s");
        file.setProperty("winnow.job.docs.seeds", "https://docs.example.com/");
        file.setProperty("winnow.job.docs.cron", "0 0 3 * * ?");

        List<CrawlJob> jobs = CrawlJob.load(Settings.load(), file);

        assertThat(jobs).extracting(CrawlJob::name).containsExactly("news", "docs");
        CrawlOptions news = jobs.get(0).options(Settings.load(), Path.of("out"), Path.of("out/state"));
        assertThat(news.seeds()).containsExactly("https://news.example.com/", "https://news.example.com/feed.xml");
        assertThat(news.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(news.state()).isEqualTo(Path.of("out/state/news"));
        assertThat(jobs.get(1).options(Settings.load(), Path.of("out"), Path.of("out/state")).delay())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aJobsSinksAreReadFromItsSinksSettingAndAJobWithoutOneHasNone() {
        Properties file = new Properties();
        file.setProperty("winnow.run.jobs", "news, docs");
        file.setProperty("winnow.job.news.seeds", "https://news.example.com/");
        file.setProperty("winnow.job.news.cron", "0 0/30 * * * ?");
        file.setProperty("winnow.job.news.sinks", "jdbc:h2:/tmp/db?table=articles, http://127.0.0.1:8080/hook");
        file.setProperty("winnow.job.docs.seeds", "https://docs.example.com/");
        file.setProperty("winnow.job.docs.cron", "0 0 3 * * ?");

        List<CrawlJob> jobs = CrawlJob.load(Settings.load(), file);

        assertThat(jobs.get(0).sinks()).extracting(SinkUri::display)
                .containsExactly("jdbc:h2:/tmp/db?table=articles", "http://127.0.0.1:8080/hook");
        assertThat(jobs.get(1).sinks()).isEmpty();
    }

    @Test
    void aJobWithASinkOfNoKnownKindIsRefusedNamingTheJob() {
        Properties file = new Properties();
        file.setProperty("winnow.run.jobs", "news");
        file.setProperty("winnow.job.news.seeds", "https://news.example.com/");
        file.setProperty("winnow.job.news.cron", "0 0/30 * * * ?");
        file.setProperty("winnow.job.news.sinks", "ftp://127.0.0.1/drop");

        assertThatThrownBy(() -> CrawlJob.load(Settings.load(), file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("job news: unknown sink");
    }

    @Test
    void aJobWithoutAValidScheduleIsRefusedWithTheReason() {
        Properties file = new Properties();
        file.setProperty("winnow.run.jobs", "broken");
        file.setProperty("winnow.job.broken.seeds", "https://example.com/");
        file.setProperty("winnow.job.broken.cron", "every hour");

        assertThatThrownBy(() -> CrawlJob.load(Settings.load(), file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a cron expression");
    }
}
