package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Constraints hold: feasibility first (Deb's rules), the best feasible design seen is the result. */
class FeasibilityFirstTest {

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");
    private static SpectrumEvaluator evaluator;
    private static DesignProblem.Spec base;

    @BeforeAll
    static void setUp() throws Exception {
        evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
        DesignProblem.Spec config = OptimizeConfigReader.read(CONFIG, null)
                .withSettings(new OptimizationSettings(Algorithm.CMAES, 1, 150, 1));
        // a design on target, found once, becomes the start: the feasible region below is not empty by construction
        DesignProblem.Spec onTarget = config.withGoals(Map.of(Metric.PE, 1.0), Map.of());
        DesignProblem p = new DesignProblem(onTarget, evaluator);
        double[] x = new Minimizer(p, onTarget.settings(), null, null).minimize(p.initialPoint()).bestPoint();
        base = startingAt(config, x);
    }

    /** The problem with each free parameter starting at {@code x}. */
    static DesignProblem.Spec startingAt(DesignProblem.Spec s, double[] x) {
        List<UnitSpec> units = new java.util.ArrayList<>();
        int i = 0;
        for (UnitSpec u : s.units()) {
            Map<UnitParameter, ParameterRange> m = new EnumMap<>(u.parameters());
            for (Map.Entry<UnitParameter, ParameterRange> e : m.entrySet()) {
                ParameterRange r = e.getValue();
                if (r.free()) {
                    e.setValue(ParameterRange.free(r.min(), r.max(), x[i++]));
                }
            }
            units.add(u.withParameters(m));
        }
        return s.withUnits(units);
    }

    /**
     * The case: Ra maximized with PE held above a value one design is known to reach (the start, built
     * so). With 10 × shortfall penalties the search traded PE for Ra and returned a design below the bound; now the
     * result meets it.
     */
    @Test
    void aConstraintMetByADesignSeenIsMetByTheResult() {
        DesignProblem start = new DesignProblem(base, evaluator);
        DesignProblem.Candidate known = start.candidate(start.initialPoint());
        assertThat(ConstraintReport.of(base.withGoals(Map.of(Metric.RA, 1.0), Map.of()), known).allMet())
                .as("the start is on target").isTrue();
        Map<Metric, Double> bounds = new EnumMap<>(Metric.class);
        bounds.put(Metric.PE, known.metric(Metric.PE));
        for (Algorithm a : Algorithm.values()) {
            DesignProblem.Spec s = base.withGoals(Map.of(Metric.RA, 1.0), bounds)
                    .withSettings(new OptimizationSettings(a, 1, 150, 1));
            DesignProblem problem = new DesignProblem(s, evaluator);
            OptimizationResult r = new Minimizer(problem, s.settings(), null, null).minimize(problem.initialPoint());
            DesignProblem.Candidate best = problem.candidate(r.bestPoint());
            assertThat(ConstraintReport.of(s, best).violated()).as(a.label()).isEmpty();
            assertThat(best.metric(Metric.PE)).as(a.label()).isGreaterThanOrEqualTo(known.metric(Metric.PE));
            assertThat(best.metric(Metric.RA)).as(a.label()).isGreaterThanOrEqualTo(known.metric(Metric.RA));
            assertThat(r.bestValue()).as(a.label()).isEqualTo(-problem.score(best));
        }
    }

    @Test
    void theViolationIsZeroExactlyWhenTheReportSaysAllMetAndEveryFeasibleValueBeatsEveryInfeasibleOne() {
        Map<Metric, Double> bounds = new EnumMap<>(Metric.class);
        bounds.put(Metric.PE, 1.0);
        DesignProblem.Spec s = base.withGoals(Map.of(Metric.RA, 1.0, Metric.PE, 0.5), bounds);
        DesignProblem problem = new DesignProblem(s, evaluator);
        java.util.Random random = new java.util.Random(5);
        double[] lo = problem.lowerBounds();
        double[] hi = problem.upperBounds();
        double worstFeasible = Double.NEGATIVE_INFINITY;
        double bestInfeasible = Double.POSITIVE_INFINITY;
        int feasible = 0;
        double[] start = problem.initialPoint();
        for (int k = 0; k < 60; k++) {
            // around a design on target, from none to a tenth of each range away
            double spread = 0.1 * k / 60;
            double[] x = new double[lo.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.max(lo[i], Math.min(hi[i], start[i] + spread * (hi[i] - lo[i]) * random.nextGaussian()));
            }
            DesignProblem.Candidate c = problem.candidate(x);
            boolean met = ConstraintReport.of(s, c).allMet();
            assertThat(ConstraintReport.violation(s, c) == 0).isEqualTo(met);
            double v = problem.value(x);
            if (met) {
                feasible++;
                worstFeasible = Math.max(worstFeasible, v);
            } else {
                bestInfeasible = Math.min(bestInfeasible, v);
            }
        }
        assertThat(feasible).as("both kinds sampled").isBetween(1, 59);
        assertThat(worstFeasible).isLessThan(bestInfeasible);
        assertThat(bestInfeasible).isGreaterThan(problem.infeasibleOffset());
    }

    @Test
    void everyParetoPointMeetsItsOwnBoundsAndTheConfigsConstraints() {
        DesignProblem.Spec s = base.withGoals(base.objective(), Map.of(Metric.PE, 1.0))
                .withSettings(new OptimizationSettings(Algorithm.CMAES, 1, 60, 3));
        List<Metric> metrics = List.of(Metric.RA, Metric.PE);
        List<ParetoFront.Point> front = ParetoFront.sweep(s, evaluator, metrics, 4, null);
        assertThat(front).isNotEmpty();
        for (ParetoFront.Point p : front) {
            Map<Metric, Double> own = new EnumMap<>(s.minimums());
            if (!Double.isNaN(p.bounds()[0])) {
                own.merge(Metric.PE, p.bounds()[0], Math::max);
                assertThat(p.values()[1]).isGreaterThanOrEqualTo(p.bounds()[0]);
            }
            assertThat(ConstraintReport.of(s.withGoals(Map.of(Metric.RA, 1.0), own), p.candidate()).violated())
                    .as(String.format(Locale.ROOT, "point Ra %.2f PE %.4f", p.values()[0], p.values()[1])).isEmpty();
        }
    }

}
