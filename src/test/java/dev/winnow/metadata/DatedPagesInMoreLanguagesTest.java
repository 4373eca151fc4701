package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatedPagesInMoreLanguagesTest {

    @Test
    void aVietnameseDateNumbersItsMonth() {
        assertThat(MetadataPages.fromResource("vi-news-date.html").published()).isEqualTo("2025-05-22T12:41:00");
    }

    @Test
    void anArabicDateInArabicIndicDigitsWithTheMonthsNameIsRead() {
        assertThat(MetadataPages.fromResource("ar-news-date.html").published()).isEqualTo("2025-05-22");
    }

    @Test
    void aHungarianDatePutsTheYearBeforeTheMonthsName() {
        assertThat(MetadataPages.fromResource("hu-news-date.html").published()).isEqualTo("2025-05-22T12:41:00");
    }

    @Test
    void aCatalanDateElidesTheWordBeforeAMonthOpeningWithAVowel() {
        assertThat(MetadataPages.fromResource("ca-news-date.html").published()).isEqualTo("2025-04-22");
    }

    @Test
    void theStampAChinesePublishingSystemGivesAStorysFileDatesThePage() {
        assertThat(MetadataPages.fromResource("zh-cms-url-date.html").published()).isEqualTo("2025-05-22");
    }

    @Test
    void aMetaDateWrittenWithoutSeparatorsIsRead() {
        assertThat(MetadataPages.fromResource("compact-meta-date.html").published()).isEqualTo("2025-05-22T12:41:10");
    }
}
