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

/** Each of the dots' optional parameters is searched when free and reaches the model; bad ranges name the field. */
class UnitParametersTest {

    /** A searched value read back from the built dots: unit conversion (meV to eV, % to fraction) only. */
    private static final double READ_BACK = 1e-9;

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
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"plqy\": { \"min\": 0.9, \"max\": 0.8 }|units[1].plqy|max must exceed min",
        "\"plqy\": 1.2|units[1].plqy.fixed|physical range",
        "\"stokesShiftMeV\": { \"min\": -5, \"max\": 20 }|units[1].stokesShiftMeV.min|physical range",
        "\"sizeDispersionPercent\": { \"min\": 0, \"max\": 30 }|units[1].sizeDispersionPercent.max|physical range",
        "\"tailPrefactor\": { \"min\": 1, \"max\": 2, \"start\": 3 }|units[1].tailPrefactor.start|got 3",
        "\"qdEmissionFwhmMeV\": { \"fixed\": 2 }|units[1].qdEmissionFwhmMeV.fixed|physical range",
        "\"tailLaw\": \"sideways\"|units[1].tailLaw|sideways"})
    void badRangesNameTheirField(String extra, String field, String problem) throws Exception {
        String text = config(extra);
        assertThatThrownBy(() -> OptimizeConfigReader.parse(NAME, text, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("c.json: " + field).hasMessageContaining(problem);
    }
}
