package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;

import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ensemble average over core sizes: photons conserved, widths as the sizing curve says, no quadrature ripple. */
class SizeDispersionTest {

    private static final WavelengthGrid GRID = WavelengthGrid.COMPUTATION;
    /** Photon and energy balance, relative. */
    private static final double BALANCE = 1e-9;
    /** A 0.1 % spread against one size, relative. */
    private static final double CONTINUITY = 1e-3;
    /** The quadrature against an average over 801 sizes, in units of the peak absorbance. */
    private static final double AVERAGE_AGREEMENT = 3e-3;
    /** The same, relative, in the sub-gap tail. */
    private static final double TAIL_AGREEMENT = 0.01;

    private static QuantumDot dot(double emissionNm) {
        return QuantumDot.ofCore(QuantumDot.coreDiameterForEmissionNm(emissionNm, 3.5, 0.0335, 0.025));
    }

    private static UnitResult unit(QuantumDot qd, double ledNm, double od, double path) {
        return new LedQdUnit(new Led(LedShape.OHNO_2005, ledNm, 20, 0.1, null), qd, od, path).simulate(300, GRID);
    }

    @ParameterizedTest
    @CsvSource({"610, 635, 0.05, 60, 0", "480, 510, 0.05, 200, 0", "535, 560, 0.10, 30, 1", "610, 450, 0.08, 2, 2"})
    void theSizeAverageConservesPhotons(double emissionNm, double ledNm, double dispersion, double od, double path) {
        UnitResult r = unit(dot(emissionNm).withSizeDispersion(dispersion).withTail(SubGapTailLaw.PHONON_POPULATION,
                1), ledNm, od, path);
        double step = GRID.stepNm();
        double led = 0;
        double transmitted = 0;
        double emitted = 0;
        for (int i = 0; i < GRID.size(); i++) {
            double ej = Photons.energyJ(GRID.wavelengthNm(i));
            led += r.ledWPerNm()[i] * step / ej;
            transmitted += r.transmittedWPerNm()[i] * step / ej;
            emitted += r.emittedWPerNm()[i] * step / ej;
        }
        assertThat(transmitted + r.absorbedPhotonsPerS()).isCloseTo(led, within(BALANCE * led));
        assertThat(emitted).isCloseTo(r.emittedPhotonsPerS(), within(BALANCE * led));
        if (path == 0) {
            assertThat(r.emittedPhotonsPerS()).isCloseTo(0.99 * r.absorbedPhotonsPerS(),
                    within(BALANCE * r.absorbedPhotonsPerS()));
        }
        assertThat(r.transmittedW() + r.emittedW() + r.heatLoadW()).isCloseTo(r.opticalPowerInW(),
                within(BALANCE * r.opticalPowerInW()));
    }

    @Test
    void aVanishingSpreadIsOneSize() {
        QuantumDot one = dot(610);
        QuantumDot spread = one.withSizeDispersion(0.001);
        UnitResult a = unit(one, 635, 60, 0);
        UnitResult b = unit(spread, 635, 60, 0);
        assertThat(b.absorbedW()).isCloseTo(a.absorbedW(), within(CONTINUITY * a.absorbedW()));
        assertThat(b.powerConversionEfficiency()).isCloseTo(a.powerConversionEfficiency(), within(CONTINUITY));
        assertThat(b.meanEmittedPhotonEv()).isCloseTo(a.meanEmittedPhotonEv(), within(CONTINUITY * 0.01));
    }

    @ParameterizedTest
    @CsvSource({"610, 0.05", "610, 0.10", "535, 0.05", "500, 0.05", "480, 0.03"})
    void theEnsembleIsTheAverageOverSizesThroughTheSizingCurveWithoutRipples(double emissionNm, double dispersion) {
        // no shell, so each size's absorbance is its 1S strength times its relative absorbance
        QuantumDot one = new QuantumDot(QuantumDot.coreDiameterForEmissionNm(emissionNm, 0, 0, 0.025), 0, 0, 0.025,
                0.085, 0.05, 0.99, SubGapTailLaw.PHONON_POPULATION, 1, 0, -0.3e-3, null);
        QuantumDot spread = one.withSizeDispersion(dispersion);
        double peak = SizeEnsembleOptics.of(spread, 300).peakEnergyEv();
        assertThat(spread.relativeAbsorbance(peak, 300)).isCloseTo(1, within(ROUNDING));
        assertThat(SizeEnsembleOptics.of(spread, 300).nodes()).isLessThanOrEqualTo(SizeEnsembleOptics.MAX_NODES);
        // an independent average: 801 single-size dots evenly spaced in diameter over ±4σ, Gaussian in number,
        // each weighted by its 1S extinction coefficient (Yu 2003)
        double d0 = one.coreDiameterNm();
        double sigma = dispersion * d0;
        int sizes = 801;
        QuantumDot[] dots = new QuantumDot[sizes];
        double[] weight = new double[sizes];
        for (int k = 0; k < sizes; k++) {
            double d = d0 + sigma * (-4 + 8.0 * k / (sizes - 1));
            dots[k] = new QuantumDot(d, 0, 0, 0.025, 0.085, 0.05, 0.99, SubGapTailLaw.PHONON_POPULATION, 1, 0,
                    -0.3e-3, null);
            weight[k] = Math.exp(-0.5 * Math.pow((d - d0) / sigma, 2))
                    * Yu2003CdSeSizing.extinctionCoefficientPerMolarPerCm(d);
        }
        java.util.function.DoubleUnaryOperator average = e -> {
            double sum = 0;
            for (int k = 0; k < sizes; k++) {
                sum += weight[k] * dots[k].relativeAbsorbance(e, 300);
            }
            return sum;
        };
        double atPeak = average.applyAsDouble(peak);
        for (double e = peak - 0.3; e <= peak + 0.1; e += 0.01) {
            double expected = average.applyAsDouble(e) / atPeak;
            assertThat(spread.relativeAbsorbance(e, 300)).as("at %.3f eV", e)
                    .isCloseTo(expected, within(Math.min(AVERAGE_AGREEMENT, TAIL_AGREEMENT * expected) + 1e-12));
        }
        // below the peak the band rises monotonically: no ripple between the quadrature's 1S energies
        QuantumDot bandOnly = spread.withTail(SubGapTailLaw.BOLTZMANN, 0);
        double top = SizeEnsembleOptics.of(bandOnly, 300).peakEnergyEv();
        double previous = 0;
        for (double e = top - 0.4; e < top; e += 2e-4) {
            double a = bandOnly.relativeAbsorbance(e, 300);
            assertThat(a).as("at %.4f eV", e).isGreaterThanOrEqualTo(previous);
            previous = a;
        }
    }

    @Test
    void theSpreadBroadensTheSubGapTailToo() {
        QuantumDot one = dot(610);
        double e = one.firstExcitonEv(300) - 0.15;
        assertThat(one.withSizeDispersion(0.05).relativeAbsorbance(e, 300))
                .isGreaterThan(1.2 * one.relativeAbsorbance(e, 300));
    }

    @Test
    void subGapLightIsAbsorbedByTheLargerDotsSoTheUpConvertedBandIsRedShifted() {
        // the paper's Fig. 1a: UCPL slightly red-shifted from DCPL in the ensemble, identical in single dots
        QuantumDot spread = dot(610).withSizeDispersion(0.06);
        UnitResult up = unit(spread, 660, 60, 0);
        UnitResult down = unit(spread, 532, 0.5, 0);
        assertThat(down.meanEmittedPhotonEv() - up.meanEmittedPhotonEv()).isGreaterThan(0.005);
        QuantumDot one = dot(610);
        assertThat(unit(one, 532, 0.5, 0).meanEmittedPhotonEv()).isCloseTo(unit(one, 660, 60, 0)
                .meanEmittedPhotonEv(), within(ROUNDING));
    }

    @Test
    void aSpreadBeyondTheSizingCurveIsRefused() {
        QuantumDot small = QuantumDot.ofCore(1.75);
        assertThatThrownBy(() -> small.withSizeDispersion(0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond").hasMessageContaining("sizing curve");
        assertThat(QuantumDot.ofCore(3.5).withSizeDispersion(0.1).sizeDispersion()).isEqualTo(0.1);
    }

    @ParameterizedTest
    @CsvSource({"1.75, 0.10", "1.92, 0.15", "2.1, 0.12", "8.4, 0.08", "1.56, 0.05"})
    void aSpreadTooWideForItsCoreIsCutToTheWidestTheCurveTakes(double coreNm, double dispersion) {
        QuantumDot core = QuantumDot.ofCore(coreNm);
        assertThatThrownBy(() -> core.withSizeDispersion(dispersion)).isInstanceOf(IllegalArgumentException.class);
        double cut = QuantumDot.sizeDispersionWithinCurve(coreNm, dispersion);
        assertThat(cut).isLessThan(dispersion).isGreaterThan(0);
        // the constructor takes it, and no wider one: it is the widest
        assertThat(core.withSizeDispersion(cut).sizeDispersion()).isEqualTo(cut);
        assertThatThrownBy(() -> core.withSizeDispersion(cut * (1 + 1e-6))).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuantumDot.sizesBeyondCurve(coreNm, cut)).isCloseTo(QuantumDot.MAX_SIZES_BEYOND_CURVE,
                within(1e-6 * QuantumDot.MAX_SIZES_BEYOND_CURVE));
    }

    @Test
    void aSpreadTheCurveTakesIsLeftAlone() {
        assertThat(QuantumDot.sizeDispersionWithinCurve(3.5, 0.1)).isEqualTo(0.1);
        assertThat(QuantumDot.sizeDispersionWithinCurve(1.75, 0)).isZero();
    }
}
