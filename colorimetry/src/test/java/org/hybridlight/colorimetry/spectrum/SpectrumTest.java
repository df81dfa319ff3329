package org.hybridlight.colorimetry.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.junit.jupiter.api.Test;

class SpectrumTest {

    /** Sprague on a quartic, relative (plus an absolute floor near its zeros): rounding only. */
    private static final double POLYNOMIAL_RELATIVE = 1e-10;
    /** A straight line interpolated: rounding only. */
    private static final double LINE = 1e-9;

    @Test
    void spragueReproducesQuarticPolynomialsAwayFromTheEnds() {
        // Sprague's derivative estimates are five-point differences: exact for polynomials up to degree four
        double[] wl = new double[40];
        double[] v = new double[40];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = 380 + 10 * i;
            v[i] = poly(wl[i]);
        }
        Spectrum s = new Spectrum(wl, v);
        assertThat(s.isRegular()).isTrue();
        double[] targets = new double[300];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = 401 + i + 0.37;
        }
        double[] out = s.valuesAt(targets);
        for (int i = 0; i < targets.length; i++) {
            assertThat(out[i]).isCloseTo(poly(targets[i]), within(POLYNOMIAL_RELATIVE * Math.abs(poly(targets[i])) + ROUNDING));
        }
    }

    private static double poly(double x) {
        double t = (x - 500) / 100;
        return 3 + t - 2 * t * t + 0.5 * t * t * t + 0.25 * t * t * t * t;
    }

    @Test
    void interpolationPassesThroughTheSamplesAndHoldsEndValuesOutside() {
        double[] wl = {400, 405, 410, 415, 420, 425, 430};
        double[] v = {1, 3, 2, 5, 4, 6, 2};
        Spectrum s = new Spectrum(wl, v);
        assertThat(s.valuesAt(wl)).containsExactly(v);
        assertThat(s.valuesAt(new double[] {300, 399.9, 430.1, 900})).containsExactly(1, 1, 2, 2);
    }

    @Test
    void irregularGridsUseAShapePreservingCubicThroughTheSamples() {
        double[] wl = {400, 410, 415, 430, 431, 450};
        double[] v = {1, 2, 4, 3, 3.5, 1};
        Spectrum s = new Spectrum(wl, v);
        assertThat(s.isRegular()).isFalse();
        assertThat(s.valuesAt(wl)).containsExactly(v);
        double[] mid = s.valuesAt(new double[] {420});
        assertThat(mid[0]).isBetween(3.0, 4.0);
        Spectrum line = new Spectrum(wl, new double[] {0, 10, 15, 30, 31, 50});
        assertThat(line.valuesAt(new double[] {422.5})[0]).isCloseTo(22.5, within(LINE));
    }

    @Test
    void sparseOrShortGridsNeverGiveNegativePowerFromNonNegativeData() {
        // a 60 nm triangle on five regular points (a spline dipped to -1.94), and a line on a regular 20 nm grid
        Spectrum triangle = Spectrum.regular(500, 15, new double[] {0, 0, 100, 0, 0});
        Spectrum line = Spectrum.regular(380, 20, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0});
        for (Spectrum s : new Spectrum[] {triangle, line}) {
            for (double value : s.valuesOn(WavelengthGrid.COMPUTATION)) {
                assertThat(value).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void regularGridsUpTo10NmUseSprague() {
        double[] v = {1, 3, 2, 5, 4, 6, 2};
        for (double step : new double[] {5, 10, 20}) {
            Spectrum s = Spectrum.regular(400, step, v);
            double[] t = {400 + 2.5 * step};
            double[] sprague = new double[1];
            SpectralInterpolation.sprague(s.wavelengthsNm(), v, t, sprague);
            double[] pchip = new double[1];
            FritschCarlson1980Interpolation.interpolate(s.wavelengthsNm(), v, t, pchip);
            assertThat(s.valuesAt(t)[0]).isEqualTo(step <= 10 ? sprague[0] : pchip[0]);
        }
    }

    @Test
    void resamplingOntoTheSameGridIsTheIdentity() {
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        double[] v = new double[g.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i * 0.1) + 2;
        }
        assertThat(Spectrum.onGrid(g, v).valuesOn(g)).containsExactly(v);
    }

    @Test
    void aSpectrumOnPartOfTheGridIsCopiedOntoItAsSpragueWouldInterpolateIt() {
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        java.util.Random rnd = new java.util.Random(5);
        for (int k = 0; k < 200; k++) {
            int n = 6 + rnd.nextInt(200);
            double first = g.wavelengthNm(rnd.nextInt(g.size() - n + 1));
            double[] wl = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                wl[i] = first + i * g.stepNm();
                v[i] = rnd.nextDouble() * 3 - 0.5;
            }
            Spectrum s = new Spectrum(wl, v);
            double[] sprague = new double[g.size()];
            SpectralInterpolation.sprague(wl, v, g.wavelengthsNm(), sprague);
            assertThat(s.valuesOn(g)).as("%d points from %.0f nm", n, first).containsExactly(sprague);
        }
        // off the grid's points by a hair: interpolated, not copied
        Spectrum off = Spectrum.regular(400.25, 1, new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(off.valuesOn(g)).containsExactly(off.valuesAt(g.wavelengthsNm()));
        assertThat(off.valuesOn(g)[g.indexOf(401)]).isNotIn(1.0, 2.0);
    }

    @Test
    void aSpectrumWithOtherValuesSharesTheWavelengthsAndChecksTheValues() {
        Spectrum s = Spectrum.regular(400, 5, new double[] {1, 2, 3, 4, 5, 6});
        double[] v = {6, 5, 4, 3, 2, 1};
        Spectrum t = s.withValues(v);
        v[0] = 100;
        assertThat(t).isEqualTo(Spectrum.regular(400, 5, new double[] {6, 5, 4, 3, 2, 1}));
        assertThat(t.isRegular()).isTrue();
        assertThat(t.maxAbsValue()).isEqualTo(6);
        assertThatThrownBy(() -> s.withValues(new double[] {1, 2, 3, Double.NaN, 5, 6}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("415.0 nm is not finite");
        assertThatThrownBy(() -> s.withValues(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 wavelengths but 2 values");
    }

    @Test
    void badSpectraAreRejectedWithTheReason() {
        assertThatThrownBy(() -> new Spectrum(new double[] {500}, new double[] {1}))
                .hasMessageContaining("at least two points");
        assertThatThrownBy(() -> new Spectrum(new double[] {500, 500}, new double[] {1, 1}))
                .hasMessageContaining("must increase");
        assertThatThrownBy(() -> new Spectrum(new double[] {500, 510}, new double[] {1, Double.NaN}))
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> new Spectrum(new double[] {500, 510}, new double[] {1}))
                .hasMessageContaining("2 wavelengths but 1 values");
    }

    @Test
    void spectraAreImmutable() {
        double[] wl = {500, 510};
        double[] v = {1, 2};
        Spectrum s = new Spectrum(wl, v);
        v[0] = 99;
        s.values()[1] = 99;
        assertThat(s.values()).containsExactly(1, 2);
    }
}
