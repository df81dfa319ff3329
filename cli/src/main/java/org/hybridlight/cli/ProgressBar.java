package org.hybridlight.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr: done/total, an extra figure (e.g. the best objective so far), elapsed time and ETA.
 * Redrawn in place at most ten times a second on a terminal; on a pipe or log file a plain line every ten
 * seconds instead, so logs stay readable. Thread-safe.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String unit;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private final long delay;
    private long lastDraw = Long.MIN_VALUE;

    ProgressBar(PrintWriter err, String unit, boolean terminal, LongSupplier nanoClock) {
        this(err, unit, terminal, nanoClock, 0);
    }

    /** A bar that shows nothing until {@code delayNanos} have passed (work that is usually quick). */
    ProgressBar(PrintWriter err, String unit, boolean terminal, LongSupplier nanoClock, long delayNanos) {
        this.err = err;
        this.unit = unit;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.delay = delayNanos;
    }

    static ProgressBar onStderr(PrintWriter err, String unit) {
        return new ProgressBar(err, unit, System.console() != null, System::nanoTime);
    }

    /** A bar on stderr for work that may be long: it appears once the work has taken a few seconds. */
    static ProgressBar onStderrIfSlow(PrintWriter err, String unit) {
        return new ProgressBar(err, unit, System.console() != null, System::nanoTime, SLOW_NANOS);
    }

    /** What counts as slow enough to show progress. */
    static final long SLOW_NANOS = 3_000_000_000L;

    /** Reports progress; {@code extra} is appended as is (may be empty). */
    synchronized void update(long done, long total, String extra) {
        long now = clock.getAsLong();
        boolean finished = done >= total;
        if (lastDraw == Long.MIN_VALUE && now - start < delay) {
            return;
        }
        long interval = terminal ? 100_000_000L : 10_000_000_000L;
        if (!finished && lastDraw != Long.MIN_VALUE && now - lastDraw < interval) {
            return;
        }
        lastDraw = now;
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        double elapsed = (now - start) / 1e9;
        String eta = done > 0 && !finished ? clock(elapsed / fraction - elapsed) : "-";
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
        String line = String.format(Locale.ROOT, "%s %3.0f%% %d/%d %s%s  elapsed %s  ETA %s", bar, 100 * fraction,
                done, total, unit, extra.isEmpty() ? "" : "  " + extra, clock(elapsed), eta);
        if (terminal) {
            err.print("\r" + line + (finished ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
