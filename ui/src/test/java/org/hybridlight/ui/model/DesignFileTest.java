package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The design's file without a window: what is saved opens again as the same design, exports read back, unsaved
 * changes are asked about.
 */
class DesignFileTest {

    /** The same white by two routes: rounding only. */
    private static final double ROUNDING = 1e-12;
    /** An index by the same two routes (sums in another order). */
    private static final double INDEX_ROUNDING = 1e-9;
    /** The same white twice: equal to the bit. */
    private static final double EXACT = 0.0;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    @Test
    void savingAndReopeningGivesTheSameWhite(@TempDir Path dir) throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        vm.units().get(2).od1S().set(12.5);
        vm.referenceProperty().set(ReferenceChoice.CUSTOM);
        vm.customReferenceK().set(6500);
        Path saved = dir.resolve("edited.json");
        vm.file().save(saved);
        assertThat(vm.file().modifiedProperty().get()).isFalse();
        DesignViewModel again = new DesignViewModel(evaluator);
        again.file().load(saved);
        assertThat(again.referenceText()).isEqualTo("daylight:6500");
        assertThat(again.units().get(2).od1S().get()).isEqualTo(12.5);
        // the file keeps core diameters: the white agrees to rounding
        var a = again.evaluationProperty().get().colorimetry();
        var b = vm.evaluationProperty().get().colorimetry();
        assertThat(a.xy().x()).isCloseTo(b.xy().x(), within(ROUNDING));
        assertThat(a.xy().y()).isCloseTo(b.xy().y(), within(ROUNDING));
        assertThat(a.ra()).isCloseTo(b.ra(), within(INDEX_ROUNDING));
        assertThat(Files.list(dir)).containsExactly(saved);
    }

    @Test
    void theExportedSpectrumReadsBackAsTheWhite(@TempDir Path dir) throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6a.json"));
        Path csv = dir.resolve("white.csv");
        vm.file().exportSpectrum(csv);
        List<NamedSpectrum> back = SpectrumFileReader.read(csv, w -> { });
        assertThat(back).hasSize(1);
        assertThat(back.get(0).spectrum().values()).containsExactly(vm.evaluationProperty().get().result()
                .whiteWPerNm(), within(EXACT));
    }

    @Test
    void aBrokenFileIsOneMessageNamingTheField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("paper-fig6a.json"))
                .replace("\"od1S\"", "\"od1s\""));
        DesignViewModel vm = new DesignViewModel(evaluator);
        assertThatThrownBy(() -> vm.file().load(bad)).isInstanceOf(InputException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("od1s");
        assertThat(vm.units()).isEmpty();
    }

    /** A prompt that answers as told and records what it was asked. */
    private static final class Answers implements UnsavedChangesPrompt {
        final List<String> asked = new ArrayList<>();
        Answer answer;
        Path saveTo;
        String failure;

        Answers(Answer answer, Path saveTo) {
            this.answer = answer;
            this.saveTo = saveTo;
        }

        @Override
        public Answer ask(String designName) {
            asked.add(designName);
            return answer;
        }

        @Override
        public Path chooseSaveFile() {
            return saveTo;
        }

        @Override
        public void saveFailed(String message) {
            failure = message;
        }
    }

    @Test
    void unsavedChangesAreAskedAboutAndSavedCancelledOrDiscarded(@TempDir Path dir) throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        Path file = dir.resolve("d.json");
        vm.file().save(file);
        Answers none = new Answers(UnsavedChangesPrompt.Answer.CANCEL, null);
        assertThat(vm.file().mayDiscardChanges(none)).as("nothing to lose").isTrue();
        assertThat(none.asked).isEmpty();

        vm.units().get(2).od1S().set(33);
        Answers cancel = new Answers(UnsavedChangesPrompt.Answer.CANCEL, null);
        assertThat(vm.file().mayDiscardChanges(cancel)).isFalse();
        assertThat(cancel.asked).containsExactly("d.json");
        assertThat(vm.file().modifiedProperty().get()).isTrue();

        assertThat(vm.file().mayDiscardChanges(new Answers(UnsavedChangesPrompt.Answer.DISCARD, null))).isTrue();
        DesignViewModel onDisk = new DesignViewModel(evaluator);
        onDisk.file().load(file);
        assertThat(onDisk.units().get(2).od1S().get()).as("discarded: not written").isNotEqualTo(33);

        assertThat(vm.file().mayDiscardChanges(new Answers(UnsavedChangesPrompt.Answer.SAVE, null))).isTrue();
        assertThat(vm.file().modifiedProperty().get()).isFalse();
        DesignViewModel again = new DesignViewModel(evaluator);
        again.file().load(file);
        assertThat(again.units().get(2).od1S().get()).isEqualTo(33);
    }

    @Test
    void aNewDesignIsSavedWhereThePersonChoosesAndAFailedSaveKeepsTheChanges(@TempDir Path dir) {
        DesignViewModel fresh = new DesignViewModel(evaluator);
        fresh.units().add(UnitViewModel.paperDefault("unit 1"));
        assertThat(fresh.file().modifiedProperty().get()).as("a new design starts unmodified").isFalse();
        fresh.units().get(0).od1S().set(5);
        assertThat(fresh.file().mayDiscardChanges(new Answers(UnsavedChangesPrompt.Answer.SAVE, null)))
                .as("no file chosen").isFalse();
        Answers intoMissingDir = new Answers(UnsavedChangesPrompt.Answer.SAVE, dir.resolve("no/such/dir/d.json"));
        assertThat(fresh.file().mayDiscardChanges(intoMissingDir)).isFalse();
        assertThat(intoMissingDir.failure).isNotBlank();
        assertThat(fresh.file().modifiedProperty().get()).isTrue();
        Path ok = dir.resolve("new.json");
        assertThat(fresh.file().mayDiscardChanges(new Answers(UnsavedChangesPrompt.Answer.SAVE, ok))).isTrue();
        assertThat(fresh.file().pathProperty().get()).isEqualTo(ok);
        assertThat(Files.exists(ok)).isTrue();
    }
}
