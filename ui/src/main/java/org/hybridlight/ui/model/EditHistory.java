package org.hybridlight.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of whole states: the states before each edit, newest first, and the undone ones. Successive
 * changes from the same source (one slider dragged) merge into one edit until a {@link #checkpoint()}; a new edit
 * drops what was undone.
 *
 * @param <S> the state, compared by {@code equals}
 */
public final class EditHistory<S> {

    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    /** What the last change came from, so that its next change is the same edit; null after a checkpoint. */
    private Object lastSource;

    /**
     * A change from {@code source}: {@code before} (the state before it, null for none yet) becomes an undo step
     * unless the change continues the edit of the same source.
     */
    public void changed(Object source, S before) {
        if (before != null && source != lastSource) {
            undo.push(before);
        }
        lastSource = source;
        redo.clear();
        publish();
    }

    /** Several changes made at once: {@code before} is one undo step when {@code after} differs from it. */
    public void batch(S before, S after) {
        if (before != null && !after.equals(before)) {
            undo.push(before);
            redo.clear();
        }
        checkpoint();
        publish();
    }

    /** Ends the current edit: the next change, even from the same source, is a step of its own. */
    public void checkpoint() {
        lastSource = null;
    }

    /** The state to go back to from {@code current}, which becomes redoable; null when there is nothing to undo. */
    public S undo(S current) {
        return step(undo, redo, current);
    }

    /** The state {@link #undo} took back, {@code current} undoable again; null when there is nothing to redo. */
    public S redo(S current) {
        return step(redo, undo, current);
    }

    private S step(Deque<S> from, Deque<S> to, S current) {
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        S s = from.pop();
        checkpoint();
        publish();
        return s;
    }

    /** Forgets every step (a file opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        checkpoint();
        publish();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void publish() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
