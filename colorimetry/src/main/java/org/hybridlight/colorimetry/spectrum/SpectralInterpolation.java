package org.hybridlight.colorimetry.spectrum;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Interpolation of sampled spectra by the rules of CIE 167:2005 ("Recommended practice for tabulating spectral
 * data for use in colour computations"): the Sprague (1880) fifth-order interpolating polynomial on regular
 * grids, a natural cubic spline (Apache Commons Math) on irregular grids, and constant extension with the end
 * values beyond the sampled range.
 *
 * <p>Sprague needs six points; a regular grid with fewer falls back to the cubic spline (three to five points)
 * or to a straight line (two points).
 */
final class SpectralInterpolation {

    private SpectralInterpolation() {
    }

    static void interpolate(double[] x, double[] y, boolean regular, double[] targets, double[] out) {
        int n = x.length;
        if (regular && n >= 6) {
            sprague(x, y, targets, out);
        } else if (n >= 3) {
            PolynomialSplineFunction spline = new SplineInterpolator().interpolate(x, y);
            for (int i = 0; i < targets.length; i++) {
                double t = targets[i];
                out[i] = t <= x[0] ? y[0] : t >= x[n - 1] ? y[n - 1] : spline.value(t);
            }
        } else {
            for (int i = 0; i < targets.length; i++) {
                double t = targets[i];
                out[i] = t <= x[0] ? y[0] : t >= x[1] ? y[1] : y[0] + (y[1] - y[0]) * (t - x[0]) / (x[1] - x[0]);
            }
        }
    }

    /**
     * Sprague (1880) interpolation as given in CIE 167:2005, §4.2: two points are added at each end by the
     * published extrapolation coefficients, then each interval is a fifth-order polynomial through six points.
     */
    static void sprague(double[] x, double[] y, double[] targets, double[] out) {
        int n = y.length;
        double[] p = new double[n + 4];
        System.arraycopy(y, 0, p, 2, n);
        p[0] = (884 * y[0] - 1960 * y[1] + 3033 * y[2] - 2648 * y[3] + 1080 * y[4] - 180 * y[5]) / 209;
        p[1] = (508 * y[0] - 540 * y[1] + 488 * y[2] - 367 * y[3] + 144 * y[4] - 24 * y[5]) / 209;
        p[n + 2] = (-24 * y[n - 6] + 144 * y[n - 5] - 367 * y[n - 4] + 488 * y[n - 3] - 540 * y[n - 2]
                + 508 * y[n - 1]) / 209;
        p[n + 3] = (-180 * y[n - 6] + 1080 * y[n - 5] - 2648 * y[n - 4] + 3033 * y[n - 3] - 1960 * y[n - 2]
                + 884 * y[n - 1]) / 209;
        double x0 = x[0];
        double step = (x[n - 1] - x0) / (n - 1);
        for (int t = 0; t < targets.length; t++) {
            double w = targets[t];
            if (w <= x0) {
                out[t] = y[0];
                continue;
            }
            if (w >= x[n - 1]) {
                out[t] = y[n - 1];
                continue;
            }
            double pos = (w - x0) / step;
            int i = (int) Math.floor(pos);
            double f = pos - i;
            if (f < 1e-12) {
                out[t] = y[i];
                continue;
            }
            if (f > 1 - 1e-12) {
                out[t] = y[i + 1];
                continue;
            }
            // p[i + 2] is y[i]; the polynomial spans y[i-2] .. y[i+3]
            double m2 = p[i];
            double m1 = p[i + 1];
            double r0 = p[i + 2];
            double r1 = p[i + 3];
            double r2 = p[i + 4];
            double r3 = p[i + 5];
            double a1 = (2 * m2 - 16 * m1 + 16 * r1 - 2 * r2) / 24;
            double a2 = (-m2 + 16 * m1 - 30 * r0 + 16 * r1 - r2) / 24;
            double a3 = (-9 * m2 + 39 * m1 - 70 * r0 + 66 * r1 - 33 * r2 + 7 * r3) / 24;
            double a4 = (13 * m2 - 64 * m1 + 126 * r0 - 124 * r1 + 61 * r2 - 12 * r3) / 24;
            double a5 = (-5 * m2 + 25 * m1 - 50 * r0 + 50 * r1 - 25 * r2 + 5 * r3) / 24;
            out[t] = r0 + f * (a1 + f * (a2 + f * (a3 + f * (a4 + f * a5))));
        }
    }
}
