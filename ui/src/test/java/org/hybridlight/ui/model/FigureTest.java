package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/** Every figure the designer shows, missing ones included: a dash and why, never "NaN". */
class FigureTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    /** Paper Fig. 6b cut down to its 510 nm unit: a blue-green white whose CCT is above 100000 K. */
    private DesignViewModel oneBlueGreenUnit() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        vm.units().remove(1, 3);
        assertThat(vm.evaluationProperty().get()).isNotNull();
        assertThat(vm.evaluationProperty().get().colorimetry().cctDuv()).isNull();
        return vm;
    }

    @Test
    void aWhiteWithoutCctShowsDashesWithTheReasonNotNaN() throws Exception {
        Evaluation e = oneBlueGreenUnit().evaluationProperty().get();
        assertThat(Figure.RF.panelText(e)).isEqualTo("– CCT out of range");
        assertThat(Figure.RG.panelText(e)).isEqualTo("– CCT out of range");
        assertThat(Figure.CCT.panelText(e)).isEqualTo("– CCT out of range");
        assertThat(Figure.DUV.panelText(e)).isEqualTo("– CCT out of range");
        // the indices against the paper's fixed blackbody are there, flagged
        assertThat(Figure.RA.panelText(e)).matches("-?\\d+\\.\\d \\*");
        assertThat(Figure.LER.panelText(e)).matches("\\d+\\.\\d");
        for (Figure f : Figure.values()) {
            assertThat(f.panelText(e)).as(f.label()).doesNotContain("NaN");
            assertThat(f.text(e)).as(f.label()).doesNotContain("NaN");
        }
        List<String> notes = Figure.notes(e);
        assertThat(notes).anyMatch(n -> n.startsWith("CCT out of range: CCT of u="));
        assertThat(notes).contains("TM-30 not computed: CCT out of range");
        // no |Duv| to compare with 5.4e-3: the note says Duv is unknown
        assertThat(notes).anyMatch(n -> n.startsWith("* Duv unknown"));
        assertThat(notes).noneMatch(n -> n.contains("5.4e-3"));
    }

    @Test
    void theComparisonWithADesignWithoutTm30ShowsDashes() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        vm.pin();
        vm.units().remove(1, 3);
        DesignComparison c = vm.comparisonProperty().get();
        DesignComparison.Row rf = c.rows().stream().filter(r -> r.name().equals("TM-30 Rf")).findFirst()
                .orElseThrow();
        assertThat(rf.pinned()).matches("\\d+\\.\\d");
        assertThat(rf.current()).isEqualTo("–");
        assertThat(rf.difference()).isEqualTo("–");
        assertThat(c.rows()).allSatisfy(r -> assertThat(r.pinned() + r.current() + r.difference())
                .doesNotContain("NaN"));
    }

    @Test
    void aMissingValueIsADashWhateverTheFigure() {
        for (Figure f : Figure.values()) {
            assertThat(f.text(Double.NaN)).isEqualTo("–");
            assertThat(f.text(Double.POSITIVE_INFINITY)).isEqualTo("–");
            assertThat(f.difference(1, Double.NaN)).isEqualTo("–");
        }
        assertThat(Figure.DUV.text(0.00123)).isEqualTo("+0.0012");
        assertThat(Figure.RA.difference(80, 82.25)).isEqualTo("+2.3");
    }
}
