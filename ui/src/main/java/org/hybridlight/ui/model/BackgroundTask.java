package org.hybridlight.ui.model;

import java.util.function.Consumer;

/**
 * Work for a {@link TaskExecutor} and what to do on the UI thread when it reports progress, succeeds or fails.
 *
 * @param work the work; it reports progress to the consumer it is given and stops early when its own cancel
 *     flag says so
 * @param onProgress a progress report (UI thread)
 * @param onSuccess the work's value (UI thread)
 * @param onFailure what the work threw (UI thread)
 * @param <T> the work's value
 */
public record BackgroundTask<T>(Work<T> work, Consumer<Progress> onProgress, Consumer<T> onSuccess,
        Consumer<Throwable> onFailure) {

    /** The work itself, run on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Consumer<Progress> progress) throws Exception;
    }

    /**
     * How far the work is.
     *
     * @param workDone units of work done
     * @param totalWork units of work in all
     * @param message what to show
     */
    public record Progress(double workDone, double totalWork, String message) {

        /** Work done as a fraction, 0–1. */
        public double fraction() {
            return totalWork > 0 ? Math.min(1, workDone / totalWork) : 0;
        }
    }
}
