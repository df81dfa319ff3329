package org.hybridlight.ui.model;

import java.nio.file.Path;

/**
 * Asks what to do with unsaved changes before they would be lost (open another file, quit, close the window).
 * The window asks with dialogs; tests answer directly.
 */
public interface UnsavedChangesPrompt {

    /** What to do with the changes. */
    enum Answer { SAVE, DISCARD, CANCEL }

    /** @param designName the design's file name, or "unsaved design" */
    Answer ask(String designName);

    /** Where to save a design that has no file yet, or {@code null} to cancel. */
    Path chooseSaveFile();

    /** Saving failed: the changes are kept and the action that asked does not happen. */
    void saveFailed(String message);
}
