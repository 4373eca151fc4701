package dev.winnow.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as it streams in and cut off at a size limit, so an endless or huge page costs at most
 * the limit in memory. A body nobody wants is not read at all: the connection is given up at once.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown (inside the response future) when the body passes the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the body is larger than the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private final boolean wanted;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBody(long limit, boolean wanted) {
        this.limit = limit;
        this.wanted = wanted;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (wanted) {
            subscription.request(Long.MAX_VALUE);
        } else {
            subscription.cancel();
            result.complete(null);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        if (bytes.size() > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(limit));
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
