package org.hybridlight.colorimetry.plot;

import org.hybridlight.colorimetry.FigureText;
import org.hybridlight.colorimetry.ReferenceText;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;

/**
 * Draws the CIE 13.3 special colour rendering indices R1–R14 (CIE 13.3-1995, which has no DOI) as bars
 * coloured like their test colour samples under D65, with Ra and R9 in large type, the reference illuminant and,
 * in red, a note when |Duv| &gt; 5.4 × 10⁻³ makes the indices not meaningful. The value axis runs from 100 down to
 * the lowest bar in steps of 20 but never below −100: a bar beyond is broken at the axis (a white zigzag) with its
 * value in red. Value labels shrink to fit their slot and alternate between two lines where they still would not.
 * The one routine behind the designer's bars and the report's.
 */
public final class CriBarsPlot {

    /** The lowest value the axis shows; longer bars end there, marked. */
    public static final double AXIS_MIN = -100;
    private static final double AXIS_MAX = 100;
    private static final double TICK = 20;
    private static final int AXIS = 0x404040;
    private static final int GRID = 0xe0e0e0;
    private static final int BAR_EDGE = 0x666666;
    private static final int WARNING = 0xc00000;
    private static final int TEXT = 0x000000;
    /** Smallest label size, px, before labels alternate between two lines instead of shrinking further. */
    private static final double MIN_LABEL_PX = 8;

    private CriBarsPlot() {
    }

    /** The axis' lower end for {@code r}: the lowest value rounded down to a tick, at most 0 and at least −100. */
    static double axisLow(double[] r) {
        double min = 0;
        for (double v : r) {
            min = Math.min(min, v);
        }
        return Math.max(AXIS_MIN, Math.floor(min / TICK) * TICK);
    }

    /**
     * Draws {@code cr} on a white {@code width} × {@code height} px area.
     *
     * @param duv the white's Duv, NaN when unknown (no CCT): then whether the indices are meaningful is not known
     * @param colours the test colour samples' colours
     */
    public static void draw(PlotCanvas g, double width, double height, ColourRendering cr, double duv,
            PlotColours colours) {
        double font = Math.max(10, Math.min(14, Math.min(width / 40, height / 26)));
        double left = 3.8 * font;
        double right = width - font;
        double x0 = font;
        g.fill(AXIS);
        g.text("CIE 13.3 colour rendering", x0, 1.4 * font, 1.2 * font, false, PlotCanvas.Align.LEFT);
        double big = Math.min(2 * font, width / 16);
        double y = 1.6 * font + big;
        g.fill(TEXT);
        String ra = "Ra " + FigureText.of("%.1f", cr.ra());
        g.text(ra, x0, y, big, true, PlotCanvas.Align.LEFT);
        g.text("R9 " + FigureText.of("%.1f", cr.r(9)), x0 + g.textWidth(ra, big, true) + 1.5 * big, y, big,
                true, PlotCanvas.Align.LEFT);
        // the reference, and the warning on its own line(s) where both do not fit one
        String reference = "reference " + ReferenceText.of(cr.reference());
        String warning = Double.isNaN(duv) ? "Duv unknown (no CCT): may not be meaningful"
                : "|Duv| > 5.4e-3: not meaningful";
        y += 1.4 * font;
        g.fill(cr.valid() ? AXIS : WARNING);
        if (cr.valid() || g.textWidth(reference + "  — " + warning, font, false) <= width - 2 * x0) {
            g.text(cr.valid() ? reference : reference + "  — " + warning, x0, y, font, false, PlotCanvas.Align.LEFT);
        } else {
            g.text(reference, x0, y, font, false, PlotCanvas.Align.LEFT);
            for (String line : PlotText.wrap(g, warning, font, false, width - 2 * x0)) {
                y += 1.2 * font;
                g.text(line, x0, y, font, false, PlotCanvas.Align.LEFT);
            }
        }
        double[] r = cr.r();
        int n = r.length;
        double slot = (right - left) / n;
        // label sizes: as large as the font, no larger than the widest label fits its slot
        double valuePx = fitting(g, font * 0.9, 0.92 * slot, "-100");
        double namePx = fitting(g, font * 0.9, 0.92 * slot, "R" + n);
        boolean staggerValues = g.textWidth("-100", valuePx, false) > 0.92 * slot;
        boolean staggerNames = g.textWidth("R" + n, namePx, false) > 0.92 * slot;
        double valueLine = 1.3 * valuePx;
        double nameLine = 1.3 * namePx;
        int valueRows = staggerValues ? 2 : 1;
        int nameRows = staggerNames ? 2 : 1;
        double lo = axisLow(r);
        double top = y + font + valueRows * valueLine;
        // below the axis: the row(s) for the values of negative bars, then the bar names
        double namesTop = height - 0.3 * font - nameRows * nameLine;
        double bottom = namesTop - 0.2 * font - (lo < 0 ? valueRows * valueLine : 0);
        double yScale = (bottom - top) / (AXIS_MAX - lo);
        for (double v = lo; v <= AXIS_MAX + 1e-9; v += TICK) {
            double ty = bottom - (v - lo) * yScale;
            g.stroke(v == 0 ? AXIS : GRID, 1);
            g.line(left, ty, right, ty);
            g.fill(AXIS);
            g.text(AxisTicks.label(v, TICK), left - 0.35 * font, ty + 0.35 * font, 0.9 * font, false,
                    PlotCanvas.Align.RIGHT);
        }
        double zero = bottom + lo * yScale;
        double barWidth = slot * 0.7;
        // the values stay between the heading and the bar names
        TextBoxes valueBoxes = new TextBoxes(-Double.MAX_VALUE, y, Double.MAX_VALUE, namesTop);
        for (int i = 0; i < n; i++) {
            double v = r[i];
            boolean beyond = v < lo;
            double yv = bottom - (Math.max(v, lo) - lo) * yScale;
            double bx = left + i * slot + slot * 0.15;
            double yTop = Math.min(yv, zero);
            double yBottom = Math.max(yv, zero);
            double[] xs = {bx, bx + barWidth, bx + barWidth, bx};
            double[] ys = {yTop, yTop, yBottom, yBottom};
            g.fill(PlotColours.rgb(colours.sample(i + 1)));
            g.fillPolygon(xs, ys, 4);
            g.stroke(BAR_EDGE, 0.6);
            g.polygon(xs, ys, 4);
            double mid = bx + barWidth / 2;
            boolean second = i % 2 == 1;
            if (beyond) {
                // broken: a white zigzag across its end
                g.stroke(0xffffff, Math.max(1.5, font / 6));
                double z = Math.min(0.6 * font, (yBottom - yTop) / 3);
                g.polyline(new double[] {bx - 1, bx + barWidth / 3, bx + 2 * barWidth / 3, bx + barWidth + 1},
                        new double[] {yv - z, yv - 2 * z, yv - z, yv - 2 * z}, 4);
            }
            String value = FigureText.of("%.0f", v);
            double shift = staggerValues && second ? valueLine : 0;
            g.fill(beyond ? WARNING : TEXT);
            double at = v < 0 ? yv + 1.05 * valuePx + shift : yv - 0.25 * valuePx - shift;
            // staggered neighbours at different heights may still meet (-88 beside a broken -413): a row further
            // from the bar, else nearer, whichever is clear of the values drawn and stays above the names
            double away = v < 0 ? valueLine : -valueLine;
            double ty = Double.NaN;
            for (double step : new double[] {0, 1, -1, 2, -2}) {
                if (valueBoxes.tryTake(TextBoxes.of(g, value, mid, at + step * away, valuePx,
                        PlotCanvas.Align.CENTER))) {
                    ty = at + step * away;
                    break;
                }
            }
            if (Double.isNaN(ty)) {
                ty = at;
                valueBoxes.take(TextBoxes.of(g, value, mid, ty, valuePx, PlotCanvas.Align.CENTER));
            }
            g.text(value, mid, ty, valuePx, false, PlotCanvas.Align.CENTER);
            g.fill(AXIS);
            double nameY = namesTop + 1.05 * namePx + (staggerNames && second ? nameLine : 0);
            g.text("R" + (i + 1), mid, nameY, namePx, false, PlotCanvas.Align.CENTER);
        }
        g.stroke(AXIS, 1);
        g.line(left, top, left, bottom);
    }

    /** {@code maxPx}, or smaller down to {@link #MIN_LABEL_PX}, so that {@code widest} is at most {@code room} wide. */
    static double fitting(PlotCanvas g, double maxPx, double room, String widest) {
        double w = g.textWidth(widest, maxPx, false);
        return w <= room ? maxPx : Math.max(MIN_LABEL_PX, maxPx * room / w);
    }
}
