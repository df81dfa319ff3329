package org.hybridlight.colorimetry.tristimulus;

import org.joml.Matrix3d;
import org.joml.Vector3d;

/**
 * Display colours in sRGB (IEC 61966-2-1:1999, a standard without a DOI): CIE XYZ to linear RGB through the matrix derived from the
 * standard's primaries (R 0.64, 0.33; G 0.30, 0.60; B 0.15, 0.06) and white point D65 (0.3127, 0.3290), then
 * the standard's piecewise transfer function. For pictures only (plot tints, sample swatches): colours outside
 * the gamut are brought inside, not reproduced.
 */
public final class Srgb {

    private static final double[][] PRIMARIES = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
    private static final double WHITE_X = 0.3127;
    private static final double WHITE_Y = 0.3290;

    private final Matrix3d xyzToLinear;

    public Srgb() {
        // columns: the primaries' XYZ at unit luminance, each scaled so that R = G = B = 1 gives the white
        Matrix3d m = new Matrix3d();
        for (int c = 0; c < 3; c++) {
            double x = PRIMARIES[c][0];
            double y = PRIMARIES[c][1];
            m.setColumn(c, new Vector3d(x / y, 1, (1 - x - y) / y));
        }
        Vector3d white = new Vector3d(WHITE_X / WHITE_Y, 1, (1 - WHITE_X - WHITE_Y) / WHITE_Y);
        Vector3d s = new Matrix3d(m).invert().transform(white);
        m.scale(s.x, s.y, s.z);
        xyzToLinear = m.invert();
    }

    /** Linear sRGB of XYZ (Y = 1 is the white's luminance); may lie outside 0–1. */
    public double[] linear(double x, double y, double z) {
        Vector3d v = xyzToLinear.transform(new Vector3d(x, y, z));
        return new double[] {v.x, v.y, v.z};
    }

    /**
     * Encoded sRGB in 0–1 of XYZ: negative components are lifted by adding white (keeping the hue as far as
     * possible), and a component above 1 scales the colour down (keeping the chromaticity).
     */
    public double[] encoded(double x, double y, double z) {
        double[] rgb = linear(x, y, z);
        double min = Math.min(rgb[0], Math.min(rgb[1], rgb[2]));
        if (min < 0) {
            for (int i = 0; i < 3; i++) {
                rgb[i] -= min;
            }
        }
        double max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        for (int i = 0; i < 3; i++) {
            double v = max > 1 ? rgb[i] / max : rgb[i];
            rgb[i] = transfer(v);
        }
        return rgb;
    }

    /** The IEC 61966-2-1 transfer function (linear 0–1 to encoded 0–1). */
    public static double transfer(double linear) {
        return linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }
}
