package dev.winnow.camel;

import dev.winnow.pipeline.Page;
import dev.winnow.sink.ErrorLine;
import dev.winnow.sink.ErrorSink;
import org.apache.camel.CamelException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.RuntimeCamelException;

import java.time.Instant;

/**
 * The dead letter channel's end: turns a failed exchange into one line of the run's error file. The page is
 * named by whatever the exchange still holds (a path before reading, a page after).
 */
public final class FailedPageHandler implements Processor {

    private final ErrorSink errors;

    public FailedPageHandler(ErrorSink errors) {
        this.errors = errors;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = cause(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        Object body = exchange.getMessage().getBody();
        String file = exchange.getProperty(PageLabel.FILE, String.class);
        String url = exchange.getProperty(PageLabel.URL, String.class);
        if (body instanceof Page page) {
            file = page.source().file();
            url = page.source().url();
        }
        String stage = exchange.getProperty(StageTracker.STAGE, "unknown", String.class);
        errors.write(new ErrorLine(file, url, stage,
                failure == null ? "Unknown" : failure.getClass().getSimpleName(),
                describe(failure), Instant.now().toString()));
    }

    /**
     * The failure a user can act on: Camel wraps an error thrown inside a bean (an out-of-memory, a stack
     * overflow) in its own exceptions, whose message names only the exchange.
     */
    static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error) {
                return t;
            }
        }
        Throwable t = failure;
        while (t instanceof CamelException || t instanceof RuntimeCamelException) {
            if (t.getCause() == null || t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "the page failed without an exception";
        }
        if (failure instanceof StackOverflowError) {
            return "the page is nested too deeply to process";
        }
        if (failure instanceof OutOfMemoryError) {
            return "the page is too large to process in the available memory";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
