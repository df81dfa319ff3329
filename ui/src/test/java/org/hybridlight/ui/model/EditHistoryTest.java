package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The undo history on its own, with strings as states: steps, merged drags, checkpoints, redo dropped by edits. */
class EditHistoryTest {

    private final EditHistory<String> h = new EditHistory<>();
    private final Object sliderA = new Object();
    private final Object sliderB = new Object();

    @Test
    void eachSourceIsAStepAndUndoRedoWalkTheStates() {
        assertThat(h.canUndoProperty().get()).isFalse();
        h.changed(sliderA, null); // the first evaluation: nothing before it
        assertThat(h.canUndoProperty().get()).isFalse();
        h.changed(sliderB, "s0");
        h.changed(sliderA, "s1");
        assertThat(h.canUndoProperty().get()).isTrue();
        assertThat(h.undo("s2")).isEqualTo("s1");
        assertThat(h.canRedoProperty().get()).isTrue();
        assertThat(h.undo("s1")).isEqualTo("s0");
        assertThat(h.undo("s0")).as("nothing more to undo").isNull();
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.redo("s0")).isEqualTo("s1");
        assertThat(h.redo("s1")).isEqualTo("s2");
        assertThat(h.redo("s2")).isNull();
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void aDragIsOneStepUntilACheckpoint() {
        h.changed(sliderA, "s0");
        h.changed(sliderA, "s1");
        h.changed(sliderA, "s2");
        assertThat(h.undo("s3")).as("the whole drag at once").isEqualTo("s0");
        assertThat(h.undo("s0")).isNull();

        EditHistory<String> g = new EditHistory<>();
        g.changed(sliderA, "t0");
        g.checkpoint();
        g.changed(sliderA, "t1");
        assertThat(g.undo("t2")).as("the same slider after a checkpoint: a step of its own").isEqualTo("t1");
        assertThat(g.undo("t1")).isEqualTo("t0");
    }

    @Test
    void aNewEditDropsWhatWasUndone() {
        h.changed(sliderA, "s0");
        h.changed(sliderB, "s1");
        assertThat(h.undo("s2")).isEqualTo("s1");
        h.changed(sliderA, "s1");
        assertThat(h.canRedoProperty().get()).isFalse();
        assertThat(h.redo("s1b")).isNull();
        assertThat(h.undo("s1b")).isEqualTo("s1");
    }

    @Test
    void aBatchIsOneStepOnlyWhenItChangedSomething() {
        h.batch("s0", "s0");
        assertThat(h.canUndoProperty().get()).isFalse();
        h.batch("s0", "s1");
        assertThat(h.undo("s1")).isEqualTo("s0");
        h.batch("s0", "s2");
        assertThat(h.canRedoProperty().get()).as("a batch that changed something drops the redo").isFalse();
        h.changed(sliderA, "s2");
        assertThat(h.undo("s3")).as("a batch ends the edit before it").isEqualTo("s2");
    }

    @Test
    void clearForgetsEverything() {
        h.changed(sliderA, "s0");
        h.changed(sliderB, "s1");
        h.undo("s2");
        h.clear();
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.canRedoProperty().get()).isFalse();
        assertThat(h.undo("x")).isNull();
        assertThat(h.redo("x")).isNull();
    }
}
