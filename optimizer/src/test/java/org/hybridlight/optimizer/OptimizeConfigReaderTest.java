package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.WavelengthGrid;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.source.QuantumDot;
import org.junit.jupiter.api.Test;

class OptimizeConfigReaderTest {

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
        assertThat(core.lower()[2][2]).isCloseTo(580, within(1e-9));
        assertThat(core.upper()[2][2]).isCloseTo(630, within(1e-9));
        assertThat(emission(hi)).isGreaterThan(emission(lo));
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
        DesignProblem problem = new DesignProblem(core, evaluator);
        OptimizationResult r = new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 60, 1), null,
                null).minimize(problem.initialPoint());
        double chosenCore = problem.candidate(r.bestPoint()).source().units().get(2).qd().coreDiameterNm();
        assertThat(chosenCore).isBetween(lo - 1e-9, hi + 1e-9);
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
}
