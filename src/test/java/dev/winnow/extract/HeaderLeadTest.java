package dev.winnow.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderLeadTest {

    private final HeaderLead headerLead = new HeaderLead();

    @Test
    void aLeadNamedInsideAnUnnamedRowBetweenTheHeadlineAndTheBodyIsFound() throws IOException {
        Document page = page("nested-lead.html");

        assertLeadOpensWith(page, "div.copy", "From the first of May the ferry to the island");
    }

    @Test
    void theCaptionBesideALeadPictureIsNotTheLead() throws IOException {
        Document page = page("nested-lead.html");
        page.selectFirst("div.intro-text").prepend("<img src=\"ferry.jpg\" alt=\"\">");

        assertThat(leadBefore(page, "div.copy")).isNull();
    }

    @Test
    void onAPageWithNoH1TheLeadAfterAnH2HeadlineIsFound() throws IOException {
        Document page = page("h2-headline-lead.html");

        assertLeadOpensWith(page, "div.story-body", "Starting next month the library will open");
    }

    @Test
    void aBlockNamedLeaderBetweenTheHeadlineAndTheBodyIsTheLead() throws IOException {
        Document page = page("leader-lead.html");

        assertLeadOpensWith(page, "div.text", "Bis zum Herbst sollen drei neue Radwege");
    }

    @Test
    void aLongH2RightUnderTheH1IsTheLead() throws IOException {
        Document page = page("h2-subtitle.html");

        assertLeadOpensWith(page, "div.content", "Neighbours raised enough money in six weeks");
    }

    @Test
    void aLongH2UnderTheH1InsideTheHeadlineBoxBeforeTheBodysColumnIsTheLead() throws IOException {
        Document page = page("h2-subtitle-in-headline-box.html");

        assertLeadOpensWith(page, "div.story", "The island's ferry company will charge");
    }

    @Test
    void anH2UnderAnH1ThatIsOnlyTheSiteLogoLinkIsTheSitesMottoNotTheLead() throws IOException {
        Document page = page("h2-subtitle-in-headline-box.html");
        page.selectFirst("h1").html("<a href=\"/\"><img src=\"logo.png\" alt=\"Island News\"></a>");

        assertThat(leadBefore(page, "div.story")).isNull();
    }

    @Test
    void anH2AfterAParagraphOfProseIsNotTheLead() throws IOException {
        Document page = page("h2-subtitle.html");
        page.selectFirst("h1").after("<p>Reported by the village newsletter team, who spoke to the trust's members this week.</p>");

        assertThat(leadBefore(page, "div.content")).isNull();
    }

    @Test
    void aSubtitleNamedAsSuchUnderTheHeadlineIsTheLeadEvenWhenItIsOneShortSentence() throws IOException {
        Document page = page("short-subtitle-lead.html");

        assertLeadOpensWith(page, "div.article-copy", "Ninety swimmers will race");
    }

    @Test
    void theLeadIsFoundBetweenTheSelectedBlocksWhenAShortLineJoinedTheBodyBeforeIt() throws IOException {
        Document page = page("lead-after-print-line.html");
        Element body = page.body();
        List<Element> selection = List.of(page.selectFirst("header.print-header"), page.selectFirst("div.article-wrapper"));

        HeaderLead.Found found = headerLead.find(selection, body, TextStatistics.of(body, 80));

        assertThat(found).isNotNull();
        assertThat(found.lead().text()).startsWith("From March a sleeper");
        assertThat(found.before()).isEqualTo(1);
    }

    /** The lead found before the body's block exists and opens with the given words. */
    private void assertLeadOpensWith(Document page, String body, String opening) {
        Element lead = leadBefore(page, body);
        assertThat(lead).isNotNull();
        assertThat(lead.text()).startsWith(opening);
    }

    private Element leadBefore(Document page, String bodySelector) {
        Element body = page.body();
        HeaderLead.Found found = headerLead.find(List.of(page.selectFirst(bodySelector)), body, TextStatistics.of(body, 80));
        return found == null ? null : found.lead();
    }

    private static Document page(String name) throws IOException {
        try (InputStream in = HeaderLeadTest.class.getResourceAsStream("/pages/extract/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
