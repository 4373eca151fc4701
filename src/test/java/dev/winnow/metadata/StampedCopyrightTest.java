package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StampedCopyrightTest {

    private static String page(String footer) {
        return "<html lang=\"de\"><body><article><h1>Gefahrstoffmanagement</h1>"
                + "<p>The text of the article, long enough to be one.</p></article>"
                + "<footer><p>" + footer + "</p></footer></body></html>";
    }

    @Test
    void aPageWithNoOtherDateIsDatedByTheDayStampedOnItsCopyrightNotice() {
        Metadata m = MetadataPages.fromHtml(page("Copyright © 19.12.2019 - 12:14 h by Qualimed GmbH. All rights reserved."));
        assertThat(m.published()).isEqualTo("2019-12-19T12:14:00");
    }

    @Test
    void aCopyrightNoticeWithOnlyAYearDatesNothing() {
        assertThat(MetadataPages.fromHtml(page("© 2019 Qualimed GmbH. All rights reserved.")).published()).isNull();
    }
}
