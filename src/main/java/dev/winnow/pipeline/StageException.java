package dev.winnow.pipeline;

/** A page that a stage cannot process; the message says what is wrong with the page, in words a user can act on. */
public class StageException extends RuntimeException {

    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
