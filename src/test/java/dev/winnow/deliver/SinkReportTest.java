package dev.winnow.deliver;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SinkReportTest {

    @Test
    void theRateCountsEveryRecordTheSinkAnsweredOverTheTimeSpentSending() {
        SinkReport report = new SinkReport("kafka:articles", 1_900, 100, 0, null, Duration.ofMillis(500));

        assertThat(report.rate()).isEqualTo(4_000.0);
        assertThat(report.summary())
                .isEqualTo("kafka:articles: 1900 delivered, 100 rejected, 0 pending in 0.50 s of sending (4000 records/s)");
    }

    @Test
    void aSinkThatTookNothingHasNoRateToReport() {
        SinkReport report = new SinkReport("kafka:articles", 0, 0, 12, "broker down", Duration.ZERO);

        assertThat(report.rate()).isZero();
        assertThat(report.summary()).isEqualTo("kafka:articles: 0 delivered, 0 rejected, 12 pending (gave up: broker down)");
    }
}
