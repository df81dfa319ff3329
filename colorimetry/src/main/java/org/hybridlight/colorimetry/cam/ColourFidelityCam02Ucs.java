package org.hybridlight.colorimetry.cam;

/**
 * CAM02-UCS J′, a′, b′ of many samples under one white in the viewing conditions of CIE 224:2017 and ANSI/IES
 * TM-30-18 (L_A = 100 cd/m², Y_b = 20, average surround, D = 1): the forward CIECAM02 of CIE 159:2004 (N. Moroney
 * et al., Proc. IS&amp;T/SID 10th Color Imaging Conference, 23–27 (2002), doi:10.2352/CIC.2002.10.1.art00006) and
 * the uniform space of M. R. Luo, G. Cui and C. Li, Color Res. Appl. 31(4), 320–330 (2006),
 * doi:10.1002/col.20227, computed as {@link Ciecam02#jabUcs} does but arranged for speed: with Y_w scaled to 100
 * the conditions fix F_L, n, N_bb, z and the chroma factor for every white, the white's own adaptation and A_w
 * are computed once per call, CAT02, the adaptation gains, HPE and F_L / 100 are one matrix, the five powers per
 * sample (three compressions x^0.42, J = 100 (A / A_w)^(c z), t^0.9) are {@link FixedExponentPow}s, M′'s
 * logarithm is {@link FastLog}, and the divisions by constants are multiplications. {@link Ciecam02} stays the
 * reference; the two agree to within 1e-12 in J′a′b′ (tested on random whites and samples). Stateless; allocates
 * nothing.
 */
public final class ColourFidelityCam02Ucs {

    private static final Ciecam02 CONDITIONS = Ciecam02.forColourFidelity(new double[] {100, 100, 100});
    private static final double FL = CONDITIONS.fl();
    private static final double NBB = CONDITIONS.nbb();
    /** 50000 / 13 N_c N_cb of the t of the chroma. */
    private static final double T_FACTOR = 50000.0 / 13 * CONDITIONS.nc() * NBB;
    /** (1.64 − 0.29^n)^0.73 F_L^¼: colourfulness over t^0.9 (J / 100)^½. */
    private static final double M_FACTOR = CONDITIONS.chromaFactor() * CONDITIONS.flQuarter();
    /** The post-adaptation compression x^0.42, J = 100 (A / A_w)^(c z) and the t^0.9 of the chroma. */
    private static final FixedExponentPow COMPRESSION = new FixedExponentPow(0.42);
    private static final FixedExponentPow LIGHTNESS = new FixedExponentPow(CONDITIONS.lightnessExponent());
    private static final FixedExponentPow CHROMA = new FixedExponentPow(0.9);
    private static final double COS_2 = Math.cos(2);
    private static final double SIN_2 = Math.sin(2);
    /** The opponent signals' constants as products (a division costs several multiplications). */
    private static final double TWELVE_ELEVENTHS = 12.0 / 11;
    private static final double ONE_ELEVENTH = 1.0 / 11;
    private static final double ONE_NINTH = 1.0 / 9;
    /** CAM02-UCS's c2 of M′ = ln(1 + c2 M) / c2. */
    private static final double UCS_C2 = 0.0228;

    private ColourFidelityCam02Ucs() {
    }

    /**
     * J′, a′, b′ of samples {@code 0 … count − 1} into {@code out[3 j + c]}, from planar tristimulus values (X_j at
     * {@code xyz[j]}, Y_j at {@code xyz[stride + j]}, Z_j at {@code xyz[2 stride + j]}) on the scale of the white
     * (X_w, Y_w, Z_w): all are scaled so that Y_w = 100, as CIE 224:2017 normalizes.
     */
    public static void jabInto(double[] xyz, int stride, int count, double whiteX, double whiteY, double whiteZ,
            double[] out) {
        double k = 100 / whiteY;
        double[] cat = Ciecam02.M_CAT02;
        // D = 1: each cone gain is Y_w / (CAT02 white), Y_w = 100
        double gr = 100 / (k * (cat[0] * whiteX + cat[1] * whiteY + cat[2] * whiteZ));
        double gg = 100 / (k * (cat[3] * whiteX + cat[4] * whiteY + cat[5] * whiteZ));
        double gb = 100 / (k * (cat[6] * whiteX + cat[7] * whiteY + cat[8] * whiteZ));
        // one matrix from the caller's scale to F_L R′ / 100: HPE · CAT02⁻¹ · diag(gains) · CAT02 · k · F_L / 100
        double[] h = Ciecam02.M_HPE_CAT02_INV;
        double s = k * FL / 100;
        double m00 = s * (h[0] * gr * cat[0] + h[1] * gg * cat[3] + h[2] * gb * cat[6]);
        double m01 = s * (h[0] * gr * cat[1] + h[1] * gg * cat[4] + h[2] * gb * cat[7]);
        double m02 = s * (h[0] * gr * cat[2] + h[1] * gg * cat[5] + h[2] * gb * cat[8]);
        double m10 = s * (h[3] * gr * cat[0] + h[4] * gg * cat[3] + h[5] * gb * cat[6]);
        double m11 = s * (h[3] * gr * cat[1] + h[4] * gg * cat[4] + h[5] * gb * cat[7]);
        double m12 = s * (h[3] * gr * cat[2] + h[4] * gg * cat[5] + h[5] * gb * cat[8]);
        double m20 = s * (h[6] * gr * cat[0] + h[7] * gg * cat[3] + h[8] * gb * cat[6]);
        double m21 = s * (h[6] * gr * cat[1] + h[7] * gg * cat[4] + h[8] * gb * cat[7]);
        double m22 = s * (h[6] * gr * cat[2] + h[7] * gg * cat[5] + h[8] * gb * cat[8]);
        double rw = compress(m00 * whiteX + m01 * whiteY + m02 * whiteZ);
        double gw = compress(m10 * whiteX + m11 * whiteY + m12 * whiteZ);
        double bw = compress(m20 * whiteX + m21 * whiteY + m22 * whiteZ);
        double inverseAw = 1 / achromatic(rw, gw, bw);
        for (int j = 0; j < count; j++) {
            double x = xyz[j];
            double y = xyz[stride + j];
            double z = xyz[2 * stride + j];
            double vr = m00 * x + m01 * y + m02 * z;
            double vg = m10 * x + m11 * y + m12 * z;
            double vb = m20 * x + m21 * y + m22 * z;
            double pr = COMPRESSION.pow(Math.abs(vr));
            double pg = COMPRESSION.pow(Math.abs(vg));
            double pb = COMPRESSION.pow(Math.abs(vb));
            // 400 p / (27.13 + p) for the three: one division instead of three
            double dr = 27.13 + pr;
            double dg = 27.13 + pg;
            double db = 27.13 + pb;
            double dgb = dg * db;
            double inverse = 400 / (dr * dgb);
            double r = Math.copySign(pr * dgb * inverse, vr) + 0.1;
            double g = Math.copySign(pg * dr * db * inverse, vg) + 0.1;
            double b = Math.copySign(pb * dr * dg * inverse, vb) + 0.1;
            double ca = r - TWELVE_ELEVENTHS * g + b * ONE_ELEVENTH;
            double cb = (r + g - 2 * b) * ONE_NINTH;
            double radius = Math.sqrt(ca * ca + cb * cb);
            double inverseRadius = 1 / radius;
            double cosH = radius > 0 ? ca * inverseRadius : 1;
            double sinH = radius > 0 ? cb * inverseRadius : 0;
            double lightness = 100 * LIGHTNESS.pow(achromatic(r, g, b) * inverseAw);
            double et = 0.25 * (cosH * COS_2 - sinH * SIN_2 + 3.8);
            double t = T_FACTOR * et * radius / (r + g + 1.05 * b);
            double colourfulness = M_FACTOR * CHROMA.pow(t) * Math.sqrt(lightness / 100);
            // ln(1 + u) as ln of the rounded 1 + u: off by at most 1.1e-16, 5e-15 in M′
            double mPrime = FastLog.ln(1 + UCS_C2 * colourfulness) * (1 / UCS_C2);
            int o = 3 * j;
            out[o] = 1.7 * lightness / (1 + 0.007 * lightness);
            out[o + 1] = mPrime * cosH;
            out[o + 2] = mPrime * sinH;
        }
    }

    /** The achromatic response A. */
    private static double achromatic(double r, double g, double b) {
        return (2 * r + g + 0.05 * b - 0.305) * NBB;
    }

    /** Post-adaptation compression of a response already multiplied by F_L / 100, odd-symmetric. */
    private static double compress(double v) {
        double p = COMPRESSION.pow(Math.abs(v));
        return Math.copySign(400 * p / (27.13 + p), v) + 0.1;
    }
}
