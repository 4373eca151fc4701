package dev.winnow.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a page declares: in an HTTP Content-Type header, or in its markup ({@code <meta charset>},
 * {@code <meta http-equiv=Content-Type>}, the XML declaration). Returns the label as written.
 */
public final class CharsetSniffer {

    /** Browsers stop looking after the head; 64 KiB covers heads bloated by inline scripts. */
    private static final int PRESCAN_BYTES = 64 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body[\\s>]", Pattern.CASE_INSENSITIVE);

    public Optional<String> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public Optional<String> fromMarkup(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup is readable whatever the real charset is.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher body = BODY_START.matcher(head);
        if (body.find()) {
            head = head.substring(0, body.start());
        }
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }
}
