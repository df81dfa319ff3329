package org.hybridlight.ui.model;

/**
 * Where view models send slow work (JabRef's {@code TaskExecutor} pattern): the designer's runs it on a
 * background thread and reports on the FX thread; tests run it on the calling thread, without a toolkit.
 */
public interface TaskExecutor {

    /**
     * Starts {@code task}. Its work runs off the UI thread; its callbacks run on the UI thread: any number of
     * progress reports (the latest may replace earlier ones not yet delivered), then exactly one of success or
     * failure.
     */
    <T> void execute(BackgroundTask<T> task);
}
