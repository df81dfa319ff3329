package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintReportTest {

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");
    private static SpectrumEvaluator evaluator;
    private static DesignProblem.Spec spec;
    private static DesignProblem.Candidate start;

    @BeforeAll
    static void setUp() throws Exception {
        evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
        String text = Files.readString(CONFIG)
                .replace("\"name\": \"560 nm LED\",",
                        "\"name\": \"560 nm LED\", \"weight\": { \"min\": 0.5, \"max\": 2 },")
                .replace("\"minPe\": 1.0", "\"minPe\": 1.0, \"minLer\": 250, \"minRf\": 99, \"minRa\": 20");
        spec = OptimizeConfigReader.parse(Path.of("c.json"), text, null);
        DesignProblem problem = new DesignProblem(spec, evaluator);
        start = problem.candidate(problem.initialPoint());
    }

    private static ConstraintReport.Check check(ConstraintReport r, String field) {
        return r.checks().stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void everyTargetAndConstraintIsReportedOnceInOrderWithItsFieldPath() {
        ConstraintReport r = ConstraintReport.of(spec, start);
        assertThat(r.checks()).extracting(ConstraintReport.Check::field).containsExactly("target.cctK", "target.duv",
                "units[1].weight", "constraints.minRa", "constraints.minPe", "constraints.minLer",
                "constraints.minRf");
        assertThat(r.checks()).extracting(ConstraintReport.Check::name).containsExactly(
                "CCT (K), within " + DesignProblem.CCT_TOLERANCE * 100 + " %", "Duv, within ±0.001 of target",
                "weight of 560 nm LED", "Ra (min)", "PE (min)", "LER (lm/W, min)", "Rf (min)");
        assertThat(r.checks().get(2).limit()).isEqualTo("0.500-2.000");
        assertThat(r.checks().get(5).limit()).isEqualTo("250.000");
        assertThat(r.checks().get(5).value()).isEqualTo(start.metric(Metric.LER));
    }

    @Test
    void eachStatusFollowsItsRuleAndAllMetIsTheirConjunction() {
        ConstraintReport r = ConstraintReport.of(spec, start);
        double cct = start.colorimetry().cctK();
        assertThat(r.checks().get(0).met()).isEqualTo(Math.abs(cct / 3000 - 1) <= DesignProblem.CCT_TOLERANCE);
        assertThat(r.checks().get(1).met()).isEqualTo(Math.abs(start.colorimetry().duv()) <= 0.001);
        double w = start.source().weights()[1];
        assertThat(r.checks().get(2).met()).isEqualTo(w >= 0.5 * (1 - 1e-9) && w <= 2 * (1 + 1e-9));
        // Rf 99 is out of reach of three narrow-band units
        assertThat(r.checks().get(6).met()).isFalse();
        assertThat(r.checks().get(6).status()).isEqualTo("VIOLATED");
        assertThat(r.allMet()).isFalse();
        assertThat(r.violated()).allMatch(c -> !c.met()).contains(r.checks().get(6));
        assertThat(r.violated().size() + r.checks().stream().filter(ConstraintReport.Check::met).count())
                .isEqualTo(r.checks().size());
    }

    @Test
    void aMetricConstraintIsMetExactlyWhenTheOptimizerAddsNoPenaltyForIt() {
        DesignProblem.Spec free = spec.withGoals(spec.objective(), Map.of());
        double ra = start.metric(Metric.RA);
        DesignProblem.Spec atValue = spec.withGoals(spec.objective(), Map.of(Metric.RA, ra));
        DesignProblem.Spec above = spec.withGoals(spec.objective(), Map.of(Metric.RA, ra + 1));
        double[] x = new DesignProblem(free, evaluator).initialPoint();
        double none = new DesignProblem(free, evaluator).value(x);

        DesignProblem met = new DesignProblem(atValue, evaluator);
        assertThat(met.value(x)).isEqualTo(none);
        assertThat(check(ConstraintReport.of(atValue, met.candidate(x)), "constraints.minRa").met()).isTrue();

        DesignProblem violated = new DesignProblem(above, evaluator);
        assertThat(violated.value(x)).isGreaterThan(none);
        assertThat(check(ConstraintReport.of(above, violated.candidate(x)), "constraints.minRa").met()).isFalse();
    }

    @Test
    void aValueThatCannotBeComputedIsADashAndNotMet() {
        DesignProblem.Spec withoutTm30 = spec.withGoals(Map.of(Metric.RA, 1.0), Map.of(Metric.RF, 0.0));
        DesignProblem problem = new DesignProblem(withoutTm30,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        ConstraintReport.Check rf = check(ConstraintReport.of(withoutTm30,
                problem.candidate(problem.initialPoint())), "constraints.minRf");
        assertThat(rf.value()).isNaN();
        assertThat(rf.valueText()).isEqualTo("-");
        assertThat(rf.met()).isFalse();
    }
}
