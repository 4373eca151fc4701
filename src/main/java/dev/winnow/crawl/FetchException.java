package dev.winnow.crawl;

/** A URL that could not be fetched, with the HTTP status when one came (0 when none did). */
public final class FetchException extends RuntimeException {

    private final String url;
    private final int status;

    public FetchException(String url, int status, String message) {
        super(message);
        this.url = url;
        this.status = status;
    }

    public String url() {
        return url;
    }

    public int status() {
        return status;
    }
}
