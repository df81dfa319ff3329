package org.hybridlight.ui.model;

/** Asks before an action that drops work (removing a unit). The window asks with a dialog; tests answer directly. */
@FunctionalInterface
public interface Confirmation {

    /**
     * @param question what will happen, in words ("Remove unit 2, 'blue'? Edit > Undo brings it back.")
     * @return whether to go ahead
     */
    boolean confirm(String question);
}
