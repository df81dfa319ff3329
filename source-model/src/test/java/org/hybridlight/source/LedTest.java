package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LedTest {

    @ParameterizedTest
    @CsvSource({"GAUSSIAN_WAVELENGTH, 635, 17", "GAUSSIAN_ENERGY, 635, 17", "OHNO_2005, 635, 17",
        "OHNO_2005, 450, 25", "GAUSSIAN_ENERGY, 510, 35", "GAUSSIAN_WAVELENGTH, 560, 60"})
    void fwhmOfTheShapeEqualsTheParameter(LedShape shape, double peak, double fwhm) {
        Led led = new Led(shape, peak, fwhm, 0.1, null);
        double measured = Fwhm.of(led::shapeAt, peakOf(led, peak), 5 * fwhm);
        assertThat(measured).isCloseTo(fwhm, within(1e-6 * fwhm));
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
        assertThat(sum).isCloseTo(0.25, within(1e-12));
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
