package dev.winnow.extract;

import dev.winnow.eval.Conversion;
import dev.winnow.metadata.MetadataLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateLinesTest {

    private final BoilerplateLines lines = new BoilerplateLines(new MetadataLabels());

    @ParameterizedTest
    @ValueSource(strings = {"© PiJu Stall 302", "Copyright © 2024 Example Media. All rights reserved.",
            "京ICP备05003456号", "edit:", "【大】【中】【小】", "【big】【centre】【small】", "字号：[ 大 中 小 ]",
            "A+ A A-", "上一篇：春季防汛工作会议召开", "下一篇", "« Previous post", "Next article",
            "【打印本页】 【关闭窗口】", "Print this page | Close window", "分享到：", "Share this article",
            "热门阅读排行", "Related articles", "Ähnliche Beiträge", "À lire aussi", "Read more: How the dam was built",
            "Release time:2025-05-22 12:41:10 Source: Internet sorting browse:"})
    void furnitureLinesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1] [2] 下一页", "[1] [2] [3]", "共3页: 上一页 1 2 3 下一页", "第1页 下一页", "第2页 共3页 上一页 下一页",
            "1 2 3 下一页 尾页", "2024/11/28 10:12 송고", "ⓒ 한결일보(www.example.kr) - 무단전재 및 재배포 금지",
            "<저작권자(c) 새빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "掲載記事の無断転載を禁じます。",
            "《 某某日报 》（ 2019年03月05日 01 版）", "(责编：王震、岳小彬)", "ページID：012345"})
    void cjkTemplateLinesArePageLinksFilingTimesReprintBansPrintEditionsEditorsAndPageNumbers(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"To read the rest of this story, purchase the issue here.",
            "To read the rest of this article, log in here:", "Return to citation in text: [1]", "Back to text",
            "Opens in a new window (52k)", "E-mail this article", "SEND THIS STORY TO A FRIEND",
            "Printer-friendly version"})
    void paywallPromptsBackLinksOfReferencesAndMailOrPrintLinksAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back To Top of Page", "Return to the top of the page.", "go to top of this page",
            "^ back to top", "[ Go to Top ]", "Up to Top", "Return to index", "Back to Archives",
            "Return to Table of Contents", "Email to a Friend", "| eMail to a Friend", "[ Printer Friendly Version ]"})
    void linksBackToTheTopOrTheIndexAndMailOrPrintLinksInBracketsAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Click here to enlarge image", "(click to enlarge)", "You are visitor number since March 8, "
            + "1996", "Hits since October 21, 1998.", "Get a GoStats hit counter", "Next section",
            "Previous message: A reader on remembering everything", "Read more...", "[ Full Story ]", "Full story »",
            "(Read more...)", "Continue reading »"})
    void enlargeNotesHitCountersReadMoreLinksAndLinksToTheNextMessageOrSectionAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back to the top of the hill we climbed, in the rain.", "Go to the index of the report "
            + "for the tables.", "Return to the archives of the old town council, the historian said.",
            "Click to enlarge the map, the guide says, and the trails show.", "Next section of the road opens in May.",
            "Read more quickly with these ten habits"})
    void sentencesThatBeginLikeLinksBackToTheTopOrTheIndexAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", "第1页的内容提要：本报告共分三个部分。", "2024年全市共建成保障性住房3000套。", "1 2 3",
            "2024/11/28 10:12 송고된 기사에 따르면 금리는 동결됐다."})
    void aFootnoteMarkOrASentenceAboutPagesIsNoPageLinks(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Skip directly to: Navigation, Content.", "Skip to navigation", "Skip to comments.",
            "Home > Tourist Guide > Travel basics > Money and costs", "You are here: Home » News » Local",
            "Please note: Your browser has been unable to load the stylesheet that accompanies this page.",
            "Note: You are seeing a plain version of this site because you're using an outdated web browser."})
    void skipLinksBreadcrumbTrailsAndBrowserNoticesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Return to the text of the treaty, the delegates agreed, was the only way forward.",
            "To read the rest of the report, the committee met again in May."})
    void sentencesThatBeginLikeThosePromptsAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Das könnte Sie auch interessieren!", "Schon gelesen?", "Zum Weiterlesen:", "Czytaj też",
            "Le puede interesar", "LE PUEDE INTERESAR: Un nuevo puente para la ciudad",
            "MIRA: El alcalde inaugura el puente", "Mire: El alcalde inaugura el puente"})
    void readAlsoLinesInSeveralLanguagesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Anzeige -", "Advertisement", "Reklama", "Gefällt mir Wird geladen …", "Loading...",
            "Merken", "Rezept drucken"})
    void adLabelsAndWidgetButtonsAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foto: Jane Doe/Agentur", "(Credit: Jane Doe / Example Agency)", "Bild: Werk",
            "Photograph by Jane Doe, Example Project", "Crédits photos : Agence", "Kuva: JANE DOE"})
    void photoCreditLinesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photos of the flood reached the newsroom within the hour, and the editors chose three.",
            "Bilder aus dem Archiv zeigen, wie die Brücke 1950 aussah."})
    void sentencesThatBeginWithPhotoWordsAreNotCredits(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VEA TAMBIÉN: El alcalde inaugura el puente", "Mehr zum Thema auf example.de",
            "Empfehlungen aus der Redaktion", "Auch auf example.de", "Weitere Tourentipps:"})
    void headingsOfTheSitesPicksAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mehr zum Thema Brückenbau erklärt die Ingenieurin im zweiten Teil des Gesprächs.",
            "Auch auf der Insel gab es im Sommer kaum Regen."})
    void sentencesThatBeginLikeTheSitesPicksStay(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die Brücke im Winter 1950. Foto: Jane Doe/Stadtarchiv",
            "The harbour at dawn. (Photo: Example Agency)", "Der Marktplatz am Morgen. | © Jane Doe",
            "The new station opened on Monday. (AFP/Jane Doe)", "Kaupungin tori aamulla. Kuva: JANE DOE"})
    void captionsEndingWithTheirPhotoCreditAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour at dawn, by Jane Doe/Example Agency",
            "Der Fotograf zeigte uns sein liebstes Bild: einen Sonnenaufgang über dem Hafen",
            "Die Stadt teilte mit (dpa), die Brücke bleibe bis Mai gesperrt."})
    void captionsWithABareAgencyCreditAndProseAboutPhotosStay(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
            "This post contains affiliate links, and we may earn a commission.", "Advertising disclosure",
            "Anzeige, enthält Affiliate Links"})
    void advertisingAndAffiliateDisclosuresAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Über den Autor", "About the author:", "Unterstütze unsere Arbeit!", "Support us",
            "Je fais un don", "Sie sind aktuell nicht eingeloggt.", "If you enjoyed reading this post, share it.",
            "We want to hear what you think about this article."})
    void authorBoxHeadingsAndAppealsToTheReaderAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Support us troops overseas, the senator said at the rally.",
            "The report contains affiliate data from three banks and was published on Monday."})
    void sentencesWithSupportOrAffiliateWordsAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beitragsbild", "Titelbild: Jane Doe", "Image illustrative", "Bild anzeigen",
            "Schlagworte:", "TAGS:", "Zurück zur Übersicht", "zurück zur Listenansicht"})
    void pictureLabelsTagHeadingsAndLinksBackToAnOverviewAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Themen wie Klima und Verkehr bestimmten den Wahlkampf.",
            "Zurück zur Normalität ging es erst im Frühjahr."})
    void sentencesThatBeginWithLabelWordsAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Example Weekly Newsletter", "Abonniere unseren Newsletter", "Jetzt kostenlos registrieren",
            "Mehr Themen:", "Weitere Artikel zum Thema:", "More stories from the newsroom", "Nächster Artikel"})
    void newsletterPromptsAndHeadingsOfMoreArticlesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The club printed its first newsletter in 1987 and mailed it to every member.",
            "Jetzt wollen die Eltern ihre Kinder in der neuen Schule anmelden, sagte die Leiterin."})
    void sentencesAboutNewslettersOrRegisteringAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Permalink", "Kontakt:", "Contact", "Weitere Informationen:", "Quellenangaben:"})
    void labelsLeftAloneAtTheFootOfAnArticleAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kontakt zur Polizei hatte der Mann nicht.", "More information will follow on Monday."})
    void sentencesThatBeginWithLabelsAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die Anzeige erschien am Montag in der Lokalzeitung.",
            "Loading the boats took the whole morning."})
    void sentencesWithAdOrWidgetWordsAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Subscribe now to our weekly edition for the full story.",
            "Never miss the latest news by signing up for our newsletter.", "Pour lire la suite, abonnez-vous.",
            "Follow The Daily Example on Twitter and Instagram @dailyexample",
            "For breaking news download our apps for iOS and Android."})
    void subscriptionFollowAndAppPromptsAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Readers who subscribe to the print edition pay less than they did last year.",
            "Follow the river north for two miles until you reach the bridge."})
    void sentencesAboutSubscribingOrFollowingAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Noch keine Bewertungen)", "Bewerten:", "War der Artikel nützlich?",
            "Was this article helpful?"})
    void ratingWidgetsAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mira: I grew up by the river, and the floods came every spring.",
            "Lea: We rebuilt the bridge ourselves."})
    void aNameHeadingAnInterviewLineIsNotAReadAlsoLine(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The copyright of the photographs belongs to the readers who sent them.",
            "She told us to print the list and close the door behind us.",
            "Next year the council will build a second embankment.",
            "大水过后，街道上留下厚厚的淤泥。", "Source of the figures: the regional water board, which published them on Monday."})
    void proseIsNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Warning: Creating default object from empty value in /var/www/site/lib/page.php on line 12",
            "This entry was posted in News. Bookmark the permalink.", "Eingestellt von Jane um 21:11",
            "Posted by Jane Doe at 9:15 PM"})
    void serverErrorsAndBlogFilingLinesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Les opinions exprimées dans ce blog n'engagent que leurs auteurs.",
            "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
            "The views expressed in this column are those of the author.",
            "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-4.0.",
            "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.", "(Alle Angaben ohne Gewähr)",
            "Für Links auf dieser Seite erhält der Verlag ggf. eine Provision.",
            "Kaufen Sie über diese Links, erhalten wir eine kleine Provision."})
    void disclaimersLicencesAndCommissionNoticesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿Sabías que tenemos canal de Telegram? Únete desde tu celular.",
            "¡Mira lo que tiene nuestro canal de YouTube!",
            "If you are already a subscriber, you can log in for immediate access.",
            "Want the weekly digest? Sign up here.", "Submit your letter to the editor via this form.",
            "Klicken Sie auf den unteren Button, um den Inhalt nachzuladen.",
            "Lesen Sie hier einen weiteren Beitrag zum Thema", "Weitere Infos unter www.example.org."})
    void promptsToJoinLogInSignUpOrLoadAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Es werden die Artikel 1 bis 10 von insgesamt 19 angezeigt!", "Showing 1-10 of 42 results",
            "Video verfügbar bis 28.02.2021"})
    void listCountersAndAvailabilityLinesAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A warning: the river may rise again tonight, the mayor said.",
            "The views of the valley are among the finest in the region.",
            "Readers argued about the plan in the comments for days, and the council listened.",
            "Die Gemeinde erhielt 10 bis 12 von insgesamt 40 Millionen Euro aus dem Fonds, sagte der Kämmerer.",
            "Tickets are available until the end of the month at the town hall and online.",
            "Posted by Jane Doe on May 2, 2012 at 5:27 pm", "Let us know what you think in the comments below."})
    void sentencesThatShareWordsWithTheseNoticesAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"À lire aussi » Le pont de la vieille ville rouvre au printemps",
            "Lesen Sie hier: Die Brücke bleibt bis Mai gesperrt", "Dowiedz się więcej: Most zostanie otwarty w maju",
            "Permalien https://blog.example/p/x1Y2", "Permalink: https://blog.example/2024/12/flood"})
    void readAlsoTeasersAfterAnArrowOrColonAndPermalinksWithTheirAddressAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lesen Sie hier, was der Bürgermeister zur Brücke sagte, und was die Ingenieure antworteten.",
            "Read more about the bridge in the archive of the town library."})
    void sentencesThatOpenLikeReadAlsoTeasersAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ann Example: The valley council voted on Tuesday to close the old stone bridge to cars"
            + " for six months while its arches are rebuilt.",
            "Von Max Beispiel: Der Gemeinderat hat am Dienstag beschlossen, die alte Steinbrücke für sechs Monate zu"
            + " sperren, solange ihre Bögen erneuert werden."})
    void aFirstParagraphThatOpensWithItsBylineIsProse(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This article is the copyrighted property of Blog Example Media. Written permission must be "
            + "obtained before reprint in online or print media, in whole or in part, for any use at all.",
            "This post contains references to products from one or more of our advertisers. We may receive "
                    + "compensation when you click on links to those products.",
            "This entry was posted on Monday, 2 December 2024 at 09:15 and is filed under News, Town, Weather. You "
                    + "can follow any responses to this entry through the RSS 2.0 feed.",
            "Der Beitrag wurde am Montag, den 2. Dezember 2024 um 09:15 Uhr veröffentlicht und wurde unter "
                    + "Allgemein, Stadt, Wetter abgelegt.",
            "Missing out on the latest posts? Enter your email below to receive future posts direct to your inbox."})
    void publisherNoticesAreRecognizedWholeParagraphs(String paragraph) {
        assertThat(lines.isNotice(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The foregoing is excerpted from The Salt Road by Jane Doe. All rights reserved. No part of "
            + "this book may be used or reproduced without written permission from the publisher.",
            "This feature was published in the May 1998 issue of the magazine. No material may be reproduced from this "
                    + "review without the written permission of the publishers.",
            "NOTE: In accordance with Title 17 U.S.C. section 107, this material is distributed without profit or "
                    + "payment to those who have expressed a prior interest in receiving this information.",
            "Links to non-federal organizations are provided solely as a service to our users. Links do not "
                    + "constitute an endorsement of any organization by the agency."})
    void reproductionBansFairUseNoticesAndLinkDisclaimersAreNotices(String paragraph) {
        assertThat(lines.isNotice(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No part of the old bridge may be used by lorries without a permit from the council, "
            + "which closed it to heavy traffic in the spring.",
            "The mayor said the new links to the ring road do not constitute a bypass, whatever the signs say."})
    void sentencesThatShareWordsWithReproductionBansOrLinkDisclaimersAreNotNotices(String paragraph) {
        assertThat(lines.isNotice(paragraph)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The lawyer said the company made no effort to filter copyrighted material from the "
            + "downloads of its users, and that the court agreed with her on every point of the appeal.",
            "The report was posted on Monday and contains references to products that the board tested, with "
                    + "the prices it paid for each of them."})
    void proseThatQuotesNoticeWordsIsNotANotice(String paragraph) {
        assertThat(lines.isNotice(paragraph)).isFalse();
    }

    @Test
    void publisherNoticesLongerThanALineAreDroppedFromTheArticle() {
        String text = new Conversion().resource("extract/publisher-notices.html").article().text();

        assertThat(text).doesNotContain("copyrighted property", "references to products", "follow any responses",
                "Der Beitrag wurde am", "Enter your email below", "À lire aussi", "for your personal, non-commercial use",
                "This entry was posted on Tuesday");
        assertThat(text).contains("The mayor thanked the volunteers", "including any copyrighted material from the survey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Puede escribirnos o suscribirse aquí a nuestra newsletter.",
            "Abonnez-vous à notre newsletter du matin", "Rezept drucken Bei Pinterest speichern Sterne anklicken zum Bewerten",
            "Print Recipe | Pin Recipe", "Bild anzeigen Bild schließen", "Blog Example is not responsible for the opinions of its contributors."})
    void newsletterPromptsRecipeCardButtonsAndContributorDisclaimersAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The newsletter, she said, was how most members first heard of the plan.",
            "Print recipes from the 1950s fill a whole shelf of the town library.",
            "The council is not responsible for the repairs, the water board said."})
    void sentencesAboutNewslettersRecipesOrResponsibilityStay(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @ValueSource(strings = {"By: Ann Example", "Source: Example News Agency, with reporting by the regional desk."})
    void shortLabelledLinesAreStillMetadata(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back to Unit Directory", "Return to HSC home page", "Go back to Main",
            "Back to The Fifties Menu", "Click here for more information", "See more", "Show more »", "Contact Us"})
    void linksBackToANamedPartOfTheSiteClickHereForMoreAndSeeMoreLinksAreRecognized(String line) {
        assertThat(lines.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back to the Garden", "Return to 290 Broadway", "Back to the Future",
            "Click here to read the rest of the interview", "Contact us if the river rises again tonight."})
    void titlesThatOpenLikeALinkBackAndClickHereLinksThatNameTheirTargetAreNotFurniture(String line) {
        assertThat(lines.isBoilerplate(line)).isFalse();
    }

    @Test
    void furnitureLinesBetweenBreaksGoWithTheirBreakWhileTheLinesAroundThemStay() {
        String text = new Conversion().resource("extract/lines-between-breaks.html").article().text();

        assertThat(text).doesNotContain("Back to Archives", "Return to citation", "Click here for more information",
                        "Back to Unit Directory")
                .contains("after the great flood of that spring.\nThe millstones came from France")
                .contains("Next: The bridge over the mill race", "Parish records of the mill, 1710 to 1790.",
                        "open to visitors on the first Sunday of every month.");
    }
}
