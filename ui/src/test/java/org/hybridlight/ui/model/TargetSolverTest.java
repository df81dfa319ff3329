package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.DesignProblem;
import org.junit.jupiter.api.Test;

/**
 * The target solver: "Solve weights to target" puts the white on the target, or the person is told plainly that it
 * cannot; "Set target from x, y" puts the target on a chromaticity.
 */
class TargetSolverTest {

    /** x, y found again through the target's CCT and Duv (the CCT method's inversion). */
    private static final double TARGET_XY = 1e-6;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    /** Duv the solved white may miss by: the solver hits the chromaticity to 1e-9 in x, y. */
    private static final double DUV_TOLERANCE = 1e-6;
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    @Test
    void theWhiteLandsOnANewTargetAndUndoGivesTheOldWeightsBack() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        DesignViewModel.State before = vm.state();
        vm.targetCctK().set(3500);
        vm.targetDuv().set(0.002);
        String said = vm.targetSolver().solveWeights();
        assertThat(said).startsWith("weights solved onto 3500 K");
        var c = vm.evaluationProperty().get().colorimetry();
        assertThat(Math.abs(c.cctK() / 3500 - 1)).isLessThan(DesignProblem.CCT_TOLERANCE);
        assertThat(c.duv()).isCloseTo(0.002, within(DUV_TOLERANCE));
        assertThat(vm.units().stream().mapToDouble(u -> u.weight().get()).max().orElseThrow()).isEqualTo(1.0);
        vm.undo();
        assertThat(vm.units().get(0).weight().get()).isEqualTo(before.units().get(0).values().get(3));
    }

    @Test
    void aTargetTheUnitsCannotMixIsSaidToBeOutOfReachAndNothingChanges() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        vm.units().remove(1, 3); // one unit alone mixes only its own colour
        DesignViewModel.State before = vm.state();
        String said = vm.targetSolver().solveWeights();
        assertThat(said).startsWith("target out of reach");
        assertThat(vm.state()).isEqualTo(before);
    }

    @Test
    void aTargetGivenByXyIsTheOneTheDiagramMarksAndBadXyIsRefusedInWords() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        var cct = evaluator.cctMethod();
        var xy = cct.uvOf(4200, -0.003).toChromaticityFrom1960();
        String said = vm.targetSolver().setTargetFromXy(Double.toString(xy.x()), Double.toString(xy.y()));
        assertThat(said).startsWith("target 4200 K");
        var back = cct.uvOf(vm.targetCctK().get(), vm.targetDuv().get()).toChromaticityFrom1960();
        assertThat(back.x()).isCloseTo(xy.x(), within(TARGET_XY));
        assertThat(back.y()).isCloseTo(xy.y(), within(TARGET_XY));
        DesignViewModel.State set = vm.state();
        assertThat(vm.targetSolver().setTargetFromXy("abc", "0.4")).contains("numbers");
        assertThat(vm.targetSolver().setTargetFromXy("0.7", "0.4")).contains("x + y below 1");
        assertThat(vm.targetSolver().setTargetFromXy("0.15", "0.7")).contains("is no target");
        assertThat(vm.state()).isEqualTo(set);
        vm.undo();
        assertThat(vm.targetCctK().get()).isEqualTo(3000);
    }
}
