package org.hybridlight.colorimetry.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FritschCarlson1980InterpolationTest {

    /** A straight line interpolated: rounding only. */
    private static final double LINE = 1e-9;

    /** Rounding allowed on the bracket property, relative to the data's scale. */
    private static final double ROUNDING = 1e-12;

    private static double[] between(double from, double to, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + (to - from) * (i + 0.5) / n;
        }
        return t;
    }

    @Test
    void staysBetweenNeighbouringSamplesOnRandomIrregularData() {
        Random r = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + r.nextInt(12);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (i == 0 ? 380 : x[i - 1]) + 0.5 + r.nextDouble() * 60;
                y[i] = r.nextDouble() < 0.4 ? 0 : r.nextDouble() * 10;
            }
            for (int k = 0; k < n - 1; k++) {
                double[] t = between(x[k], x[k + 1], 50);
                double[] out = new double[t.length];
                FritschCarlson1980Interpolation.interpolate(x, y, t, out);
                double lo = Math.min(y[k], y[k + 1]);
                double hi = Math.max(y[k], y[k + 1]);
                for (double v : out) {
                    assertThat(v).isBetween(lo - ROUNDING * 10, hi + ROUNDING * 10);
                }
            }
        }
    }

    @Test
    void aSparselySampledLineKeepsItsPowerAndNeverGoesNegative() {
        // the case: a natural spline through these gave no luminance at all
        double[] x = {380, 531, 532, 533, 780};
        double[] y = {0, 0, 1, 0, 0};
        double[] t = between(380, 780, 4000);
        double[] out = new double[t.length];
        FritschCarlson1980Interpolation.interpolate(x, y, t, out);
        double max = 0;
        for (double v : out) {
            assertThat(v).isGreaterThanOrEqualTo(0);
            max = Math.max(max, v);
        }
        assertThat(max).isGreaterThan(0.9);
    }

    @Test
    void reproducesStraightLinesAndPassesThroughTheSamples() {
        double[] x = {400, 410, 415, 430, 431, 450};
        double[] line = {0, 10, 15, 30, 31, 50};
        double[] out = new double[3];
        FritschCarlson1980Interpolation.interpolate(x, line, new double[] {405, 422.5, 440}, out);
        assertThat(out).containsExactly(new double[] {5, 22.5, 40}, within(LINE));
        double[] y = {1, 2, 4, 3, 3.5, 1};
        double[] at = new double[x.length];
        FritschCarlson1980Interpolation.interpolate(x, y, x, at);
        assertThat(at).containsExactly(y);
    }

    @Test
    void monotoneDataGiveAMonotoneCurve() {
        double[] x = {400, 401, 450, 452, 600};
        double[] y = {0, 0.1, 5, 5.1, 100};
        double[] t = between(400, 600, 2000);
        double[] out = new double[t.length];
        FritschCarlson1980Interpolation.interpolate(x, y, t, out);
        for (int i = 1; i < out.length; i++) {
            assertThat(out[i]).isGreaterThanOrEqualTo(out[i - 1] - ROUNDING);
        }
    }

    @Test
    void holdsTheEndValuesOutside() {
        double[] out = new double[2];
        FritschCarlson1980Interpolation.interpolate(new double[] {400, 500, 550}, new double[] {2, 4, 3},
                new double[] {100, 900}, out);
        assertThat(out).containsExactly(2, 3);
    }
}
