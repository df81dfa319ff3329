package org.hybridlight.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hybridlight.colorimetry.io.InputException;

/**
 * Runs {@code work} on every item of a source on every core, in chunks, and hands the results to a consumer in
 * input order, each chunk as soon as it and all before it are done. The items are read on the calling thread while
 * the workers evaluate the chunks before (reading and evaluation overlap); at most two chunks per core are in
 * flight, so the items and results held at any time are bounded whatever their number (streamed input and output,
 * bounded memory). The pool is its own and shut down afterwards: a failure in any task (out of memory with a huge
 * file) reaches the caller at once, and no idle worker keeps the data alive; the common fork-join pool could lose a
 * worker to such an error and wait forever.
 */
final class InOrderEvaluation {

    /** Items per task: large enough to amortize the hand-over, small enough to start writing early. */
    static final int CHUNK = 256;

    /** The items, one at a time. */
    interface Source<T> {
        /** The next item, or null after the last. */
        T next() throws InputException;
    }

    /** Receives the results of one chunk, in input order. */
    interface ChunkConsumer<T> {
        /** @return false to stop (the rest is not read or evaluated) */
        boolean accept(List<T> items, Object[] results);
    }

    private record Pending<T>(List<T> items, Future<Object[]> results) {
    }

    private InOrderEvaluation() {
    }

    /**
     * Runs {@code work} for every item of {@code source}; {@code work} returns a result or an exception object,
     * never throws. A failure of the source stops the run (the chunks before it have been consumed or dropped) and
     * is thrown here.
     */
    static <T> void run(Source<T> source, Function<T, Object> work, ChunkConsumer<T> consumer)
            throws InputException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluate");
            t.setDaemon(true);
            // a failure is reported once, by the caller, as one line; the pool replaces a lost worker
            t.setUncaughtExceptionHandler((thread, e) -> { });
            return t;
        });
        try {
            Deque<Pending<T>> inFlight = new ArrayDeque<>();
            boolean end = false;
            while (!end || !inFlight.isEmpty()) {
                // hand over what is done in order; wait for the oldest only when nothing else is left to do
                while (!inFlight.isEmpty() && (end || inFlight.size() >= 2 * threads
                        || inFlight.peekFirst().results().isDone())) {
                    Pending<T> p = inFlight.removeFirst();
                    if (!consumer.accept(p.items(), p.results().get())) {
                        return;
                    }
                }
                if (end) {
                    continue;
                }
                List<T> items = new ArrayList<>(CHUNK);
                for (T t; items.size() < CHUNK && (t = source.next()) != null; ) {
                    items.add(t);
                }
                end = items.size() < CHUNK;
                if (!items.isEmpty()) {
                    inFlight.add(new Pending<>(items, pool.submit(() -> {
                        Object[] out = new Object[items.size()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = work.apply(items.get(i));
                        }
                        return out;
                    })));
                }
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
