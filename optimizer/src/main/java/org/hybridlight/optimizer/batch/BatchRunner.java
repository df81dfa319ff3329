package org.hybridlight.optimizer.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hybridlight.colorimetry.io.InputException;

/**
 * Runs independent jobs on a thread pool and appends each finished job's row to a {@link ResultsCsv} at once, so
 * that a run killed at any moment loses only the jobs in flight; with {@code resume} the jobs whose keys are
 * already in the file are skipped. Each job must be deterministic (seeded from its key) so that a resumed run
 * writes what an uninterrupted one would have.
 *
 * @param <J> the job type
 */
public final class BatchRunner<J> {

    /** Progress of a batch: done so far (including rows found on resume) and total. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final Function<J, String> key;
    private final Function<J, List<String>> work;

    /**
     * @param key the job's unique key, the first cell of its row
     * @param work computes the job's row (first cell = its key)
     */
    public BatchRunner(Function<J, String> key, Function<J, List<String>> work) {
        this.key = key;
        this.work = work;
    }

    /**
     * Runs the jobs not yet in {@code out}.
     *
     * @return the number of jobs run now
     */
    public int run(List<J> jobs, Path out, List<String> header, int threads, boolean resume, Progress progress)
            throws IOException, InputException, InterruptedException {
        return run(jobs, out, header, threads, resume, null, progress);
    }

    /**
     * Runs the jobs not yet in {@code out}, which must have been made with {@code fingerprint} when resuming (null:
     * not checked) and may hold no row of a job not in {@code jobs}.
     *
     * @return the number of jobs run now
     * @throws ResultsCsv.Locked when another run holds {@code out}
     * @throws InputException when {@code out} exists but is not these jobs' results (it is left as it was)
     */
    public int run(List<J> jobs, Path out, List<String> header, int threads, boolean resume,
            SweepFingerprint fingerprint, Progress progress) throws IOException, InputException, InterruptedException {
        try (ResultsCsv csv = ResultsCsv.open(out, header, resume, fingerprint)) {
            Set<String> done = csv.doneKeys();
            Set<String> keys = new java.util.HashSet<>();
            for (J job : jobs) {
                keys.add(key.apply(job));
            }
            for (String k : done) {
                if (!keys.contains(k)) {
                    throw new InputException(out.toString(), "cannot resume: it holds a row for " + k
                            + ", which is not a combination of this sweep");
                }
            }
            List<J> todo = new ArrayList<>();
            for (J job : jobs) {
                if (!done.contains(key.apply(job))) {
                    todo.add(job);
                }
            }
            int total = jobs.size();
            AtomicInteger finished = new AtomicInteger(total - todo.size());
            progress.update(finished.get(), total);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (J job : todo) {
                    futures.add(pool.submit(() -> {
                        List<String> row = work.apply(job);
                        try {
                            csv.append(row);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        progress.update(finished.incrementAndGet(), total);
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof UncheckedIOException io) {
                            throw io.getCause();
                        }
                        throw new IllegalStateException("batch job failed: " + e.getCause(), e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return todo.size();
        }
    }
}
