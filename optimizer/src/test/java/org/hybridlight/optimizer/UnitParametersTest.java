package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.SubGapTailLaw;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Each of the dots' optional parameters, the LED's optical power and the source temperature is searched when free and
 * reaches the model; bad ranges name the field.
 */
class UnitParametersTest {

    /** A searched value read back from the built dots: unit conversion (meV to eV, % to fraction) only. */
    private static final double READ_BACK = 1e-9;

    /** Ratios of a model linear in LED power: rounding only. */
    private static final double LINEAR = 1e-9;

    private static final Path NAME = Path.of("c.json");

    /** The paper's three units with everything fixed; {@code extra} goes into the second unit. */
    private static String config(String extra) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("hybridlight.root", "..")).resolve(
                "examples/optimize-paper-leds.json"));
        text = text.replaceAll("\"qdEmissionPeakNm\": \\{ \"min\": (\\d+), \"max\": \\d+, \"start\": (\\d+) \\}",
                "\"qdEmissionPeakNm\": $2").replaceAll("\"od1S\": \\{[^}]*\\}", "\"od1S\": 60");
        return text.replace("\"name\": \"560 nm LED\",", "\"name\": \"560 nm LED\", " + extra + ",");
    }

    private static ToDoubleFunction<QuantumDot> field(UnitParameter p) {
        return switch (p) {
            case QD_EMISSION_FWHM_MEV -> q -> 1000 * q.emissionFwhmEv();
            case STOKES_SHIFT_MEV -> q -> 1000 * q.stokesShiftEv();
            case PLQY -> QuantumDot::plqy;
            case SIZE_DISPERSION_PERCENT -> q -> 100 * q.sizeDispersion();
            case TAIL_PREFACTOR -> QuantumDot::tailPrefactor;
            default -> throw new IllegalArgumentException(p.name());
        };
    }

    @ParameterizedTest
    @CsvSource({"QD_EMISSION_FWHM_MEV, 60, 140, 100", "STOKES_SHIFT_MEV, 10, 60, 35", "PLQY, 0.5, 1, 0.75",
            "SIZE_DISPERSION_PERCENT, 0, 10, 5", "TAIL_PREFACTOR, 0.2, 5, 2"})
    void theOnlyFreeParameterIsSearchedAndBuiltIntoTheDots(UnitParameter p, double min, double max, double start)
            throws Exception {
        String text = config("\"" + p.configName() + "\": { \"min\": " + min + ", \"max\": " + max + ", \"start\": "
                + start + " }");
        DesignProblem problem = new DesignProblem(OptimizeConfigReader.parse(NAME, text, null),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        assertThat(problem.dimension()).isEqualTo(1);
        assertThat(problem.initialPoint()).containsExactly(start);
        // the parameter reaches the spectrum: its two bounds give two different whites
        double[] atMin = problem.candidate(new double[] {min}).result().whiteWPerNm();
        double[] atMax = problem.candidate(new double[] {max}).result().whiteWPerNm();
        assertThat(atMin).isNotEqualTo(atMax);
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 40, 1), null,
                null).minimize(problem.initialPoint());
        double best = r.bestPoint()[0];
        assertThat(best).isNotEqualTo(start).isBetween(min, max);
        assertThat(r.bestValue()).isLessThanOrEqualTo(problem.value(problem.initialPoint()));
        QuantumDot qd = problem.candidate(r.bestPoint()).source().units().get(1).qd();
        assertThat(field(p).applyAsDouble(qd)).isCloseTo(best, within(READ_BACK));
    }

    private static DesignProblem problem(String text) throws Exception {
        return new DesignProblem(OptimizeConfigReader.parse(NAME, text, null),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
    }

    @Test
    void aFreeSourceTemperatureIsSearchedAndHeatsTheDots() throws Exception {
        String text = config("\"tailLaw\": \"boltzmann\"").replace("\"temperatureK\": 300",
                "\"temperatureK\": { \"min\": 280, \"max\": 360, \"start\": 300 }");
        DesignProblem problem = problem(text);
        assertThat(problem.dimension()).isEqualTo(1);
        assertThat(problem.initialPoint()).containsExactly(300.0);
        DesignProblem.Candidate cold = problem.candidate(new double[] {280});
        DesignProblem.Candidate hot = problem.candidate(new double[] {360});
        assertThat(cold.source().temperatureK()).isEqualTo(280);
        assertThat(hot.source().temperatureK()).isEqualTo(360);
        // the gap shrinks with temperature (-0.3 meV/K): the same dots emit further red when hot
        QuantumDot qd = hot.source().units().get(1).qd();
        assertThat(qd.emissionPeakNm(360)).isGreaterThan(qd.emissionPeakNm(280));
        assertThat(cold.result().whiteWPerNm()).isNotEqualTo(hot.result().whiteWPerNm());
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 40, 1), null,
                null).minimize(problem.initialPoint());
        double best = r.bestPoint()[0];
        assertThat(best).isNotEqualTo(300.0).isBetween(280.0, 360.0);
        assertThat(r.bestValue()).isLessThanOrEqualTo(problem.value(problem.initialPoint()));
        assertThat(problem.candidate(r.bestPoint()).source().temperatureK()).isEqualTo(best);
    }

    @Test
    void aFreeLedPowerScalesTheSolvedWeightsAndIsMovedIntoTheirBounds() throws Exception {
        // the red unit at a fixed drive weight: the others are solved around its light (the green one is off)
        String text = config("\"tailLaw\": \"boltzmann\"").replace("\"name\": \"635 nm LED\",",
                "\"name\": \"635 nm LED\", \"ledOpticalPowerW\": { \"min\": 0.05, \"max\": 0.2, \"start\": 0.1 }, "
                        + "\"weight\": { \"fixed\": 1 },");
        DesignProblem free = problem(text);
        assertThat(free.dimension()).isEqualTo(1);
        assertThat(free.initialPoint()).containsExactly(0.1);
        DesignProblem.Candidate low = free.candidate(new double[] {0.05});
        DesignProblem.Candidate high = free.candidate(new double[] {0.2});
        assertThat(high.source().units().get(2).led().opticalPowerW()).isEqualTo(0.2);
        // the model is linear in power: four times the red light, four times the blue unit's weight and the white
        double blue = free.candidate(new double[] {0.1}).source().weights()[0];
        assertThat(blue).isPositive();
        assertThat(high.source().weights()[0] / low.source().weights()[0]).isCloseTo(4, within(LINEAR));
        assertThat(high.result().opticalPowerOutW() / low.result().opticalPowerOutW()).isCloseTo(4, within(LINEAR));
        assertThat(high.metric(Metric.RA)).isCloseTo(low.metric(Metric.RA), within(LINEAR));
        // a bound on the blue unit's solved weight that the start breaks: the search lowers the red power to meet it
        double bound = 0.7 * blue;
        DesignProblem problem = problem(text.replace("\"name\": \"510 nm LED\",", "\"name\": \"510 nm LED\", "
                + "\"weight\": { \"max\": " + bound + " },"));
        assertThat(blueWeightMet(problem, problem.candidate(problem.initialPoint()))).isFalse();
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 40, 1), null,
                null).minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(r.bestPoint()[0]).isLessThanOrEqualTo(0.07 * (1 + LINEAR));
        assertThat(best.source().weights()[0]).isLessThanOrEqualTo(bound * (1 + LINEAR));
        assertThat(blueWeightMet(problem, best)).isTrue();
    }

    private static boolean blueWeightMet(DesignProblem problem, DesignProblem.Candidate c) {
        return ConstraintReport.of(problem.spec(), c).checks().stream()
                .filter(k -> k.field().equals("units[0].weight")).findFirst().orElseThrow().met();
    }

    private static ConstraintReport.Check dispersionCheck(DesignProblem problem, DesignProblem.Candidate c) {
        return ConstraintReport.of(problem.spec(), c).checks().stream()
                .filter(k -> k.field().equals("units[1].sizeDispersionPercent")).findFirst().orElseThrow();
    }

    @Test
    void aSizeDispersionTooWideForItsCoreIsCutAndCountsAsAViolationInsteadOfStoppingTheSearch() throws Exception {
        // the second unit's dots emit at 535 nm from cores of about 2.3 nm: near the small end of the sizing curve
        DesignProblem problem = problem(config("\"sizeDispersionPercent\": { \"min\": 0, \"max\": 15, \"start\": 15 }"));
        DesignProblem.Candidate start = problem.candidate(problem.initialPoint());
        double cut = start.sizeDispersionCutPercent(1);
        double built = 100 * start.source().units().get(1).qd().sizeDispersion();
        assertThat(cut).isPositive();
        assertThat(built + cut).isCloseTo(15, within(READ_BACK));
        assertThat(start.sizeDispersionCutPercent(0)).isZero();
        ConstraintReport.Check check = dispersionCheck(problem, start);
        assertThat(check.met()).isFalse();
        assertThat(check.valueText()).contains("built at");
        // infeasible, and graded: a smaller excess is a better value, so the search is led back inside
        assertThat(problem.value(problem.initialPoint())).isGreaterThan(problem.infeasibleOffset());
        assertThat(problem.value(new double[] {14})).isLessThan(problem.value(new double[] {15}));
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 40, 1), null,
                null).minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(best.sizeDispersionCutPercent(1)).isZero();
        assertThat(dispersionCheck(problem, best).met()).isTrue();
        assertThat(r.bestPoint()[0]).isLessThanOrEqualTo(built + READ_BACK);
        assertThat(100 * best.source().units().get(1).qd().sizeDispersion()).isCloseTo(r.bestPoint()[0],
                within(READ_BACK));
    }

    @Test
    void aDispersionRangeTheCurveNeverTakesEndsAsAnInfeasibleDesignNotAnError() throws Exception {
        DesignProblem problem = problem(config("\"sizeDispersionPercent\": { \"min\": 13, \"max\": 15 }"));
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 30, 1), null,
                null).minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(r.bestValue()).isGreaterThan(problem.infeasibleOffset());
        assertThat(best.sizeDispersionCutPercent(1)).isPositive();
        assertThat(dispersionCheck(problem, best).met()).isFalse();
        assertThat(ConstraintReport.violation(problem.spec(), best)).isPositive();
        // the design reported is one the model takes: its dots rebuild from their own parameters
        QuantumDot qd = best.source().units().get(1).qd();
        assertThat(QuantumDot.ofCore(qd.coreDiameterNm()).withSizeDispersion(qd.sizeDispersion()).sizeDispersion())
                .isEqualTo(qd.sizeDispersion());
    }

    @Test
    void leftOutTheyAreTheModelsDefaultsAndTheTailLawIsAFixedChoice() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.parse(NAME, config("\"tailLaw\": \"phonon-population\""), null);
        QuantumDot qd = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false))
                .candidate(new double[0]).source().units().get(1).qd();
        assertThat(qd.tailLaw()).isEqualTo(SubGapTailLaw.PHONON_POPULATION);
        assertThat(spec.units().get(0).tailLaw()).isEqualTo(QuantumDot.DEFAULT_TAIL_LAW);
        assertThat(qd.emissionFwhmEv()).isCloseTo(QuantumDot.DEFAULT_EMISSION_FWHM_EV, within(READ_BACK));
        assertThat(qd.stokesShiftEv()).isCloseTo(QuantumDot.DEFAULT_STOKES_SHIFT_EV, within(READ_BACK));
        assertThat(qd.plqy()).isEqualTo(QuantumDot.DEFAULT_PLQY);
        assertThat(qd.sizeDispersion()).isZero();
        assertThat(qd.tailPrefactor()).isEqualTo(1);
        DesignProblem.Candidate c = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false))
                .candidate(new double[0]);
        assertThat(c.source().temperatureK()).isEqualTo(QuantumDot.REFERENCE_TEMPERATURE_K);
        assertThat(c.source().units().get(0).led().opticalPowerW()).isEqualTo(DesignProblem.LED_POWER_W);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"plqy\": { \"min\": 0.9, \"max\": 0.8 }|units[1].plqy|max must exceed min",
        "\"plqy\": 1.2|units[1].plqy.fixed|physical range",
        "\"stokesShiftMeV\": { \"min\": -5, \"max\": 20 }|units[1].stokesShiftMeV.min|physical range",
        "\"sizeDispersionPercent\": { \"min\": 0, \"max\": 30 }|units[1].sizeDispersionPercent.max|physical range",
        "\"tailPrefactor\": { \"min\": 1, \"max\": 2, \"start\": 3 }|units[1].tailPrefactor.start|got 3",
        "\"qdEmissionFwhmMeV\": { \"fixed\": 2 }|units[1].qdEmissionFwhmMeV.fixed|physical range",
        "\"tailLaw\": \"sideways\"|units[1].tailLaw|sideways",
        "\"ledOpticalPowerW\": 0|units[1].ledOpticalPowerW.fixed|physical range",
        "\"ledOpticalPowerW\": { \"min\": 0.1, \"max\": 2000 }|units[1].ledOpticalPowerW.max|physical range",
        "\"ledOpticalPowerW\": { \"fixed\": 0.1, \"min\": 0.05 }|units[1].ledOpticalPowerW|not both",
        "TEMPERATURE { \"min\": 100, \"max\": 300 }|temperatureK.min|physical range",
        "TEMPERATURE { \"min\": 300, \"max\": 350, \"start\": 400 }|temperatureK.start|got 400",
        "TEMPERATURE 500|temperatureK.fixed|physical range",
        "TEMPERATURE { \"max\": 350 }|temperatureK|needs min and max"})
    void badRangesNameTheirField(String extra, String field, String problem) throws Exception {
        String text = extra.startsWith("TEMPERATURE ") ? config("\"tailLaw\": \"boltzmann\"").replace(
                "\"temperatureK\": 300", "\"temperatureK\": " + extra.substring("TEMPERATURE ".length()))
                : config(extra);
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, text, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("c.json: " + field).hasMessageContaining(problem);
    }
}
