package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.QuantumDot;
import org.junit.jupiter.api.Test;

class OptimizeConfigReaderTest {

    /** A bound converted from a core diameter or given in nm, found again: rounding only. */
    private static final double BOUND_NM = 1e-9;
    /** A core sized back from its emission peak through the sizing curve: the curve's inversion, rounding only. */
    private static final double CORE_NM = 1e-9;
    /** The target CCT of a start point solved onto the target, K. */
    private static final double ON_TARGET_CCT_K = 1.0;
    /** Its Duv. */
    private static final double ON_TARGET_DUV = 1e-6;

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");
    private static final Path NAME = Path.of("c.json");

    private static String text() throws Exception {
        return Files.readString(CONFIG);
    }

    private static double emission(double coreNm) {
        return QuantumDot.ofCore(coreNm).emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
    }

    @Test
    void coreDiametersAreTheSameSearchAsTheirEmissionPeaks() throws Exception {
        // the third unit's 580-630 nm emission range, given as the core diameters that emit there
        double lo = QuantumDot.coreDiameterForEmissionNm(580, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
        double hi = QuantumDot.coreDiameterForEmissionNm(630, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
        String byCore = text().replace("\"qdEmissionPeakNm\": { \"min\": 580, \"max\": 630, \"start\": 610 }",
                "\"qdCoreDiameterNm\": { \"min\": " + lo + ", \"max\": " + hi + " }");
        assertThat(byCore).contains("qdCoreDiameterNm");
        DesignProblem.Spec core = OptimizeConfigReader.parse(NAME, byCore, null);
        assertThat(core.units().get(2).range(UnitParameter.QD_EMISSION_PEAK_NM).min()).isCloseTo(580, within(BOUND_NM));
        assertThat(core.units().get(2).range(UnitParameter.QD_EMISSION_PEAK_NM).max()).isCloseTo(630, within(BOUND_NM));
        assertThat(emission(hi)).isGreaterThan(emission(lo));
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
        DesignProblem problem = new DesignProblem(core, evaluator);
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 60, 1), null,
                null).minimize(problem.initialPoint());
        double chosenCore = problem.candidate(r.bestPoint()).source().units().get(2).qd().coreDiameterNm();
        assertThat(chosenCore).isBetween(lo - 1e-9, hi + 1e-9);
    }

    @Test
    void aCoreDiameterIsConvertedWithTheUnitsOwnStokesShiftAndIsTheCoreBuilt() throws Exception {
        // 60 meV, not the default 25: the same core emits further red, and the core built is the core given
        String byCore = text().replace("\"qdEmissionPeakNm\": { \"min\": 580, \"max\": 630, \"start\": 610 }",
                "\"qdCoreDiameterNm\": { \"min\": 3.2, \"max\": 4.2, \"start\": 3.5 }, \"stokesShiftMeV\": 60");
        assertThat(byCore).contains("qdCoreDiameterNm");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(NAME, byCore, null);
        ParameterRange peak = spec.units().get(2).range(UnitParameter.QD_EMISSION_PEAK_NM);
        QuantumDot shifted = new QuantumDot(3.2, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, 0.060, QuantumDot.DEFAULT_EMISSION_FWHM_EV,
                QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV, QuantumDot.DEFAULT_PLQY);
        assertThat(peak.min()).isCloseTo(shifted.emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K),
                within(BOUND_NM)).isGreaterThan(emission(3.2) + 5);
        DesignProblem problem = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        double[] x = problem.initialPoint();
        int q = 4; // two units' QD peak and OD, then this one's QD peak
        assertThat(x[q]).isCloseTo(peak.value(), within(BOUND_NM));
        double[][] cases = {{peak.min(), 3.2}, {peak.value(), 3.5}, {peak.max(), 4.2}};
        for (double[] c : cases) {
            x[q] = c[0];
            QuantumDot built = problem.candidate(x).source().units().get(2).qd();
            assertThat(built.coreDiameterNm()).isCloseTo(c[1], within(CORE_NM));
            assertThat(built.stokesShiftEv()).isEqualTo(0.060);
        }
    }

    @Test
    void aCoreDiameterWithAFreeStokesShiftIsRefusedNamingBoth() throws Exception {
        String free = text().replace("\"qdEmissionPeakNm\": { \"min\": 580, \"max\": 630, \"start\": 610 }",
                "\"qdCoreDiameterNm\": { \"fixed\": 3.5 }, \"stokesShiftMeV\": { \"min\": 10, \"max\": 60 }");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, free, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("c.json: units[2].qdCoreDiameterNm").hasMessageContaining("stokesShiftMeV")
                .hasMessageContaining("qdEmissionPeakNm");
        String bad = text().replace("\"qdEmissionPeakNm\": { \"min\": 580, \"max\": 630, \"start\": 610 }",
                "\"qdCoreDiameterNm\": { \"fixed\": 3.5 }, \"stokesShiftMeV\": 400");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, bad, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[2].stokesShiftMeV.fixed").hasMessageContaining("physical range");
    }

    @Test
    void coreDiameterErrorsNameTheirField() throws Exception {
        String both = text().replaceFirst("\"qdEmissionPeakNm\"", "\"qdCoreDiameterNm\": { \"fixed\": 3 }, "
                + "\"qdEmissionPeakNm\"");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, both, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("c.json: units[0]").hasMessageContaining("not both");
        String tooBig = text().replaceFirst("\"qdEmissionPeakNm\": \\{[^}]*\\}", "\"qdCoreDiameterNm\": { \"fixed\": 9.5 }");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, tooBig, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].qdCoreDiameterNm.fixed");
        String tooRed = text().replaceFirst("\"qdEmissionPeakNm\": \\{[^}]*\\}", "\"qdCoreDiameterNm\": { \"fixed\": 8 }");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, tooRed, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].qdCoreDiameterNm.fixed").hasMessageContaining("emits at");
        String neither = text().replaceFirst("\"qdEmissionPeakNm\": \\{[^}]*\\}, ", "");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, neither, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].qdEmissionPeakNm").hasMessageContaining("qdCoreDiameterNm");
    }

    @Test
    void aFixedDriveWeightIsKeptAndTheOthersAreSolvedOntoTheTarget() throws Exception {
        String fixed = text().replace("\"name\": \"635 nm LED\",", "\"name\": \"635 nm LED\", \"weight\": { \"fixed\": 0.5 },");
        assertThat(fixed).contains("\"fixed\": 0.5");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(NAME, fixed, null);
        assertThat(spec.units().get(2).weight()).isEqualTo(new DriveWeight(0.5, 0.5, 0.5));
        DesignProblem problem = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        // the starting point needs a negative green weight at Duv 0; a short search finds QDs that do not
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 200, 1), null,
                null).minimize(problem.initialPoint());
        DesignProblem.Candidate c = problem.candidate(r.bestPoint());
        assertThat(c.source().weights()[2]).isEqualTo(0.5);
        assertThat(c.reachable()).as(java.util.Arrays.toString(c.source().weights())).isTrue();
        assertThat(c.colorimetry().cctK()).isCloseTo(3000, within(ON_TARGET_CCT_K));
        assertThat(c.colorimetry().duv()).isCloseTo(0, within(ON_TARGET_DUV));
        assertThat(problem.weightBoundViolation(c.source().weights())).isZero();
    }

    @Test
    void weightBoundsAreConstraintsOnTheSolvedWeights() throws Exception {
        String bounded = text().replace("\"name\": \"560 nm LED\",",
                "\"name\": \"560 nm LED\", \"weight\": { \"min\": 0.5, \"max\": 0.6 },");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(NAME, bounded, null);
        assertThat(spec.units().get(1).weight().fixed()).isNaN();
        DesignProblem problem = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        assertThat(problem.weightBoundViolation(new double[] {1, 0.55, 1})).isZero();
        assertThat(problem.weightBoundViolation(new double[] {1, 0.3, 1})).isGreaterThan(0);
        String withStart = text().replace("\"name\": \"560 nm LED\",",
                "\"name\": \"560 nm LED\", \"weight\": { \"min\": 0.5, \"max\": 0.6, \"start\": 0.55 },");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, withStart, null))
                .isInstanceOf(InputException.class).hasMessageContaining("units[1].weight.start");
    }

    @Test
    void weightsMustNotBeNegativeAndBudgetsNotBeyondTheMaximum() throws Exception {
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, text().replace("\"pe\": 0.5", "\"pe\": -0.5"),
                null)).isInstanceOf(InputException.class).hasMessageStartingWith("c.json: objective.pe: must be >= 0");
        // 100000 x 100000 once showed as 1,410,065,408 evaluations
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, text().replace("\"starts\": 2, \"maxEvaluations\": 400",
                "\"starts\": 100000, \"maxEvaluations\": 100000"), null)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("c.json: search: starts x maxEvaluations must be at most 1,000,000,000");
        assertThat(new OptimizationSettings(Algorithm.CMAES, 1000, 1_000_000, 1).budget()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aPlainNumberIsAFixedValue() throws Exception {
        for (String v : new String[] {"42", "42.5"}) {
            String plain = text().replaceFirst("\"od1S\": \\{[^}]*\\}", "\"od1S\": " + v);
            assertThat(plain).isNotEqualTo(text());
            DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("plain.json"), plain, null);
            ParameterRange od = spec.units().get(0).range(UnitParameter.OD_1S);
            assertThat(od.free()).isFalse();
            assertThat(od.value()).isEqualTo(Double.parseDouble(v));
        }
        String text = text().replaceFirst("\"od1S\": \\{[^}]*\\}", "\"od1S\": \"42\"");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(Path.of("plain.json"), text, null))
                .isInstanceOf(InputException.class).hasMessageContaining("units[0].od1S");
    }
}
