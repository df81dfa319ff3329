package org.hybridlight.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.hybridlight.ui.model.BackgroundTask;
import org.hybridlight.ui.model.TaskExecutor;

/**
 * The designer's {@link TaskExecutor}: work on one daemon thread as a JavaFX {@link Task}, progress, success and
 * failure on the FX thread. Progress is coalesced: at most one report waits for the FX thread, the latest.
 */
final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "designer-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        AtomicReference<BackgroundTask.Progress> pending = new AtomicReference<>();
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.work().run(p -> {
                    // posted before call() returns, so delivered before the task's success or failure
                    if (pending.getAndSet(p) == null) {
                        Platform.runLater(() -> task.onProgress().accept(pending.getAndSet(null)));
                    }
                });
            }
        };
        fx.setOnSucceeded(e -> task.onSuccess().accept(fx.getValue()));
        fx.setOnFailed(e -> task.onFailure().accept(fx.getException()));
        thread.execute(fx);
    }

    /** Stops the worker thread (a running task is interrupted). */
    void shutdown() {
        thread.shutdownNow();
    }
}
