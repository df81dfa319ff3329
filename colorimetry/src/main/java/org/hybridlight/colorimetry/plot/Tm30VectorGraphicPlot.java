package org.hybridlight.colorimetry.plot;

import java.util.List;
import org.hybridlight.colorimetry.FigureText;
import org.hybridlight.colorimetry.ReferenceText;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;

/**
 * Draws the ANSI/IES TM-30-18 colour-vector graphic (geometry from {@link Tm30ColourVectorGraphic}): the 16 hue bins
 * as pale wedges in their colours behind the spokes, the reference as a circle, the test polygon, an arrow per bin from the reference to the test average in
 * the bin's colour, the title, Rf and Rg, and the CCT with the reference used. The one routine behind
 * {@code evaluate --plot} (PNG and SVG) and the designer's plot.
 */
public final class Tm30VectorGraphicPlot {

    /** Half-width of the drawing (spokes and test points) as a fraction of the smaller side of the plot area. */
    private static final double EXTENT_FRACTION = 0.44;
    /** Length of the hue-bin spokes in radii of the reference circle. */
    private static final double SPOKE_RADII = 1.3;
    private static final int SPOKE_GREY = 0xc8c8c8;
    private static final int TEST_POLYGON_RED = 0xc81e1e;
    private static final int TEXT = 0x000000;
    /** How far the bins' background wedges are blended towards white, so arrows and polygon stay legible. */
    private static final double WEDGE_WHITE = 0.6;
    /** Points on each wedge's outer arc. */
    private static final int WEDGE_ARC_POINTS = 7;

    private Tm30VectorGraphicPlot() {
    }

    /**
     * Draws the graphic of {@code r} on a white {@code width} × {@code height} px area.
     *
     * @param title heading at the top left
     * @param cctK the test source's CCT, K
     */
    public static void draw(PlotCanvas g, double width, double height, String title, double cctK, Tm30Result r) {
        double font = Math.max(11, Math.min(width, height) / 40);
        double top = 1.8 * font;
        // the footer wraps within the width (a long reference name on a narrow plot) and the circle makes room
        List<String> footer = PlotText.wrap(g, "CCT " + FigureText.of("%.0f", cctK) + " K, reference "
                + ReferenceText.of(r.reference()), font, false, width - 2 * font);
        double bottom = (1.6 + 1.2 * (footer.size() - 1)) * font;
        double cx = width / 2;
        double cy = top + (height - top - bottom) / 2;
        double[][] v = Tm30ColourVectorGraphic.vectors(r);
        // shrink the circle when a test point lies beyond the spokes, so no vector is cut at the edge
        double extentRadii = SPOKE_RADII;
        for (double[] p : v) {
            if (Double.isFinite(p[2]) && Double.isFinite(p[3])) {
                extentRadii = Math.max(extentRadii, Math.hypot(p[2], p[3]) * 1.05);
            }
        }
        double radius = EXTENT_FRACTION * Math.min(width, height - top - bottom) / extentRadii;
        double[] wx = new double[WEDGE_ARC_POINTS + 1];
        double[] wy = new double[WEDGE_ARC_POINTS + 1];
        for (int b = 0; b < Tm30ColourVectorGraphic.BINS; b++) {
            wx[0] = cx;
            wy[0] = cy;
            for (int k = 0; k < WEDGE_ARC_POINTS; k++) {
                double a = Math.toRadians((b + k / (WEDGE_ARC_POINTS - 1.0)) * 360.0 / Tm30ColourVectorGraphic.BINS);
                wx[k + 1] = cx + SPOKE_RADII * radius * Math.cos(a);
                wy[k + 1] = cy - SPOKE_RADII * radius * Math.sin(a);
            }
            g.fill(pale(Tm30ColourVectorGraphic.binDisplayRgb(b)));
            g.fillPolygon(wx, wy, WEDGE_ARC_POINTS + 1);
        }
        g.stroke(SPOKE_GREY, 1);
        for (int b = 0; b < Tm30ColourVectorGraphic.BINS; b++) {
            double a = Math.toRadians(b * 360.0 / Tm30ColourVectorGraphic.BINS);
            g.line(cx, cy, cx + SPOKE_RADII * radius * Math.cos(a), cy - SPOKE_RADII * radius * Math.sin(a));
        }
        g.stroke(TEXT, Math.max(1.5, font / 8));
        g.strokeCircle(cx, cy, radius);
        int n = v.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int b = 0; b < n; b++) {
            px[b] = cx + radius * v[b][2];
            py[b] = cy - radius * v[b][3];
        }
        g.stroke(TEST_POLYGON_RED, Math.max(1.5, font / 8));
        g.polygon(px, py, n);
        for (int b = 0; b < n; b++) {
            int colour = Tm30ColourVectorGraphic.binDisplayRgb(b);
            g.stroke(colour, Math.max(2, font / 6));
            g.line(cx + radius * v[b][0], cy - radius * v[b][1], px[b], py[b]);
            g.fill(colour);
            g.fillCircle(px[b], py[b], Math.max(3, font / 3.5));
        }
        g.fill(TEXT);
        double heading = 1.15 * font;
        String scores = "Rf " + FigureText.of("%.0f", r.rf()) + "   Rg " + FigureText.of("%.0f", r.rg());
        g.text(title, font, 1.3 * font, heading, true, PlotCanvas.Align.LEFT);
        // the scores beside the title where both fit, else on the line below
        boolean besides = g.textWidth(title, heading, true) + g.textWidth(scores, heading, true) + 3 * font <= width;
        g.text(scores, width - font, (besides ? 1.3 : 2.6) * font, heading, true, PlotCanvas.Align.RIGHT);
        for (int i = 0; i < footer.size(); i++) {
            g.text(footer.get(i), font, height - (0.6 + 1.2 * (footer.size() - 1 - i)) * font, font, false,
                    PlotCanvas.Align.LEFT);
        }
    }

    /** {@code rgb} blended {@link #WEDGE_WHITE} of the way to white. */
    static int pale(int rgb) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xff;
            out |= (int) Math.round(c + (255 - c) * WEDGE_WHITE) << shift;
        }
        return out;
    }
}
