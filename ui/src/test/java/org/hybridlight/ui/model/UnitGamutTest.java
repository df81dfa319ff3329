package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/** The units' colour points and the gamut they span, as the diagram draws them. */
class UnitGamutTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    /** Whether {@code p} lies inside the counter-clockwise polygon {@code hull} (on an edge counts). */
    private static boolean inside(List<Chromaticity> hull, Chromaticity p) {
        for (int i = 0; i < hull.size(); i++) {
            Chromaticity a = hull.get(i);
            Chromaticity b = hull.get((i + 1) % hull.size());
            if ((b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x()) < -1e-12) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aMixWithNonNegativeWeightsLiesInsideItsUnitsGamut() throws Exception {
        DesignViewModel vm = new DesignViewModel(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        for (String example : List.of("paper-fig6b.json", "paper-fig6b-boltzmann.json")) {
            vm.file().load(EXAMPLES.resolve(example));
            List<Chromaticity> points = vm.unitPointsProperty().get();
            assertThat(points).hasSize(vm.units().size());
            List<Chromaticity> hull = ChromaticityDiagramPlot.gamut(points);
            assertThat(hull).hasSize(3);
            assertThat(inside(hull, vm.evaluationProperty().get().colorimetry().xy())).as(example).isTrue();
            // a target far outside: the solver agrees it cannot be mixed
            vm.targetCctK().set(20000);
            assertThat(vm.targetSolver().solveWeights()).startsWith("target out of reach");
        }
    }

    @Test
    void theHullDropsInnerPointsAndKeepsSegmentsAndSinglePoints() {
        Chromaticity a = new Chromaticity(0.1, 0.1);
        Chromaticity b = new Chromaticity(0.6, 0.1);
        Chromaticity c = new Chromaticity(0.3, 0.7);
        Chromaticity inner = new Chromaticity(0.3, 0.3);
        List<Chromaticity> hull = ChromaticityDiagramPlot.gamut(List.of(inner, c, a, b));
        assertThat(hull).containsExactlyInAnyOrder(a, b, c);
        assertThat(inside(hull, inner)).isTrue();
        assertThat(inside(hull, new Chromaticity(0.7, 0.7))).isFalse();
        assertThat(ChromaticityDiagramPlot.gamut(List.of(b, a))).containsExactly(a, b);
        assertThat(ChromaticityDiagramPlot.gamut(List.of(a))).containsExactly(a);
    }
}
