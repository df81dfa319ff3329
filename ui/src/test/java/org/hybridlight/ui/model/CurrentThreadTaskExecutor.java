package org.hybridlight.ui.model;

/**
 * Runs a task's work and callbacks at once on the calling thread (JabRef's {@code CurrentThreadTaskExecutor}):
 * view models under test without a toolkit or a second thread. A callback may cancel the work it reports on.
 */
final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T value;
        try {
            value = task.work().run(task.onProgress());
        } catch (Exception e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(value);
    }
}
