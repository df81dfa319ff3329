package org.hybridlight.colorimetry.cam;

/**
 * The CIECAM02 colour appearance model, forward direction: CIE 159:2004, "A colour appearance model for colour
 * management systems: CIECAM02" (no DOI; the model is also published in N. Moroney et al., "The CIECAM02
 * color appearance model", Proc. IS&amp;T/SID 10th Color Imaging Conference, 23–27 (2002),
 * doi:10.2352/CIC.2002.10.1.art00006). One instance holds the viewing conditions (adapting luminance, background,
 * surround, degree of adaptation) and a reference white, so everything that depends only on them is computed
 * once. Immutable and thread-safe.
 */
public final class Ciecam02 {

    /** CAT02 chromatic adaptation matrix. */
    static final double[] M_CAT02 = {
        0.7328, 0.4296, -0.1624,
        -0.7036, 1.6975, 0.0061,
        0.0030, 0.0136, 0.9834};
    /** Hunt–Pointer–Estévez matrix times the inverse of CAT02, computed once. */
    static final double[] M_HPE_CAT02_INV = multiply(new double[] {
        0.38971, 0.68898, -0.07868,
        -0.22981, 1.18340, 0.04641,
        0.00000, 0.00000, 1.00000}, invert(M_CAT02));

    private final double fl;
    private final double flQuarter;
    private final double n;
    private final double nbb;
    private final double z;
    private final double c;
    private final double nc;
    private final double aw;
    private final double chromaFactor;
    private final double[] dRgb;

    /**
     * @param whiteXyz tristimulus values of the adopted white
     * @param adaptingLuminance L_A, cd/m²
     * @param backgroundY Y_b, relative to the white's Y
     * @param surround F, c, N_c (e.g. {@link Surround#AVERAGE})
     * @param degreeOfAdaptation D, or NaN to compute it from F and L_A
     */
    public Ciecam02(double[] whiteXyz, double adaptingLuminance, double backgroundY, Surround surround,
            double degreeOfAdaptation) {
        double f = surround.f();
        c = surround.c();
        nc = surround.nc();
        double la = adaptingLuminance;
        double k = 1 / (5 * la + 1);
        double k4 = k * k * k * k;
        fl = 0.2 * k4 * (5 * la) + 0.1 * (1 - k4) * (1 - k4) * Math.cbrt(5 * la);
        flQuarter = Math.pow(fl, 0.25);
        n = backgroundY / whiteXyz[1];
        nbb = 0.725 * Math.pow(1 / n, 0.2);
        z = 1.48 + Math.sqrt(n);
        double d = Double.isNaN(degreeOfAdaptation)
                ? f * (1 - (1 / 3.6) * Math.exp((-la - 42) / 92)) : degreeOfAdaptation;
        double[] rgbW = apply(M_CAT02, whiteXyz[0], whiteXyz[1], whiteXyz[2]);
        dRgb = new double[3];
        for (int i = 0; i < 3; i++) {
            dRgb[i] = d * whiteXyz[1] / rgbW[i] + 1 - d;
        }
        chromaFactor = Math.pow(1.64 - Math.pow(0.29, n), 0.73);
        double[] w = new double[4];
        jchInto(whiteXyz[0], whiteXyz[1], whiteXyz[2], w, true);
        aw = w[3];
    }

    /** The CIE 224:2017 / TM-30 viewing conditions: L_A = 100 cd/m², Y_b = 20, average surround, D = 1. */
    public static Ciecam02 forColourFidelity(double[] whiteXyz) {
        return new Ciecam02(whiteXyz, 100, 20, Surround.AVERAGE, 1.0);
    }

    /** F_L, the luminance-level adaptation factor. */
    double fl() {
        return fl;
    }

    /** F_L^¼, colourfulness over chroma. */
    double flQuarter() {
        return flQuarter;
    }

    /** N_bb = N_cb. */
    double nbb() {
        return nbb;
    }

    /** The exponent c z of J = 100 (A / A_w)^(c z). */
    double lightnessExponent() {
        return c * z;
    }

    /** N_c. */
    double nc() {
        return nc;
    }

    /** (1.64 − 0.29^n)^0.73 of the chroma. */
    double chromaFactor() {
        return chromaFactor;
    }

    /**
     * Lightness J, chroma C, hue angle h (radians, 0 to 2π), colourfulness M of a stimulus, into {@code out[0..3]}.
     */
    public void jch(double x, double y, double z2, double[] out) {
        jchInto(x, y, z2, out, false);
    }

    private void jchInto(double x, double y, double zz, double[] out, boolean achromaticOnly) {
        double[] resp = new double[3];
        adaptedResponses(x, y, zz, resp);
        double rp = resp[0];
        double gp = resp[1];
        double bp = resp[2];
        double a = (2 * rp + gp + bp / 20 - 0.305) * nbb;
        if (achromaticOnly) {
            out[3] = a;
            return;
        }
        double ca = rp - 12 * gp / 11 + bp / 11;
        double cb = (rp + gp - 2 * bp) / 9;
        double h = Math.atan2(cb, ca);
        if (h < 0) {
            h += 2 * Math.PI;
        }
        double j = 100 * Math.pow(a / aw, c * z);
        double et = 0.25 * (Math.cos(h + 2) + 3.8);
        double t = (50000.0 / 13 * nc * nbb * et * Math.sqrt(ca * ca + cb * cb)) / (rp + gp + 21 * bp / 20);
        double chroma = Math.pow(t, 0.9) * Math.sqrt(j / 100) * chromaFactor;
        out[0] = j;
        out[1] = chroma;
        out[2] = h;
        out[3] = chroma * flQuarter;
    }

    /**
     * CAM02-UCS J′, a′, b′ of a stimulus into {@code out[0..2]} ({@link Cam02Ucs}), taking cos h and sin h from the
     * opponent signals directly instead of through the hue angle; the reference for {@link ColourFidelityCam02Ucs}.
     */
    public void jabUcs(double x, double y, double zz, double[] out) {
        jabUcs(x, y, zz, out, 0);
    }

    /** As {@link #jabUcs(double, double, double, double[])}, into {@code out[offset..offset + 2]}. */
    public void jabUcs(double x, double y, double zz, double[] out, int offset) {
        // the adapted responses inline (no scratch array): this builds every TM-30 reference table
        double r = (M_CAT02[0] * x + M_CAT02[1] * y + M_CAT02[2] * zz) * dRgb[0];
        double g = (M_CAT02[3] * x + M_CAT02[4] * y + M_CAT02[5] * zz) * dRgb[1];
        double b = (M_CAT02[6] * x + M_CAT02[7] * y + M_CAT02[8] * zz) * dRgb[2];
        double[] m = M_HPE_CAT02_INV;
        double rp = adapt(m[0] * r + m[1] * g + m[2] * b);
        double gp = adapt(m[3] * r + m[4] * g + m[5] * b);
        double bp = adapt(m[6] * r + m[7] * g + m[8] * b);
        double a = (2 * rp + gp + bp / 20 - 0.305) * nbb;
        double ca = rp - 12 * gp / 11 + bp / 11;
        double cb = (rp + gp - 2 * bp) / 9;
        double radius = Math.sqrt(ca * ca + cb * cb);
        double cosH = radius > 0 ? ca / radius : 1;
        double sinH = radius > 0 ? cb / radius : 0;
        double j = 100 * Math.pow(a / aw, c * z);
        // cos(h + 2) = cos h cos 2 − sin h sin 2
        double et = 0.25 * (cosH * COS_2 - sinH * SIN_2 + 3.8);
        double t = (50000.0 / 13 * nc * nbb * et * radius) / (rp + gp + 21 * bp / 20);
        double colourfulness = Math.pow(t, 0.9) * Math.sqrt(j / 100) * chromaFactor * flQuarter;
        double mPrime = Math.log1p(0.0228 * colourfulness) / 0.0228;
        out[offset] = 1.7 * j / (1 + 0.007 * j);
        out[offset + 1] = mPrime * cosH;
        out[offset + 2] = mPrime * sinH;
    }

    private static final double COS_2 = Math.cos(2);
    private static final double SIN_2 = Math.sin(2);

    /** Post-adaptation cone responses R′a, G′a, B′a: CAT02 with the degree of adaptation, then HPE. */
    private void adaptedResponses(double x, double y, double zz, double[] out) {
        double r = (M_CAT02[0] * x + M_CAT02[1] * y + M_CAT02[2] * zz) * dRgb[0];
        double g = (M_CAT02[3] * x + M_CAT02[4] * y + M_CAT02[5] * zz) * dRgb[1];
        double b = (M_CAT02[6] * x + M_CAT02[7] * y + M_CAT02[8] * zz) * dRgb[2];
        double[] m = M_HPE_CAT02_INV;
        out[0] = adapt(m[0] * r + m[1] * g + m[2] * b);
        out[1] = adapt(m[3] * r + m[4] * g + m[5] * b);
        out[2] = adapt(m[6] * r + m[7] * g + m[8] * b);
    }

    /** The post-adaptation non-linear compression, odd-symmetric for negative responses. */
    private double adapt(double v) {
        double p = Math.pow(fl * Math.abs(v) / 100, 0.42);
        return Math.signum(v) * 400 * p / (27.13 + p) + 0.1;
    }

    private static double[] apply(double[] m, double x, double y, double z) {
        return new double[] {m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z,
            m[6] * x + m[7] * y + m[8] * z};
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[3 * i + j] += a[3 * i + k] * b[3 * k + j];
                }
            }
        }
        return r;
    }

    private static double[] invert(double[] m) {
        org.apache.commons.math3.linear.RealMatrix inv = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(new double[][] {
                    {m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}})).getSolver().getInverse();
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = inv.getEntry(i, j);
            }
        }
        return r;
    }
}
