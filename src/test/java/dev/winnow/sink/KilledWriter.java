package dev.winnow.sink;

import java.nio.file.Path;

/**
 * Writes long JSON lines to a {@link LineFile} until it is killed: the process {@code LineFileTest} kills
 * mid-write to show that what it leaves behind reads as whole lines.
 */
public final class KilledWriter {

    private KilledWriter() {
    }

    public static void main(String[] args) {
        LineFile file = args.length > 1 && args[1].equals("append") ? LineFile.append(Path.of(args[0]))
                : LineFile.create(Path.of(args[0]));
        String filler = "x".repeat(64 * 1024);
        for (long n = 0; ; n++) {
            file.writeLine("{\"n\":" + n + ",\"filler\":\"" + filler + "\"}");
        }
    }
}
