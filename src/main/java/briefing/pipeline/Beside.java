package briefing.pipeline;

import briefing.diagnostic.BuildFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A stage that runs on a thread of its own beside the build's main thread, so that the two cores share a build's
 * independent stages. {@link #join} gives its result, or throws what it threw. A thread of its own rather than the
 * common pool: the stages beside each other use the common pool for their own parallel streams.
 */
final class Beside<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile long millis;

    private Beside() {
    }

    /** A result already there: no thread. */
    static <T> Beside<T> done(T value) {
        Beside<T> beside = new Beside<>();
        beside.result.complete(value);
        return beside;
    }

    static <T> Beside<T> start(String name, Callable<T> work) {
        Beside<T> beside = new Beside<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                T value = work.call();
                beside.millis = (System.nanoTime() - start) / 1_000_000;
                beside.result.complete(value);
            } catch (Throwable e) {
                beside.result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true); // a build that failed before joining leaves nothing to wait for
        thread.start();
        return beside;
    }

    /** Waits for the result; throws what the work threw (a bug keeps its stack trace). */
    T join() throws BuildFailedException, IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a build stage", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BuildFailedException failed) {
                throw failed;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How long the work took on its thread, once {@link #join} returned. */
    long millis() {
        return millis;
    }
}
