package org.hybridlight.ui.model;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a panel shows of its one background run at a time (the optimizer's, the Pareto sweep's): whether it runs,
 * its progress (0–1), a status line, and the cancel request of the run under way. Used on the UI thread only; the
 * work itself sees only the cancel flag {@link #begin()} hands it.
 */
final class BackgroundRun {

    private final ReadOnlyBooleanWrapper running;
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper status;
    /** The run under way's flag; a fresh one per run, so a late cancel cannot stop the next run. */
    private AtomicBoolean cancelRequest = new AtomicBoolean();

    /** @param bean the view model whose properties these are */
    BackgroundRun(Object bean) {
        running = new ReadOnlyBooleanWrapper(bean, "running", false);
        progress = new ReadOnlyDoubleWrapper(bean, "progress", 0);
        status = new ReadOnlyStringWrapper(bean, "status", "");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    /** Marks a run started (progress 0, "starting") and returns the flag its work polls to stop early. */
    AtomicBoolean begin() {
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequest = cancel;
        running.set(true);
        progress.set(0);
        status.set("starting");
        return cancel;
    }

    /** A progress report of the run (UI thread). */
    void report(BackgroundTask.Progress p) {
        progress.set(p.fraction());
        status.set(p.message());
    }

    /** The run ended (done or cancelled) with {@code message}; progress is left where the run got to. */
    void end(String message) {
        running.set(false);
        status.set(message);
    }

    /** The run spent its whole budget: progress full, {@code message}. */
    void done(String message) {
        progress.set(1);
        end(message);
    }

    /** The run threw: {@code what} failed, with the failure. */
    void fail(String what, Throwable failure) {
        running.set(false);
        status.set(what + " failed: " + failure);
    }

    /** A status line outside a run (a refusal, "applied"). */
    void say(String message) {
        status.set(message);
    }

    /** Asks the run under way to stop; its best so far is still reported. */
    void cancel() {
        cancelRequest.set(true);
    }
}
