package org.hybridlight.colorimetry.spectrum;

import java.util.Arrays;

/**
 * Monotone piecewise cubic Hermite interpolation (PCHIP): F. N. Fritsch and R. E. Carlson, "Monotone piecewise
 * cubic interpolation", SIAM J. Numer. Anal. 17(2), 238–246 (1980), doi:10.1137/0717021, with the derivatives of
 * F. N. Fritsch and J. Butland, "A method for constructing local monotone piecewise cubic interpolants", SIAM J.
 * Sci. Stat. Comput. 5(2), 300–304 (1984), doi:10.1137/0905021 (a weighted harmonic mean of the neighbouring
 * slopes, zero at a local extremum; the three-point end formula, limited) — the same as MATLAB's and SciPy's
 * {@code pchip}.
 *
 * <p>Between two samples the curve stays within their values, so it never swings below zero from non-negative
 * data (a natural cubic spline through a 1 nm line sampled sparsely does) and reproduces straight lines exactly.
 * Beyond the samples it is held at the end values.
 */
final class FritschCarlson1980Interpolation {

    private FritschCarlson1980Interpolation() {
    }

    /** Interpolates the samples {@code (x, y)} (x strictly increasing, at least two) at every target. */
    static void interpolate(double[] x, double[] y, double[] targets, double[] out) {
        int n = x.length;
        double[] d = derivatives(x, y);
        for (int t = 0; t < targets.length; t++) {
            double w = targets[t];
            if (w <= x[0]) {
                out[t] = y[0];
                continue;
            }
            if (w >= x[n - 1]) {
                out[t] = y[n - 1];
                continue;
            }
            int k = Arrays.binarySearch(x, w);
            if (k >= 0) {
                out[t] = y[k];
                continue;
            }
            k = -k - 2;
            double h = x[k + 1] - x[k];
            double s = (w - x[k]) / h;
            double s2 = s * s;
            double s3 = s2 * s;
            out[t] = (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * d[k] + (-2 * s3 + 3 * s2) * y[k + 1]
                    + (s3 - s2) * h * d[k + 1];
        }
    }

    /** The slopes at the samples (Fritsch–Butland 1984). */
    static double[] derivatives(double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        if (n == 2) {
            double slope = (y[1] - y[0]) / (x[1] - x[0]);
            d[0] = slope;
            d[1] = slope;
            return d;
        }
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        for (int k = 1; k < n - 1; k++) {
            if (delta[k - 1] * delta[k] <= 0) {
                d[k] = 0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
            }
        }
        d[0] = end(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = end(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /** The one-sided three-point slope at an end, kept monotone. */
    private static double end(double h0, double h1, double d0, double d1) {
        double d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(d0)) {
            return 0;
        }
        if (Math.signum(d0) != Math.signum(d1) && Math.abs(d) > 3 * Math.abs(d0)) {
            return 3 * d0;
        }
        return d;
    }
}
