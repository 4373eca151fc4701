package dev.winnow.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A metadata line under the headline, in each language Winnow reads, gives its date, source and author. */
class LabelledLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English    | Published: May 22, 2025 Source: City Desk Author: Ann Lee            | 2025-05-22 | City Desk   | Ann Lee
            Chinese    | 发布时间：2025年5月22日 12:41 来源：新华社 作者：张三                    | 2025-05-22T12:41:00 | 新华社 | 张三
            Japanese   | 公開日：2025年5月22日 出典：共同通信 著者：山田太郎                       | 2025-05-22 | 共同通信    | 山田太郎
            Korean     | 입력: 2025년 5월 22일 출처: 연합뉴스 작성자: 김민수                        | 2025-05-22 | 연합뉴스    | 김민수
            German     | Veröffentlicht am 22.05.2025 Quelle: dpa Autor: Max Müller           | 2025-05-22 | dpa         | Max Müller
            French     | Publié le 22 mai 2025 Source : AFP Auteur : Claire Martin            | 2025-05-22 | AFP         | Claire Martin
            Spanish    | Publicado el 22 de mayo de 2025 Fuente: EFE Autor: Luis García       | 2025-05-22 | EFE         | Luis García
            Portuguese | Publicado em 22/05/2025 Fonte: Lusa Autor: João Silva                | 2025-05-22 | Lusa        | João Silva
            Italian    | Pubblicato il 22 maggio 2025 Fonte: ANSA Autore: Marco Rossi         | 2025-05-22 | ANSA        | Marco Rossi
            Russian    | Опубликовано: 22 мая 2025 Источник: ТАСС Автор: Иван Петров          | 2025-05-22 | ТАСС        | Иван Петров
            """)
    void metadataLineGivesItsFields(String language, String line, String published, String source, String author) {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Headline of the day</h1><div class=\"info\">" + line
                + "</div><p>The body of the article, long enough to be prose and not a metadata line.</p></body></html>");
        assertThat(m.published()).isEqualTo(published);
        assertThat(m.source()).isEqualTo(source);
        assertThat(m.authors()).containsExactly(author);
        assertThat(m.provenance()).containsEntry("published", "visible-label");
    }

    @Test
    void aLabelOnALineOfItsOwnTakesTheNextLineAsItsValue() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Headline of the day</h1><dl><dt>Published:</dt>"
                + "<dd>2017-08-15</dd><dt>Updated:</dt><dd>2017-12-26</dd><dt>Autor:</dt><dd>Peter Maahn</dd></dl>"
                + "<p>The body of the article, long enough to be prose and not a metadata line.</p></body></html>");
        assertThat(m.published()).isEqualTo("2017-08-15");
        assertThat(m.authors()).containsExactly("Peter Maahn");
    }

    @Test
    void aLabelFollowedByAnotherLabelHasNoValue() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Headline of the day</h1><div>Auteur :</div>"
                + "<div>Auteur(s) :</div><p>The body of the article, long enough to be prose and not a metadata"
                + " line.</p></body></html>");
        assertThat(m.authors()).isEmpty();
    }

    @Test
    void aGermanVonWithAColonLabelsTheAuthor() {
        Metadata m = MetadataPages.fromHtml("<html><body><h1>Headline of the day</h1><div class=\"info\"><a href=\"#\">"
                + "<b>Von:</b><br><br>Götz Warnke</a></div><p>The body of the article, long enough to be prose and not a"
                + " metadata line.</p></body></html>");
        assertThat(m.authors()).containsExactly("Götz Warnke");
    }
}
