package org.hybridlight.colorimetry.rendering.tm30;

import static org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition.BINS;

/**
 * The geometry of TM-30-18's 16 hue bins in the CAM02-UCS (a′, b′) plane: which bin a hue falls in, and the area of
 * the polygon through the bins' averages (the ratio of two such areas is Rg).
 */
final class Tm30HueBins {

    /** cos and sin of the bin edges kπ/8, k = 1 … 7. */
    private static final double[] EDGE_COS = new double[BINS / 2 - 1];
    private static final double[] EDGE_SIN = new double[BINS / 2 - 1];

    static {
        for (int k = 1; k < BINS / 2; k++) {
            EDGE_COS[k - 1] = Math.cos(k * 2 * Math.PI / BINS);
            EDGE_SIN[k - 1] = Math.sin(k * 2 * Math.PI / BINS);
        }
    }

    private Tm30HueBins() {
    }

    /**
     * The hue bin of (a′, b′): ⌊h / (2π / 16)⌋ for its hue angle h = atan2(b′, a′) in [0, 2π), found by the signs
     * of cross products with the bin edges' directions instead of the arctangent (99 of them per evaluation).
     * Only a hue within rounding (about 1e-16 rad) of an edge can fall on the other side than the rounded angle
     * puts it, e.g. (−1, 1e-300): bin 7 here, 8 by atan2's π.
     */
    static int of(double a, double b) {
        if (a == 0 && b == 0) {
            // atan2 of signed zeros: ±π for a = −0, ±0 for a = +0
            return Double.doubleToRawLongBits(a) < 0 ? BINS / 2 : 0;
        }
        int base = 0;
        double x = a;
        double y = b;
        if (y < 0 || (y == 0 && x < 0)) {
            // h in [π, 2π): turned by π into [0, π)
            x = -x;
            y = -y;
            base = BINS / 2;
        }
        // for h in [0, π) and an edge at φ in (0, π): h ≥ φ exactly when cos φ · y − sin φ · x ≥ 0
        int k = 0;
        while (k < BINS / 2 - 1 && EDGE_COS[k] * y - EDGE_SIN[k] * x >= 0) {
            k++;
        }
        return base + k;
    }

    /** Shoelace area of the polygon through the bin averages {a′, b′} in hue order. */
    static double area(double[][] p) {
        double a = 0;
        for (int i = 0; i < p.length; i++) {
            double[] q = p[i];
            double[] r = p[(i + 1) % p.length];
            a += q[0] * r[1] - r[0] * q[1];
        }
        return Math.abs(a) / 2;
    }
}
