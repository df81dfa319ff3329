package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo of design edits (a unit removed too), and fields left without an edit. */
class DesignHistoryTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
    private DesignViewModel vm;

    @BeforeEach
    void load() throws Exception {
        vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
    }

    @Test
    void everyEditIsUndoneAndRedoneBackToTheSameDesignAndWhite() {
        DesignViewModel.State loaded = vm.state();
        double ra0 = vm.evaluationProperty().get().colorimetry().ra();
        assertThat(vm.canUndoProperty().get()).isFalse();

        vm.units().get(0).ledFwhmNm().beginEdit();
        vm.units().get(0).ledFwhmNm().set(81.2);
        DesignViewModel.State edited = vm.state();
        vm.targetCctK().beginEdit();
        vm.targetCctK().set(4000);
        vm.roster().addUnit();
        vm.units().remove(1);
        assertThat(vm.units()).hasSize(3);
        DesignViewModel.State last = vm.state();

        vm.undo(); // the removal
        assertThat(vm.units()).hasSize(4);
        vm.undo(); // the added unit
        assertThat(vm.units()).hasSize(3);
        vm.undo(); // the target
        assertThat(vm.state()).isEqualTo(edited);
        vm.undo(); // the FWHM
        assertThat(vm.state()).isEqualTo(loaded);
        assertThat(vm.evaluationProperty().get().colorimetry().ra()).isEqualTo(ra0);
        assertThat(vm.file().modifiedProperty().get()).as("back at the file's design").isFalse();
        assertThat(vm.canUndoProperty().get()).isFalse();

        for (int i = 0; i < 4; i++) {
            vm.redo();
        }
        assertThat(vm.state()).isEqualTo(last);
        assertThat(vm.canRedoProperty().get()).isFalse();
        assertThat(vm.file().modifiedProperty().get()).isTrue();
    }

    @Test
    void aDragIsOneStepAndANewEditDropsWhatWasUndone() {
        DesignViewModel.State loaded = vm.state();
        Parameter peak = vm.units().get(0).ledPeakNm();
        peak.beginEdit();
        for (int i = 1; i <= 20; i++) {
            peak.set(peak.get() + 0.5); // a slider drag: many values, one edit
        }
        vm.undo();
        assertThat(vm.state()).isEqualTo(loaded);
        vm.redo();
        assertThat(peak.get()).isEqualTo(loaded.units().get(0).values().get(0) + 10);
        vm.undo();
        vm.units().get(1).od1S().beginEdit();
        vm.units().get(1).od1S().set(20);
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void reTypingTheShownValueKeepsTheStoredOneAndTheDesignUnmodified() throws Exception {
        Parameter peak = vm.units().get(0).ledPeakNm();
        peak.set(556.6915);
        Path f = Files.createTempFile("tab", ".json");
        try {
            vm.file().save(f);
            assertThat(vm.file().modifiedProperty().get()).isFalse();
            assertThat(peak.setFromText(peak.format(peak.get()))).isTrue(); // "556.7", as the field shows it
            assertThat(peak.get()).isEqualTo(556.6915);
            assertThat(vm.file().modifiedProperty().get()).isFalse();
            assertThat(vm.canUndoProperty().get()).isTrue(); // the set above, not the re-typed text
            assertThat(peak.setFromText("556.8")).isTrue();
            assertThat(vm.file().modifiedProperty().get()).isTrue();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void removingAUnitAsksFirstAndIsOneStepForUndo() {
        DesignViewModel.State loaded = vm.state();
        UnitViewModel second = vm.units().get(1);
        List<String> asked = new ArrayList<>();
        assertThat(vm.roster().removeUnit(second, q -> asked.add(q) && false)).isFalse();
        assertThat(vm.units()).hasSize(3);
        assertThat(asked.get(0)).contains("unit 2").contains(second.nameProperty().get());
        assertThat(vm.canUndoProperty().get()).as("declined: nothing to undo").isFalse();

        assertThat(vm.roster().removeUnit(second, q -> true)).isTrue();
        assertThat(vm.units()).hasSize(2).doesNotContain(second);
        vm.undo();
        assertThat(vm.state()).isEqualTo(loaded);
        assertThat(vm.file().modifiedProperty().get()).isFalse();

        // the last unit stays, whatever the answer
        vm.units().remove(1, 3);
        assertThat(vm.roster().removeUnit(vm.units().get(0), q -> true)).isFalse();
        assertThat(vm.units()).hasSize(1);
    }
}
