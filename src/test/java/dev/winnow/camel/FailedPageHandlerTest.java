package dev.winnow.camel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.pipeline.StageException;
import dev.winnow.record.RecordJson;
import dev.winnow.sink.ErrorSink;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FailedPageHandlerTest {

    @TempDir
    Path dir;

    private JsonNode errorLineFor(Throwable failure) throws IOException {
        Path file = dir.resolve("errors.jsonl");
        try (DefaultCamelContext context = new DefaultCamelContext(); ErrorSink errors = new ErrorSink(file)) {
            Exchange exchange = new DefaultExchange(context);
            exchange.setProperty(PageLabel.FILE, "in/page.html");
            exchange.setProperty(StageTracker.STAGE, "render");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, failure);
            exchange.getMessage().setBody("in/page.html");
            new FailedPageHandler(errors).process(exchange);
        }
        return RecordJson.mapper().readTree(Files.readAllLines(file).get(0));
    }

    @Test
    void anErrorLineNamesFileStageErrorAndMessage() throws IOException {
        JsonNode line = errorLineFor(new StageException("page is larger than the limit"));
        assertThat(line.path("file").asText()).isEqualTo("in/page.html");
        assertThat(line.path("stage").asText()).isEqualTo("render");
        assertThat(line.path("error").asText()).isEqualTo("StageException");
        assertThat(line.path("message").asText()).isEqualTo("page is larger than the limit");
    }

    @Test
    void anOutOfMemoryWrappedByCamelIsReportedAsWhatItIs() throws IOException {
        JsonNode line = errorLineFor(new CamelExecutionException("Exception occurred during execution on the exchange",
                null, new OutOfMemoryError("Java heap space")));
        assertThat(line.path("error").asText()).isEqualTo("OutOfMemoryError");
        assertThat(line.path("message").asText()).contains("too large");
    }

    @Test
    void aStackOverflowWrappedByCamelIsReportedAsWhatItIs() throws IOException {
        JsonNode line = errorLineFor(new CamelExecutionException("wrapped", null, new StackOverflowError()));
        assertThat(line.path("error").asText()).isEqualTo("StackOverflowError");
        assertThat(line.path("message").asText()).contains("nested too deeply");
    }

    @Test
    void aStageExceptionWrappedByCamelKeepsItsOwnMessage() throws IOException {
        JsonNode line = errorLineFor(new CamelExecutionException("wrapped", null,
                new StageException("cannot read in/page.html: gone", new IOException("gone"))));
        assertThat(line.path("error").asText()).isEqualTo("StageException");
        assertThat(line.path("message").asText()).isEqualTo("cannot read in/page.html: gone");
    }
}
