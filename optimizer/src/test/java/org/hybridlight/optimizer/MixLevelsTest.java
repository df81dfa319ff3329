package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/**
 * The mix levels of {@link SearchVector}: with more solved drive weights than the target chromaticity fixes, the
 * search moves along the weights on target.
 */
class MixLevelsTest {

    /** Chromaticity of two mixtures solved onto the same target: the solver's own accuracy. */
    private static final double ON_TARGET_XY = 1e-9;
    /** Weights from the same equations reached two ways: rounding only. */
    private static final double SAME_WEIGHT = 1e-9;
    /** The four plain LEDs' peaks and FWHMs. */
    private static final int UNIT_PARAMETERS = 8;

    private static final Path EXAMPLE = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-four-leds-rf.json");
    private static final String FOURTH_UNIT = ",\n    { \"name\": \"LED 4\", \"ledShape\": \"gaussian-wavelength\", "
            + "\"ledPeakNm\": { \"min\": 400, \"max\": 700, \"start\": 630 },\n      \"ledFwhmNm\": { \"min\": 15, "
            + "\"max\": 60, \"start\": 30 } }";

    private static DesignProblem problem(String text) throws Exception {
        return new DesignProblem(OptimizeConfigReader.parse(Path.of("mix.json"), text, null),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
    }

    private static String example() throws Exception {
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains(FOURTH_UNIT);
        return text;
    }

    @Test
    void threeSolvedUnitsHaveNoMixLevelsAsTheTargetFixesTheirWeights() throws Exception {
        DesignProblem three = problem(example().replace(FOURTH_UNIT, ""));
        assertThat(three.dimension()).isEqualTo(6);
        assertThat(three.mixLevels()).isZero();
    }

    @Test
    void fourSolvedUnitsGetALevelForEachButTheFirstStartingAtZero() throws Exception {
        DesignProblem four = problem(example());
        assertThat(four.dimension()).isEqualTo(UNIT_PARAMETERS + 3);
        assertThat(four.mixLevels()).isEqualTo(3);
        double[] x = four.initialPoint();
        for (int i = UNIT_PARAMETERS; i < x.length; i++) {
            assertThat(x[i]).isZero();
            assertThat(four.lowerBounds()[i]).isNegative();
            assertThat(four.upperBounds()[i]).isEqualTo(-four.lowerBounds()[i]);
        }
    }

    @Test
    void aLevelMovesTheWeightsAlongTheTargetAndEveryWeightOnTargetIsReachedByItsOwnProposal() throws Exception {
        DesignProblem four = problem(example());
        double[] x = four.initialPoint();
        DesignProblem.Candidate start = four.candidate(x);
        x[UNIT_PARAMETERS + 2] = 30; // LED 4's proposal up 3 dB
        DesignProblem.Candidate moved = four.candidate(x);
        assertThat(start.reachable()).isTrue();
        assertThat(moved.reachable()).isTrue();
        Chromaticity a = start.colorimetry().xy();
        Chromaticity b = moved.colorimetry().xy();
        assertThat(b.x()).isCloseTo(a.x(), within(ON_TARGET_XY));
        assertThat(b.y()).isCloseTo(a.y(), within(ON_TARGET_XY));
        double[] w = moved.source().weights();
        assertThat(w[3] / w[0]).isGreaterThan(start.source().weights()[3] / start.source().weights()[0]);

        // propose exactly the moved weights (relative to the first unit, in tenths of a dB): they come back
        double[] y = four.initialPoint();
        for (int u = 1; u < 4; u++) {
            y[UNIT_PARAMETERS + u - 1] = 100 * Math.log10(w[u] / w[0]);
        }
        double[] again = four.candidate(y).source().weights();
        double[] fromWeights = four.candidate(four.initialPoint(w)).source().weights();
        for (int u = 0; u < 4; u++) {
            assertThat(again[u]).isCloseTo(w[u], within(SAME_WEIGHT));
            assertThat(fromWeights[u]).isCloseTo(w[u], within(SAME_WEIGHT));
        }
    }

    @Test
    void aBoundOnAWeightThatEqualProposalsBreakIsMetAlongTheFamily() throws Exception {
        // peaks and widths fixed: only the three mix levels are searched
        String text = example();
        for (String start : new String[] {"450", "520", "580", "630"}) {
            text = text.replace("\"ledPeakNm\": { \"min\": 400, \"max\": 700, \"start\": " + start + " }",
                    "\"ledPeakNm\": " + start);
        }
        text = text.replace("\"ledFwhmNm\": { \"min\": 15, \"max\": 60, \"start\": 30 }", "\"ledFwhmNm\": 30")
                .replace("{ \"name\": \"LED 1\", ", "{ \"name\": \"LED 1\", \"weight\": { \"min\": 0.1, \"max\": 0.2 }, ")
                .replace("\"algorithm\": \"bobyqa\", \"starts\": 3, \"maxEvaluations\": 333",
                        "\"algorithm\": \"cmaes\", \"starts\": 1, \"maxEvaluations\": 200");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("bound.json"), text, null);
        DesignProblem problem = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        assertThat(problem.dimension()).isEqualTo(3);
        // the weights equal proposals give put LED 1 above its bound
        assertThat(ConstraintReport.of(spec, problem.candidate(problem.initialPoint())).allMet()).isFalse();
        OptimizationResult r = new Minimizer(problem, spec.settings(), null, null).minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(ConstraintReport.of(spec, best).allMet()).isTrue();
        assertThat(best.source().weights()[0]).isBetween(0.1, 0.2);
    }

    @Test
    void withAFixedWeightEverySolvedUnitHasALevelOnceTheyHaveAFreeDirection() throws Exception {
        String fixedFirst = example().replace("{ \"name\": \"LED 1\", ", "{ \"name\": \"LED 1\", \"weight\": 0.5, ");
        assertThat(fixedFirst).contains("\"weight\": 0.5");
        // three solved units and the fixed unit's light set the scale: one free direction, three levels
        assertThat(problem(fixedFirst).dimension()).isEqualTo(UNIT_PARAMETERS + 3);
        // two solved units: none
        assertThat(problem(fixedFirst.replace(FOURTH_UNIT, "")).dimension()).isEqualTo(6);
    }
}
