package org.hybridlight.colorimetry.cam;

/**
 * The CAM02-UCS uniform colour space of M. R. Luo, G. Cui and C. Li, "Uniform colour spaces based on CIECAM02
 * colour appearance model", Color Res. Appl. 31(4), 320–330 (2006), doi:10.1002/col.20227: J′ = 1.7 J / (1 + 0.007 J),
 * M′ = ln(1 + 0.0228 M) / 0.0228, a′ = M′ cos h, b′ = M′ sin h.
 */
public final class Cam02Ucs {

    private Cam02Ucs() {
    }

    /** J′, a′, b′ into {@code out[0..2]} from CIECAM02 J, M and h (radians). */
    public static void jab(double j, double colourfulness, double hueRadians, double[] out) {
        double mPrime = Math.log1p(0.0228 * colourfulness) / 0.0228;
        out[0] = 1.7 * j / (1 + 0.007 * j);
        out[1] = mPrime * Math.cos(hueRadians);
        out[2] = mPrime * Math.sin(hueRadians);
    }
}
