package dev.winnow.camel;

/** Exchange properties that name the page an exchange carries, set by whoever sends it into a route. */
public final class PageLabel {

    public static final String FILE = "winnow.file";
    public static final String URL = "winnow.url";

    private PageLabel() {
    }
}
