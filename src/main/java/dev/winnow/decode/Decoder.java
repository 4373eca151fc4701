package dev.winnow.decode;

import dev.winnow.pipeline.Page;
import dev.winnow.pipeline.StageException;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a page's bytes into text. The order is what gets real pages right: a byte-order mark; the HTTP header;
 * bytes that are valid UTF-8 (templates often declare gb2312 or latin1 and then serve UTF-8, and a non-UTF-8
 * page is almost never valid UTF-8 by chance); the markup's own declaration; statistical detection; and last
 * windows-1252, which decodes any byte.
 */
public final class Decoder {

    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Binary formats give themselves away in their first blocks (headers, compressed data). */
    private static final int BINARY_SAMPLE_BYTES = 8 * 1024;
    /**
     * Above this share of control bytes (NUL and the C0 controls that text never uses) in the first block, a
     * file is binary. Not a tuning knob: random or compressed data has about 10%, any text about 0, so the
     * line between them is wide and the same for every corpus.
     */
    private static final double MAX_CONTROL_SHARE = 0.03;

    private final CharsetSniffer sniffer;
    private final CharsetLabels labels;

    public Decoder(CharsetSniffer sniffer, CharsetLabels labels) {
        this.sniffer = sniffer;
        this.labels = labels;
    }

    public Page decode(Page page) {
        byte[] bytes = page.source().bytes();
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            int skip = bom.get() == StandardCharsets.UTF_8 ? 3 : 2;
            return page.withHtml(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get().name(), "bom");
        }
        rejectBinary(bytes);
        Optional<Charset> header = sniffer.fromHeader(page.source().contentType()).flatMap(labels::resolve);
        if (header.isPresent()) {
            return page.withHtml(new String(bytes, header.get()), header.get().name(), "http-header");
        }
        Optional<String> strictUtf8 = strictUtf8(bytes);
        if (strictUtf8.isPresent()) {
            return page.withHtml(strictUtf8.get(), "UTF-8", "valid-utf8");
        }
        Optional<Charset> declared = sniffer.fromMarkup(bytes).flatMap(labels::resolve)
                .filter(cs -> cs != StandardCharsets.UTF_8);
        if (declared.isPresent()) {
            return page.withHtml(new String(bytes, declared.get()), declared.get().name(), "meta");
        }
        Optional<Charset> detected = detect(bytes);
        if (detected.isPresent()) {
            return page.withHtml(new String(bytes, detected.get()), detected.get().name(), "detected");
        }
        return page.withHtml(new String(bytes, FALLBACK), FALLBACK.name(), "fallback");
    }

    /** An image or archive saved under a page's name would decode as windows-1252 noise and pass for text. */
    private static void rejectBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
        if (sample == 0) {
            return;
        }
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            // Tab, line feed, form feed and carriage return are text; ESC starts ISO-2022 shifts.
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                control++;
            }
        }
        double share = (double) control / sample;
        if (share > MAX_CONTROL_SHARE) {
            throw new StageException(String.format(java.util.Locale.ROOT,
                    "not a web page: %.0f%% of its first %d bytes are control bytes, as in a binary file",
                    share * 100, sample));
        }
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /**
     * The bytes as UTF-8 when every byte sequence is valid UTF-8. The String constructor is many times faster
     * than a reporting decoder, and it marks each malformed sequence with U+FFFD: the bytes are valid exactly
     * when every U+FFFD it made was spelled out in the bytes (EF BF BD).
     */
    private static Optional<String> strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int replacements = 0;
        for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
            replacements++;
        }
        return replacements == 0 || replacements == spelledReplacements(bytes) ? Optional.of(text) : Optional.empty();
    }

    private static int spelledReplacements(byte[] b) {
        int count = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                count++;
            }
        }
        return count;
    }

    private Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset()).flatMap(labels::resolve);
    }
}
