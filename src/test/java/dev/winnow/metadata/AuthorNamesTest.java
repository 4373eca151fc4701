package dev.winnow.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorNamesTest {

    private final AuthorNames names = new AuthorNames(new DateParser());

    @Test
    void aDateLeadInOpeningTheBylineLeavesTheNameAfterTheDate() {
        assertThat(names.names("Posted on September 21, 2020 by Adi Tzlil")).containsExactly("Adi Tzlil");
    }

    @Test
    void aPaperNamedAfterTheAuthorsWithForTheIsNoPartOfTheirNames() {
        assertThat(names.names("Glen Owen And Brendan Carlin For The Mail On Sunday")).containsExactly("Glen Owen", "Brendan Carlin");
    }

    @Test
    void theSameWordsAfterTheNameStillEndIt() {
        assertThat(names.names("Jane Doe Posted on May 2, 2020")).containsExactly("Jane Doe");
    }

    @Test
    void aTailWordNotLeadingToADateStillDropsTheLine() {
        assertThat(names.names("Photos: John Roe")).isEmpty();
    }

    @Test
    void aWeekdayShortFormRightBeforeTheDateIsNoPartOfTheName() {
        assertThat(names.names("Von Tomas Spahn Fr, 18.10.2019")).containsExactly("Tomas Spahn");
    }

    @Test
    void aShortNameBeforeTheDateThatCouldBeAWeekdayStays() {
        assertThat(names.names("By Jack Do, 18.10.2019")).containsExactly("Jack Do");
    }

    @Test
    void aRoleAfterTheNameIsNoSecondPerson() {
        assertThat(names.names("Uta Staschewski, Projektleiterin der Stiftung in Tunesien"))
                .containsExactly("Uta Staschewski");
    }

    @Test
    void aSecondNameWithAParticleIsStillAPerson() {
        assertThat(names.names("Jane Doe, Ludwig van Beethoven")).containsExactly("Jane Doe", "Ludwig van Beethoven");
    }

    @Test
    void theFrenchAuthorLabelIsNoPartOfTheName() {
        assertThat(names.names("Auteur: Anna Kubišta")).containsExactly("Anna Kubišta");
    }

    @Test
    void anAccountNameWithDigitsIsAName() {
        assertThat(names.names("von Marianne1")).containsExactly("Marianne1");
    }

    @Test
    void aWordAndANumberAreNoAccountName() {
        assertThat(names.names("Folge 12")).isEmpty();
    }

    @Test
    void aWireAfterAFullNameAndASlashIsNoAuthor() {
        assertThat(names.names("Peter Maahn/SP-X")).containsExactly("Peter Maahn");
    }

    @Test
    void aWireAfterInitialsAndASlashStaysInTheCredit() {
        assertThat(names.names("det/dpa")).containsExactly("det", "dpa");
    }

    @Test
    void aLawyersTitleBeforeTheNameIsNoPartOfIt() {
        assertThat(names.names("Rechtsanwalt Sebastian Einbock")).containsExactly("Sebastian Einbock");
    }

    @Test
    void aRelativeTimeAndAReadingTimeAfterTheLastNameAreNoPartOfIt() {
        assertThat(names.names("Inés Castro, Tomás Rivas y Ana María Soto Hace 13 horas Tiempo de lectura: 8 minutos"))
                .containsExactly("Inés Castro", "Tomás Rivas", "Ana María Soto");
    }

    @Test
    void aPublishedAgoTailAfterABarLeavesOnlyTheName() {
        assertThat(names.names("Ana María Soto | Publicado hace 3 horas")).containsExactly("Ana María Soto");
    }

    @Test
    void aBracketThatTheNameOpensAndClosesStays() {
        assertThat(names.names("Steven Lee (stevenlee)")).containsExactly("Steven Lee (stevenlee)");
    }

    @Test
    void aBracketLeftOpenWhenTheBylineWasSplitIsDropped() {
        assertThat(names.names("Ana Ruiz (with Ben Cole and Eva Sato)")).containsExactly("Ana Ruiz (with Ben Cole", "Eva Sato");
    }

    @Test
    void aNameWhollyInBracketsLosesThem() {
        assertThat(names.names("(AP)")).containsExactly("AP");
    }

    @Test
    void theBracketsAroundARemovedAddressGoWithIt() {
        assertThat(names.names("Bradley Kuhn (http://blog.example/bkuhn/)")).containsExactly("Bradley Kuhn");
    }

    @Test
    void theTimeZoneOfACutTimeIsNoSecondName() {
        assertThat(names.names("jdoe, 10:32 AM EDT")).containsExactly("jdoe");
    }

    @Test
    void aFeedLinkAfterTheNameIsCut() {
        assertThat(names.names("Jane Doe RSS feed")).containsExactly("Jane Doe");
    }

    @Test
    void anArticleCreditLeadInIsCut() {
        assertThat(names.names("Article by Jane Doe")).containsExactly("Jane Doe");
        assertThat(names.names("Article by")).isEmpty();
    }

    @Test
    void aPermalinkAndARightsLineAreNoNames() {
        assertThat(names.names("Jane Doe | Permalink | Trackback")).containsExactly("Jane Doe");
        assertThat(names.names("All Rights Reserved")).isEmpty();
    }

    @Test
    void theCategoriesAPostWasFiledUnderAreNoNames() {
        assertThat(names.names("Tom Baker in News, Reviews")).containsExactly("Tom Baker");
    }

    @Test
    void aFilingBeforeTheNameIsCut() {
        assertThat(names.names("Posted in Architecture By Lavinia")).containsExactly("Lavinia");
    }

    @Test
    void anInThatBelongsToTheRoleAfterACommaIsLeftToTheRoleRule() {
        assertThat(names.names("Uta Berg, head of the office in Tunis")).containsExactly("Uta Berg");
    }

    @Test
    void anInInsideABodysNameStays() {
        assertThat(names.names("Verein Alte Mühle in Horka e.V.")).containsExactly("Verein Alte Mühle in Horka e.V");
    }

    @Test
    void aReportersTitleAfterTheNameIsNoPartOfIt() {
        assertThat(names.names("김민수 기자")).containsExactly("김민수");
    }

    @Test
    void aReportersTitleBeforeTheNameIsCutAsALabel() {
        assertThat(names.names("기자 김민수")).containsExactly("김민수");
    }
}
