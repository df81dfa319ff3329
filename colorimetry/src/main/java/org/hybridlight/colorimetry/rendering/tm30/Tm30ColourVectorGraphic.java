package org.hybridlight.colorimetry.rendering.tm30;

/**
 * The geometry of the ANSI/IES TM-30-18 colour-vector graphic (TM-30-18 §4.4): the reference's hue-bin averages
 * normalized onto the unit circle, and the test averages moved by the same normalization, so an arrow pointing
 * outwards is a gain in chroma and one along the circle a hue shift. Drawing is left to the caller (PNG, SVG,
 * screen).
 */
public final class Tm30ColourVectorGraphic {

    /** Number of hue bins. */
    public static final int BINS = 16;
    private static final double BIN_SATURATION = 0.65;
    private static final double BIN_BRIGHTNESS = 0.7;

    private Tm30ColourVectorGraphic() {
    }

    /** Per hue bin {refX, refY, testX, testY} in units of the circle's radius (y up, a′ to the right). */
    public static double[][] vectors(Tm30Result r) {
        double[][] ref = r.referenceABin();
        double[][] test = r.testABin();
        double[][] p = new double[ref.length][4];
        for (int b = 0; b < ref.length; b++) {
            double c = Math.hypot(ref[b][0], ref[b][1]);
            p[b][0] = ref[b][0] / c;
            p[b][1] = ref[b][1] / c;
            p[b][2] = p[b][0] + (test[b][0] - ref[b][0]) / c;
            p[b][3] = p[b][1] + (test[b][1] - ref[b][1]) / c;
        }
        return p;
    }

    /**
     * An approximate display hue (HSB degrees) for hue bin {@code b}: the bin's middle a′b′ angle mapped so that
     * red sits at 0°, yellow near 90°, green near 160° and blue near 250° in a′b′, as on the TM-30 graphic.
     */
    public static double binDisplayHueDegrees(int b) {
        double angle = (b + 0.5) * 22.5;
        return angle < 90 ? angle / 90 * 60 : angle < 160 ? 60 + (angle - 90) / 70 * 60
                : angle < 250 ? 120 + (angle - 160) / 90 * 120 : 240 + (angle - 250) / 110 * 120;
    }

    /** An approximate display colour (0xRRGGBB) for hue bin {@code b}: its display hue at fixed saturation and value. */
    public static int binDisplayRgb(int b) {
        double h = binDisplayHueDegrees(b) / 60;
        int sector = (int) Math.floor(h) % 6;
        double f = h - Math.floor(h);
        double v = BIN_BRIGHTNESS;
        double p = v * (1 - BIN_SATURATION);
        double q = v * (1 - BIN_SATURATION * f);
        double t = v * (1 - BIN_SATURATION * (1 - f));
        double[] rgb = switch (sector) {
            case 0 -> new double[] {v, t, p};
            case 1 -> new double[] {q, v, p};
            case 2 -> new double[] {p, v, t};
            case 3 -> new double[] {p, q, v};
            case 4 -> new double[] {t, p, v};
            default -> new double[] {v, p, q};
        };
        return (int) Math.round(rgb[0] * 255) << 16 | (int) Math.round(rgb[1] * 255) << 8
                | (int) Math.round(rgb[2] * 255);
    }
}
