package org.hybridlight.batch.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.hybridlight.optimizer.ProgressLine;

/**
 * Progress of a Spark batch on stderr in the form of the local engine's bar (done/total, rate, elapsed, ETA):
 * a combination counts as done when the task that wrote its row succeeded (its records written). At most one
 * line a second, and the last.
 */
final class ProgressListener extends SparkListener {

    private final PrintWriter err;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private final int before;
    private long done;
    private long lastDraw = Long.MIN_VALUE;

    ProgressListener(PrintWriter err, int alreadyDone, int total, LongSupplier nanoClock) {
        this.err = err;
        this.before = alreadyDone;
        this.done = alreadyDone;
        this.total = total;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo() == null || !end.taskInfo().successful() || end.taskMetrics() == null) {
            return;
        }
        done = Math.min(total, done + end.taskMetrics().outputMetrics().recordsWritten());
        long now = clock.getAsLong();
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < 1_000_000_000L) {
            return;
        }
        lastDraw = now;
        err.println(line(done, before, total, (now - start) / 1e9));
        err.flush();
    }

    /** The bar's line for {@code done} of {@code total} after {@code seconds}, {@code before} done earlier. */
    static String line(long done, long before, long total, double seconds) {
        double rate = seconds > 0 ? (done - before) / seconds : 0;
        double eta = rate > 0 && done < total ? (total - done) / rate : Double.NaN;
        return ProgressLine.of(done, total, "jobs", String.format(Locale.ROOT, "%.1f jobs/s", rate), seconds, eta);
    }
}
