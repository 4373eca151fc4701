package dev.winnow.deliver;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecordDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2019-10-19T19:08:22+02:00, 2019-10-19T17:08:22Z",
            "2019-10-19T19:08:22-05:00, 2019-10-20T00:08:22Z",
            "2019-10-19T19:08:22Z,      2019-10-19T19:08:22Z",
            "2019-10-19T19:08:22.123Z,  2019-10-19T19:08:22.123Z",
            "2019-10-19T19:08:22,       2019-10-19T19:08:22Z",
            "2019-10-19T19:08,          2019-10-19T19:08:00Z",
            "2019-10-19,                2019-10-19T00:00:00Z"})
    void eachFormTheMetadataStageWritesIsReadAsTheSameInstantEverywhere(String text, String instant) {
        assertThat(RecordDates.parse(text)).hasValueSatisfying(d -> assertThat(d.toInstant()).isEqualTo(Instant.parse(instant)));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2019-13-40", "2019-10-19T25:00:00Z", "19.10.2019", "2019-10-19T19:08:22+2"})
    void whatIsNoIsoDateIsLeftOutRatherThanGuessed(String text) {
        assertThat(RecordDates.parse(text)).isEmpty();
    }
}
