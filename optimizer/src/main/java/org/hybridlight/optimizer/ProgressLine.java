package org.hybridlight.optimizer;

import java.util.Locale;

/**
 * The one form of a progress line, shared by the local progress bar and the Spark engine's listener:
 * {@code [#####-----]  50% 5/10 jobs  1.2 jobs/s  elapsed 0:04  ETA 0:04}.
 */
public final class ProgressLine {

    /** Characters of the bar between its brackets. */
    public static final int WIDTH = 30;

    private ProgressLine() {
    }

    /**
     * @param done units done
     * @param total units in all
     * @param unit what is counted (e.g. {@code jobs}, {@code evaluations})
     * @param extra appended after the count as is (may be empty)
     * @param elapsedSeconds time since the start
     * @param etaSeconds time still needed, or NaN when unknown (shown as "-")
     */
    public static String of(long done, long total, String unit, String extra, double elapsedSeconds,
            double etaSeconds) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%% %d/%d %s%s  elapsed %s  ETA %s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), 100 * fraction, done, total, unit, extra.isEmpty() ? "" : "  " + extra,
                clock(elapsedSeconds), Double.isFinite(etaSeconds) ? clock(etaSeconds) : "-");
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    public static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
