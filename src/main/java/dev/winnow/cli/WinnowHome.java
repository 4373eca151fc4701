package dev.winnow.cli;

import java.nio.file.Path;

/** The installation folder (set by the winnow script), where the routes/ folder lives. */
final class WinnowHome {

    private WinnowHome() {
    }

    static Path routes() {
        return Path.of(System.getProperty("winnow.home", ".")).resolve("routes");
    }
}
