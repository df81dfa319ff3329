package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.UnitResult;
import java.util.List;
import org.hybridlight.optimizer.batch.Sweep;
import org.hybridlight.optimizer.batch.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels without dots in optimizer configs: plain Gaussian LEDs and phosphor-converted LEDs. */
class ChannelsTest {

    /** Energy sums of one spectrum integrated two ways: rounding only. */
    private static final double BOOKKEEPING_W = 1e-12;
    /** Photon counts and efficiencies of one simulation, formed two ways: rounding only. */
    private static final double PHOTON_RATIO = 1e-12;
    /**
     * luxpy spdbuild's figure for this problem class as issue 12 quotes it; the four-LED example passes it with its
     * own settings (3 BOBYQA starts, 999 evaluations: Rf 98.5 measured) once the mix levels search the weights'
     * free direction (97.9 before, with the weights equal proposals give).
     */
    private static final double LUXPY_QUOTED_RF = 98.4;

    private static final Path EXAMPLE = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-four-leds-rf.json");
    /** The same problem with the widths free up to this model's 100 nm LED limit, closer to luxpy's bounds. */
    private static final Path WIDE_EXAMPLE = EXAMPLE.resolveSibling("optimize-four-leds-rf-wide.json");
    private static final Path NAME = Path.of("c.json");

    private static SpectrumEvaluator evaluator() {
        return new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
    }

    private static void bookkeepingCloses(HybridResult r) {
        double in = 0;
        double out = 0;
        for (UnitResult u : r.units()) {
            assertThat(u.transmittedW() + u.absorbedW()).isCloseTo(u.opticalPowerInW(), within(BOOKKEEPING_W));
            assertThat(u.opticalPowerOutW()).isCloseTo(u.transmittedW() + u.emittedW(), within(BOOKKEEPING_W));
            assertThat(u.emittedW()).isLessThanOrEqualTo(u.absorbedW() + BOOKKEEPING_W);
            in += u.opticalPowerInW();
            out += u.opticalPowerOutW();
        }
        assertThat(r.opticalPowerInW()).isCloseTo(in, within(BOOKKEEPING_W));
        assertThat(r.opticalPowerOutW()).isCloseTo(out, within(BOOKKEEPING_W));
    }

    @Test
    void fourPlainLedsPassLuxpysQuotedRfWithinAThousandEvaluationsAndConvertNothing() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.read(EXAMPLE, null);
        DesignProblem problem = new DesignProblem(spec, evaluator());
        // peaks and FWHMs, and three mix levels
        assertThat(problem.dimension()).isEqualTo(11);
        OptimizationResult r = new Minimizer(problem, spec.settings(), null, null).minimize(problem.initialPoint());
        assertThat(r.evaluations()).isLessThanOrEqualTo(1000);
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(best.reachable()).isTrue();
        assertThat(best.metric(Metric.RF)).isGreaterThanOrEqualTo(LUXPY_QUOTED_RF);
        for (UnitResult u : best.result().units()) {
            assertThat(u.powerConversionEfficiency()).isEqualTo(1.0);
            assertThat(u.absorbedW()).isZero();
        }
        bookkeepingCloses(best.result());
    }

    @Test
    void withWidthsUpToOneHundredNmFourPlainLedsPassLuxpysQuotedRfWithinAThousandEvaluations() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.read(WIDE_EXAMPLE, null);
        DesignProblem problem = new DesignProblem(spec, evaluator());
        OptimizationResult r = new Minimizer(problem, spec.settings(), null, null).minimize(problem.initialPoint());
        assertThat(r.evaluations()).isLessThanOrEqualTo(1000);
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        assertThat(best.reachable()).isTrue();
        assertThat(best.metric(Metric.RF)).isGreaterThanOrEqualTo(LUXPY_QUOTED_RF);
        bookkeepingCloses(best.result());
    }

    @Test
    void aPhosphorConvertedChannelSearchesItsBandAndFraction() throws Exception {
        String text = Files.readString(EXAMPLE).replace("\"name\": \"LED 3\", \"ledShape\": \"gaussian-wavelength\","
                + " \"ledPeakNm\": { \"min\": 400, \"max\": 700, \"start\": 580 }",
                "\"name\": \"lime pc-LED\", \"ledShape\": \"phosphor-converted\", \"phosphorFraction\": { \"min\": 0.5, "
                        + "\"max\": 1, \"start\": 0.8 }, \"ledPeakNm\": { \"min\": 530, \"max\": 580, \"start\": 550 }")
                .replace("\"ledFwhmNm\": { \"min\": 15, \"max\": 60, \"start\": 30 } },\n    { \"name\": \"LED 4",
                        "\"ledFwhmNm\": { \"min\": 60, \"max\": 120, \"start\": 90 } },\n    { \"name\": \"LED 4")
                .replace("\"maxEvaluations\": 333", "\"maxEvaluations\": 60");
        assertThat(text).contains("lime pc-LED").contains("\"min\": 60, \"max\": 120");
        DesignProblem.Spec spec = OptimizeConfigReader.parse(NAME, text, null);
        DesignProblem problem = new DesignProblem(spec, evaluator());
        assertThat(problem.dimension()).isEqualTo(12);
        OptimizationResult r = new Minimizer(problem, spec.settings(), null, null).minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        UnitResult pc = best.result().units().get(2);
        // the phosphor's Stokes loss and quantum efficiency: below 1, the plain channels stay at exactly 1
        assertThat(pc.powerConversionEfficiency()).isLessThan(1).isGreaterThan(0);
        assertThat(best.result().units().get(0).powerConversionEfficiency()).isEqualTo(1.0);
        assertThat(best.source().units().get(2).led().phosphorFraction()).isBetween(0.5, 1.0);
        bookkeepingCloses(best.result());
    }

    /** The four-LED example with its amber channel a lime pc-LED; {@code qe} is its phosphorQuantumEfficiency. */
    private static String withPcLed(String qe) throws Exception {
        return Files.readString(EXAMPLE).replace("\"name\": \"LED 3\", \"ledShape\": \"gaussian-wavelength\","
                + " \"ledPeakNm\": { \"min\": 400, \"max\": 700, \"start\": 580 }",
                "\"name\": \"lime pc-LED\", \"ledShape\": \"phosphor-converted\", \"phosphorFraction\": 0.8, "
                        + "\"phosphorQuantumEfficiency\": " + qe + ", \"ledPeakNm\": 550")
                .replace("\"ledFwhmNm\": { \"min\": 15, \"max\": 60, \"start\": 30 } },\n    { \"name\": \"LED 4",
                        "\"ledFwhmNm\": 100 },\n    { \"name\": \"LED 4");
    }

    @Test
    void aPcLedsQuantumEfficiencyIsAParameterAndItsBookkeepingClosesAtAnyValue() throws Exception {
        String text = withPcLed("{ \"min\": 0.6, \"max\": 0.8, \"start\": 0.7 }");
        assertThat(text).contains("lime pc-LED").contains("\"ledFwhmNm\": 100 }");
        DesignProblem problem = new DesignProblem(OptimizeConfigReader.parse(NAME, text, null), evaluator());
        // the three plain channels' peaks and FWHMs, the quantum efficiency (third unit, fifth in the vector), and
        // three mix levels
        assertThat(problem.dimension()).isEqualTo(10);
        double[] x = problem.initialPoint();
        int q = 4;
        assertThat(x[q]).isEqualTo(0.7);
        double previousPe = 0;
        for (double qe : new double[] {0.6, 0.8}) {
            x[q] = qe;
            DesignProblem.Candidate c = problem.candidate(x);
            assertThat(c.source().units().get(2).led().phosphorQuantumEfficiency()).isEqualTo(qe);
            UnitResult pc = c.result().units().get(2);
            assertThat(pc.emittedPhotonsPerS() / pc.absorbedPhotonsPerS()).isCloseTo(qe, within(PHOTON_RATIO));
            assertThat(pc.heatLoadW()).isCloseTo(pc.absorbedW() - pc.emittedW(), within(BOOKKEEPING_W));
            // PE = 1 - f + f QE <E_em>/<E_abs>: below 1, and rising with the efficiency
            double expected = 1 - 0.8 + 0.8 * qe * pc.meanEmittedPhotonEv() / pc.meanAbsorbedPhotonEv();
            assertThat(pc.powerConversionEfficiency()).isCloseTo(expected, within(PHOTON_RATIO)).isLessThan(1)
                    .isGreaterThan(previousPe);
            previousPe = pc.powerConversionEfficiency();
            bookkeepingCloses(c.result());
        }
        // left out it is the model's default; fixed it is kept
        DesignProblem defaulted = new DesignProblem(OptimizeConfigReader.parse(NAME,
                withPcLed("0.75").replace("\"phosphorQuantumEfficiency\": 0.75, ", ""), null), evaluator());
        assertThat(defaulted.candidate(defaulted.initialPoint()).source().units().get(2).led()
                .phosphorQuantumEfficiency()).isEqualTo(org.hybridlight.source.Led.DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY);
        DesignProblem fixed = new DesignProblem(OptimizeConfigReader.parse(NAME, withPcLed("0.75"), null),
                evaluator());
        assertThat(fixed.dimension()).isEqualTo(9);
        assertThat(fixed.candidate(fixed.initialPoint()).source().units().get(2).led().phosphorQuantumEfficiency())
                .isEqualTo(0.75);
    }

    @Test
    void aQuantumEfficiencyOutOfRangeOrOnAPlainLedIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, withPcLed("1.2"), null))
                .isInstanceOf(InputException.class).hasMessageContaining("units[2].phosphorQuantumEfficiency.fixed")
                .hasMessageContaining("physical range");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, withPcLed("{ \"min\": 0, \"max\": 1 }"), null))
                .isInstanceOf(InputException.class).hasMessageContaining("units[2].phosphorQuantumEfficiency.min");
        String plain = Files.readString(EXAMPLE).replaceFirst("\"name\": \"LED 1\",",
                "\"name\": \"LED 1\", \"phosphorQuantumEfficiency\": 0.8,");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, plain, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].phosphorQuantumEfficiency").hasMessageContaining("phosphor-converted");
    }

    @Test
    void dotFieldsOnAChannelAndAPhosphorFractionOnAPlainLedAreRefusedByName() throws Exception {
        String od = Files.readString(EXAMPLE).replaceFirst("\"name\": \"LED 1\",", "\"name\": \"LED 1\", \"plqy\": 0.9,");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, od, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].plqy").hasMessageContaining("without dots");
        String fraction = Files.readString(EXAMPLE).replaceFirst("\"name\": \"LED 1\",",
                "\"name\": \"LED 1\", \"phosphorFraction\": 0.5,");
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, fraction, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].phosphorFraction").hasMessageContaining("phosphor-converted");
    }

    @Test
    void aBatchSweepOverPlainChannelsRuns(@TempDir Path dir) throws Exception {
        Files.copy(EXAMPLE, dir.resolve("four.json"));
        Path sweep = Files.writeString(dir.resolve("sweep.json"), "{ \"config\": \"four.json\", \"ledPeakSetsNm\": "
                + "[[450, 520, 580, 630], [460, 530, 590, 640]], \"targetCctsK\": [3000], \"maxEvaluations\": 30, "
                + "\"starts\": 1 }");
        List<Sweep.Job> jobs = Sweep.read(sweep);
        assertThat(jobs).hasSize(2);
        SweepRunner runner = new SweepRunner(evaluator());
        for (Sweep.Job job : jobs) {
            List<String> row = runner.run(job);
            // the peaks are the sweep's; no dots: '-' for their emission peaks and ODs
            assertThat(row.get(1)).isIn("450/520/580/630", "460/530/590/640");
            assertThat(row).contains("-/-/-/-");
        }
    }
}
