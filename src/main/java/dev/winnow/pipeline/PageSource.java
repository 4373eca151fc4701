package dev.winnow.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page came from and its original bytes: a saved file or a fetched URL. Both sources of Winnow
 * produce this, so everything after it is the same pipeline.
 *
 * @param file        the input path as the user gave it, or null for a fetched page
 * @param url         the URL the page was fetched from, or null for a saved file
 * @param bytes       the page exactly as stored or received (already un-gzipped)
 * @param contentType the HTTP Content-Type header, or null when there was none
 * @param retrievedAt when the bytes were read or fetched; relative dates on the page count from here
 */
public record PageSource(String file, String url, byte[] bytes, String contentType, Instant retrievedAt) {

    public PageSource {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
    }

    /** The file path, else the URL: how errors and progress name the page. */
    public String label() {
        return file != null ? file : url;
    }
}
