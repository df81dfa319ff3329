package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    private static ParetoFront.Point p(double... v) {
        return new ParetoFront.Point(v, new double[0], null);
    }

    @Test
    void keepsOnlyNonDominatedPointsSortedBySecondMetric() {
        List<ParetoFront.Point> front = ParetoFront.nonDominated(List.of(p(90, 1.00), p(85, 1.01), p(80, 1.02),
                p(84, 1.005), p(70, 1.01), p(79, 1.02), p(85, 1.01), p(Double.NaN, 2)));
        assertThat(front).extracting(x -> x.values()[0]).containsExactly(90.0, 85.0, 80.0);
    }

    /** The plot of a front: the first metric up, the second across, in the front's order, labels with units. */
    @Test
    void aFrontsPlotHasItsPointsInOrderWithUnitsAndThePapersPointOnlyForRaAndPe() {
        List<ParetoFront.Point> front = List.of(p(90, 1.00), p(85, 1.01), p(80, 1.02));
        var raPe = ParetoFront.plot("t", List.of(Metric.RA, Metric.PE), front);
        assertThat(raPe.ys()).containsExactly(90, 85, 80);
        assertThat(raPe.xs()).containsExactly(1.00, 1.01, 1.02);
        assertThat(raPe.yAxis()).isEqualTo("Ra");
        assertThat(raPe.xAxis()).isEqualTo("PE (ratio)");
        assertThat(raPe.mark()).isEqualTo(ParetoFront.PAPER_FIG6B);
        assertThat(raPe.note()).isEmpty();
        var raLer = ParetoFront.plot("t", List.of(Metric.RA, Metric.LER), front);
        assertThat(raLer.xAxis()).isEqualTo("LER (lm/W)");
        assertThat(raLer.mark()).isNull();
        var three = ParetoFront.plot("t", List.of(Metric.RA, Metric.PE, Metric.LER),
                List.of(p(90, 1.00, 300), p(85, 1.01, 280)));
        assertThat(three.note()).contains("LER (lm/W)").contains("not drawn");
    }

    @Test
    void inThreeMetricsAPointIsDominatedOnlyByOneAtLeastAsGoodInAll() {
        List<ParetoFront.Point> front = ParetoFront.nonDominated(List.of(p(90, 1.00, 300), p(85, 1.01, 280),
                p(85, 1.00, 290), p(84, 1.00, 280), p(80, 1.02, 250)));
        assertThat(front).extracting(x -> x.values()[0]).containsExactlyInAnyOrder(90.0, 85.0, 80.0);
        assertThat(front).hasSize(3);
    }

    @Test
    void runsAreCountedInLongAndASweepBeyondTheMaximumIsRefused() {
        OptimizationSettings s = new OptimizationSettings(Algorithm.CMAES, 2, 400, 1);
        assertThat(ParetoFront.runs(2, 6, s)).isEqualTo(8);
        assertThat(ParetoFront.runs(3, 6, s)).isEqualTo(39);
        // 100000 points with 3 metrics once showed -1,524,070,048 as the total
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParetoFront.runs(3, 100_000, s))
                .hasMessageContaining("10,000,000,003 runs");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParetoFront.runs(2, 1, s))
                .hasMessageContaining("at least 2 points");
    }

    @Test
    void aSweptRaLerFrontIsNonDominatedAndEachPointIsItsDesignsOwnFigures() throws Exception {
        Path config = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
                "examples/optimize-paper-leds.json");
        DesignProblem.Spec spec = OptimizeConfigReader.read(config, null);
        spec = spec.withGoals(spec.objective(), java.util.Map.of())
                .withSettings(new OptimizationSettings(Algorithm.CMAES, 1, 60, 3));
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
        List<ParetoFront.Point> front = ParetoFront.sweep(spec, evaluator, List.of(Metric.RA, Metric.LER), 3, null);
        assertThat(front).isNotEmpty();
        for (ParetoFront.Point a : front) {
            for (ParetoFront.Point b : front) {
                assertThat(ParetoFront.dominates(b, a)).isFalse();
            }
            var again = evaluator.evaluate(a.candidate().result().whiteSpectrum(), spec.reference());
            assertThat(a.values()[0]).isEqualTo(again.ra());
            assertThat(a.values()[1]).isEqualTo(again.lerLmPerW());
        }
    }
}
