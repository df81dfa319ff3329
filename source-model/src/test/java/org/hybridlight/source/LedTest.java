package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;
import static org.hybridlight.source.Tolerances.SOLVED;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LedTest {

    /** A width quoted to one decimal, nm. */
    private static final double ONE_DECIMAL_NM = 0.1;

    @ParameterizedTest
    @CsvSource({"GAUSSIAN_WAVELENGTH, 635, 17", "GAUSSIAN_ENERGY, 635, 17", "OHNO_2005, 635, 17",
        "OHNO_2005, 450, 25", "GAUSSIAN_ENERGY, 510, 35", "GAUSSIAN_WAVELENGTH, 560, 60"})
    void fwhmOfTheShapeEqualsTheParameter(LedShape shape, double peak, double fwhm) {
        Led led = new Led(shape, peak, fwhm, 0.1, null);
        double measured = Fwhm.of(led::shapeAt, peakOf(led, peak), 5 * fwhm);
        assertThat(measured).isCloseTo(fwhm, within(SOLVED * fwhm));
    }

    /** FWHM agreement at the documented limits, nm (the fine sampling's resolution). */
    private static final double SAMPLED_FWHM_NM = 0.01;

    @ParameterizedTest
    @CsvSource({"380, 100", "780, 100", "380, 5", "780, 5", "635, 100", "450, 60"})
    void everyShapeWorksAcrossTheDocumentedLimitsAndKeepsItsFwhm(double peak, double fwhm) {
        // the corners of PhysicalLimits' LED peak and FWHM ranges: the energy Gaussian's solver once found no bracket
        for (LedShape shape : new LedShape[] {LedShape.GAUSSIAN_WAVELENGTH, LedShape.GAUSSIAN_ENERGY,
            LedShape.OHNO_2005}) {
            Led led = new Led(shape, peak, fwhm, 0.1, null);
            assertThat(sampledFwhm(led, peak, fwhm)).as(shape + " at " + peak + " nm")
                    .isCloseTo(fwhm, within(SAMPLED_FWHM_NM + 1e-6 * fwhm));
            double[] s = led.spectralPowerWPerNm(WavelengthGrid.COMPUTATION);
            for (double v : s) {
                assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anEnergyGaussianIsNeverAskedWiderThanItCanBe() {
        // FWHM/λ0 of a Gaussian in energy peaks at 0.64: wider in σ only moves its maximum into the ultraviolet
        assertThat(Led.widestEnergyGaussianFwhmNm(250)).isCloseTo(160.2, within(ONE_DECIMAL_NM));
        assertThat(Led.widestEnergyGaussianFwhmNm(PhysicalLimits.LED_PEAK_MIN_NM))
                .isGreaterThan(PhysicalLimits.LED_FWHM_MAX_NM);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Led(LedShape.GAUSSIAN_ENERGY, 250, 100, 0.1,
                null)).hasMessageContaining("peakNm must be 380.0-780.0 nm, got 250.0");
    }

    /** The width where the shape is above half its maximum, sampled finely over a wide range. */
    private static double sampledFwhm(Led led, double peak, double fwhm) {
        Led.ShapeFunction f = led.shapeFunction();
        double step = SAMPLED_FWHM_NM / 4;
        double max = 0;
        for (double wl = Math.max(1, peak - 4 * fwhm); wl <= peak + 8 * fwhm; wl += step) {
            max = Math.max(max, f.value(wl));
        }
        double first = Double.NaN;
        double last = Double.NaN;
        for (double wl = Math.max(1, peak - 4 * fwhm); wl <= peak + 8 * fwhm; wl += step) {
            if (f.value(wl) >= max / 2) {
                first = Double.isNaN(first) ? wl : first;
                last = wl;
            }
        }
        return last - first;
    }

    private static double peakOf(Led led, double guess) {
        double best = guess;
        for (double wl = guess - 5; wl <= guess + 5; wl += 0.001) {
            if (led.shapeAt(wl) > led.shapeAt(best)) {
                best = wl;
            }
        }
        return best;
    }

    @ParameterizedTest
    @EnumSource(value = LedShape.class, names = {"GAUSSIAN_WAVELENGTH", "GAUSSIAN_ENERGY", "OHNO_2005"})
    void spectrumCarriesTheOpticalPower(LedShape shape) {
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        double[] s = new Led(shape, 560, 30, 0.25, null).spectralPowerWPerNm(g);
        double sum = 0;
        for (double v : s) {
            sum += v * g.stepNm();
        }
        assertThat(sum).isCloseTo(0.25, within(ROUNDING));
    }

    @org.junit.jupiter.api.Test
    void measuredSpectrumIsRescaledAndZeroOutsideItsRange() {
        Spectrum m = new Spectrum(new double[] {600, 620, 640, 660}, new double[] {0.1, 1, 0.5, 0.05});
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        double[] s = new Led(LedShape.MEASURED, Double.NaN, Double.NaN, 0.1, m).spectralPowerWPerNm(g);
        assertThat(s[g.indexOf(500)]).isZero();
        assertThat(s[g.indexOf(620)]).isGreaterThan(s[g.indexOf(640)]);
    }
}
