package org.hybridlight.colorimetry.spectrum;

/**
 * Interpolation of sampled spectra. The rule:
 * <ul>
 * <li>a regular grid of at least six points and a step of at most {@link #SPRAGUE_MAX_STEP_NM} nm: the Sprague
 * (1880) fifth-order interpolating polynomial of CIE 167:2005 ("Recommended practice for tabulating spectral data
 * for use in colour computations"), what the reference values use; beside a line sampled at a single point it may
 * undershoot slightly, as the standard's own values do;
 * <li>an irregular grid, a coarser one, or three to five points: the shape-preserving
 * {@link FritschCarlson1980Interpolation} (PCHIP), which stays between neighbouring samples and so never gives
 * negative power from non-negative data (the natural cubic spline used before turned a line sampled at
 * 531/532/533 nm into a spectrum without luminance, and five points of a 60 nm triangle into a dip to −1.94);
 * <li>two points: a straight line.
 * </ul>
 * Beyond the sampled range the end values are held. Every rule is linear in the samples (the colour-rendering
 * sums rely on it).
 */
final class SpectralInterpolation {

    /** The coarsest regular step Sprague interpolates (CIE 167 tabulates at 5 and 10 nm); coarser is "sparse". */
    static final double SPRAGUE_MAX_STEP_NM = 10;
    /** The fewest points Sprague interpolates (its end extrapolation takes six). */
    static final int SPRAGUE_MIN_POINTS = 6;

    private SpectralInterpolation() {
    }

    static void interpolate(double[] x, double[] y, boolean regular, double[] targets, double[] out) {
        int n = x.length;
        if (regular && n >= SPRAGUE_MIN_POINTS && (x[n - 1] - x[0]) / (n - 1) <= SPRAGUE_MAX_STEP_NM * (1 + 1e-9)) {
            sprague(x, y, targets, out);
        } else {
            FritschCarlson1980Interpolation.interpolate(x, y, targets, out);
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
