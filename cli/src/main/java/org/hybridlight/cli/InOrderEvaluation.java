package org.hybridlight.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs {@code work(0 … n−1)} on every core in chunks and hands the results to a consumer in input order, each
 * chunk as soon as it and all before it are done. At most two chunks per core are in flight, so the results held
 * at any time are bounded whatever n is (streamed output, bounded memory). The pool is its own and shut down
 * afterwards: a failure in any task (out of memory with a huge file) reaches the caller at once, and no idle worker
 * keeps the data alive; the common fork-join pool could lose a worker to such an error and wait forever.
 */
final class InOrderEvaluation {

    /** Spectra per task: large enough to amortize the hand-over, small enough to start writing early. */
    static final int CHUNK = 256;

    /** Receives the results of one chunk, in input order. */
    interface ChunkConsumer {
        /** @return false to stop (the rest is not evaluated) */
        boolean accept(int from, Object[] results);
    }

    private InOrderEvaluation() {
    }

    /** Runs {@code work} for 0 … n−1; {@code work} returns a result or an exception object, never throws. */
    static void run(int n, IntFunction<Object> work, ChunkConsumer consumer) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluate");
            t.setDaemon(true);
            // a failure is reported once, by the caller, as one line; the pool replaces a lost worker
            t.setUncaughtExceptionHandler((thread, e) -> { });
            return t;
        });
        try {
            Deque<Future<Object[]>> inFlight = new ArrayDeque<>();
            int next = 0;
            int consumed = 0;
            while (consumed < n) {
                while (next < n && inFlight.size() < 2 * threads) {
                    int start = next;
                    int end = Math.min(n, start + CHUNK);
                    inFlight.add(pool.submit(() -> {
                        Object[] out = new Object[end - start];
                        for (int i = start; i < end; i++) {
                            out[i - start] = work.apply(i);
                        }
                        return out;
                    }));
                    next = end;
                }
                Object[] results = inFlight.removeFirst().get();
                if (!consumer.accept(consumed, results)) {
                    return;
                }
                consumed += results.length;
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
