package dev.winnow.decode;

import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.PageSource;
import dev.winnow.pipeline.StageException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final Decoder decoder = new Decoder(new CharsetSniffer(), new CharsetLabels());

    private Page decode(byte[] bytes, String contentType) {
        return decoder.decode(Page.of(new PageSource("page.html", null, bytes, contentType, Instant.EPOCH)));
    }

    private Page decode(byte[] bytes) {
        return decode(bytes, null);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", name));
    }

    /** A sample's text with its charset declaration taken out, to be encoded anew. */
    private static String undeclared(String name, Charset charset) throws IOException {
        return new String(sample(name), charset).replaceAll("(?i)<meta[^>]*charset[^>]*>", "");
    }

    @Test
    void aUtf8ByteOrderMarkWinsOverAMetaThatSaysLatin1() throws IOException {
        Page page = decode(sample("utf8-bom.html"));
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.charsetEvidence()).isEqualTo("bom");
        assertThat(page.html()).startsWith("<!DOCTYPE").contains("La médiathèque de Saint-Aubin ouvre le dimanche à l’essai");
    }

    @Test
    void aUtf16ByteOrderMarkDecodesUtf16() {
        byte[] body = "<html><body><p>Grüße aus Köln</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Page page = decode(bytes);
        assertThat(page.charset()).isEqualTo("UTF-16LE");
        assertThat(page.html()).isEqualTo("<html><body><p>Grüße aus Köln</p></body></html>");
    }

    @Test
    void theHttpHeaderCharsetIsUsedForAPageThatDeclaresNothing() throws IOException {
        byte[] bytes = undeclared("ru-article-cp1251.html", CP1251).getBytes(CP1251);
        Page page = decode(bytes, "text/html; charset=windows-1251");
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.charsetEvidence()).isEqualTo("http-header");
        assertThat(page.html()).contains("В городском парке высадят двести новых лип");
    }

    @Test
    void validUtf8BeatsAMetaThatSaysGb2312() throws IOException {
        Page page = decode(sample("seed-utf8.html"));
        assertThat(page.charset()).isEqualTo("UTF-8");
        assertThat(page.charsetEvidence()).isEqualTo("valid-utf8");
        assertThat(page.html()).contains("餐饮行业新闻资讯", "if a微商 (micro-business owner)", "热门阅读排行");
    }

    @Test
    void aGbkPageDeclaredGb2312IsReadAsGb18030() throws IOException {
        Page page = decode(sample("seed-gbk.html"));
        assertThat(page.charset()).isEqualTo("GB18030");
        assertThat(page.charsetEvidence()).isEqualTo("meta");
        assertThat(page.html()).contains("餐饮行业新闻资讯", "if a微商 (micro-business owner)", "热门阅读排行");
    }

    @Test
    void aGbkDeclarationCoversCharactersOnlyGb18030Has() {
        String html = "<html><head><meta charset=\"gbk\"></head><body><p>生僻字𠀀与欧元符号€都能读出</p></body></html>";
        Page page = decode(html.getBytes(GB18030));
        assertThat(page.charset()).isEqualTo("GB18030");
        assertThat(page.html()).contains("生僻字𠀀与欧元符号€都能读出");
    }

    @Test
    void aMetaHttpEquivDeclarationIsRead() throws IOException {
        Page page = decode(sample("ru-article-cp1251.html"));
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.charsetEvidence()).isEqualTo("meta");
        assertThat(page.html()).contains("«Мы понимаем, что жителям жалко старых деревьев");
    }

    @Test
    void anXmlDeclarationIsRead() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Съешь же ещё этих мягких французских булок</p></body></html>";
        Page page = decode(xhtml.getBytes(CP1251));
        assertThat(page.charset()).isEqualTo("windows-1251");
        assertThat(page.charsetEvidence()).isEqualTo("meta");
        assertThat(page.html()).contains("Съешь же ещё этих мягких французских булок");
    }

    @Test
    void aLatin1DeclarationIsReadAsWindows1252() {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>\u201cQuoted\u201d \u2014 caf\u00e9</p>".getBytes(CP1252);
        Page page = decode(bytes);
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.html()).contains("\u201cQuoted\u201d \u2014 caf\u00e9");
    }

    @Test
    void anUndeclaredShiftJisPageIsDetected() throws IOException {
        String html = undeclared("ja-article.html", StandardCharsets.UTF_8);
        Page page = decode(html.getBytes(SHIFT_JIS));
        assertThat(page.charsetEvidence()).isEqualTo("detected");
        assertThat(page.charset()).isIn("windows-31j", "Shift_JIS");
        assertThat(page.html()).contains("廃線危機のローカル線、観光列車で乗客が二倍に");
    }

    @Test
    void anUndeclaredGbkPageIsDetectedAndReadAsGb18030() throws IOException {
        String html = undeclared("zh-news-gbk.html", GB18030);
        Page page = decode(html.getBytes(Charset.forName("GBK")));
        assertThat(page.charsetEvidence()).isEqualTo("detected");
        assertThat(page.charset()).isEqualTo("GB18030");
        assertThat(page.html()).contains("社区长者食堂扩面提质 今年新增二十七个助餐点");
    }

    @Test
    void anUndeclaredWindows1252PageComesOutAsWindows1252() throws IOException {
        Page page = decode(sample("windows-1252-undeclared.html"));
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.html()).contains("Dorothy Ashworth\u2019s little caf\u00e9", "Visitors \u00a32");
    }

    @Test
    void bytesNothingRecognisesFallBackToWindows1252() {
        Page page = decode(new byte[] {'<', 'p', '>', 'c', 'a', 'f', (byte) 0xE9, '<', '/', 'p', '>'});
        assertThat(page.charset()).isEqualTo("windows-1252");
        assertThat(page.html()).isEqualTo("<p>caf\u00e9</p>");
    }

    @Test
    void anEmptyPageDecodesToEmptyText() {
        assertThat(decode(new byte[0]).html()).isEmpty();
    }

    @Test
    void aBinaryFileIsRejectedWithAMessageThatSaysSo() {
        byte[] noise = new byte[16 * 1024];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> decode(noise)).isInstanceOf(StageException.class).hasMessageContaining("binary");
    }

    @Test
    void aFewStrayControlBytesDoNotMakeAPageBinary() {
        String html = "<html><body><p>" + "Ordinary prose of a page. ".repeat(40) + "\u0000\u0007</p></body></html>";
        assertThat(decode(html.getBytes(StandardCharsets.UTF_8)).html()).contains("Ordinary prose");
    }
}
