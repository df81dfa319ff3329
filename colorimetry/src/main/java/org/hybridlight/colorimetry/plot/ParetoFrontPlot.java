package org.hybridlight.colorimetry.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Draws a two-metric Pareto front: the first metric up, the second across, each point a dot labelled by its number
 * (1 = the first row of the front's CSV, the first object of its JSON), the points joined in order, and an optional
 * marked reference point (the paper's Ra 90.2 at PE 1.04). The one routine behind {@code optimize --pareto
 * FRONT.png|FRONT.svg} and the designer's Pareto plot.
 */
public final class ParetoFrontPlot {

    private static final int AXIS = 0x404040;
    private static final int GRID = 0xe0e0e0;
    private static final int FRONT = 0x1f5fbf;
    private static final int MARK = 0xc81e1e;
    private static final int TEXT = 0x000000;

    /**
     * What to draw.
     *
     * @param title heading at the top left
     * @param yAxis the first (maximized) metric's axis label with its unit, e.g. {@code Ra}
     * @param xAxis the second metric's, e.g. {@code LER (lm/W)}
     * @param ys the first metric's values, in the front's order
     * @param xs the second metric's values, same order and length
     * @param mark a point to mark, or null
     * @param note a line under the plot (e.g. a metric not drawn), or empty
     */
    public record Front(String title, String yAxis, String xAxis, double[] ys, double[] xs, Mark mark, String note) {

        public Front {
            if (ys.length != xs.length) {
                throw new IllegalArgumentException("ys and xs differ in length: " + ys.length + " vs " + xs.length);
            }
            ys = ys.clone();
            xs = xs.clone();
            note = note == null ? "" : note;
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Front f && title.equals(f.title) && yAxis.equals(f.yAxis) && xAxis.equals(f.xAxis)
                    && Arrays.equals(ys, f.ys) && Arrays.equals(xs, f.xs) && Objects.equals(mark, f.mark)
                    && note.equals(f.note);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, yAxis, xAxis, Arrays.hashCode(ys), Arrays.hashCode(xs), mark, note);
        }

        @Override
        public String toString() {
            return "Front[" + title + ", " + yAxis + " vs " + xAxis + ", " + ys.length + " points]";
        }
    }

    /**
     * A point's number beside its dot where it covers no other dot or number: up right first, then round the dot,
     * then further out; where nothing is clear (a crowded front) up right regardless.
     */
    private static void label(PlotCanvas g, TextBoxes boxes, String text, double px, double py, double r,
            double size) {
        // a gap around each number, so that two never read as one ("23")
        double pad = 0.25 * size;
        for (double d : new double[] {1.3, 2.6, 4.2}) {
            for (int k = 0; k < LABEL_DIRECTIONS.length; k += 2) {
                double dx = LABEL_DIRECTIONS[k];
                double dy = LABEL_DIRECTIONS[k + 1];
                PlotCanvas.Align align = dx > 0 ? PlotCanvas.Align.LEFT : dx < 0 ? PlotCanvas.Align.RIGHT
                        : PlotCanvas.Align.CENTER;
                // the baseline below the dot for labels under it, above it for those over it
                double x = px + dx * (d * r + pad);
                double y = py + (dy < 0 ? -d * r : dy > 0 ? d * r + 0.8 * size : 0.35 * size);
                double[] box = TextBoxes.of(g, text, x, y, size, align);
                if (boxes.tryTake(new double[] {box[0] - pad, box[1], box[2] + pad, box[3]})) {
                    g.text(text, x, y, size, false, align);
                    return;
                }
            }
        }
        g.text(text, px + 1.3 * r, py - 1.3 * r, size, false, PlotCanvas.Align.LEFT);
    }

    /** Where a point's number may go, (dx, dy) pairs in order of preference (y down). */
    private static final double[] LABEL_DIRECTIONS = {1, -1, 1, 1, -1, -1, -1, 1, 0, -1, 0, 1, 1, 0, -1, 0};

    /** A reference point: its place in the metrics' values and its label. */
    public record Mark(double y, double x, String label) {
    }

    private ParetoFrontPlot() {
    }

    /** Draws {@code f} on a white {@code width} × {@code height} px area. */
    public static void draw(PlotCanvas g, double width, double height, Front f) {
        double font = Math.max(11, Math.min(width, height) / 45);
        double left = 5 * font;
        double right = 1.5 * font;
        double top = 3.4 * font;
        double bottom = (f.note().isEmpty() ? 3.4 : 4.6) * font;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        g.fill(TEXT);
        g.text(f.title(), font, 1.4 * font, 1.15 * font, true, PlotCanvas.Align.LEFT);
        double[] xRange = range(f.xs(), f.mark() == null ? Double.NaN : f.mark().x());
        double[] yRange = range(f.ys(), f.mark() == null ? Double.NaN : f.mark().y());
        double xStep = AxisTicks.niceStep(xRange[1] - xRange[0], 5);
        double yStep = AxisTicks.niceStep(yRange[1] - yRange[0], 5);
        double x0 = Math.floor(xRange[0] / xStep) * xStep;
        double x1 = Math.ceil(xRange[1] / xStep) * xStep;
        double y0 = Math.floor(yRange[0] / yStep) * yStep;
        double y1 = Math.ceil(yRange[1] / yStep) * yStep;
        Axis xa = new Axis(x0, x1, left, left + plotW);
        Axis ya = new Axis(y0, y1, top + plotH, top);
        for (double v = x0; v <= x1 + xStep / 2; v += xStep) {
            double px = xa.px(v);
            g.stroke(GRID, 1);
            g.line(px, top, px, top + plotH);
            g.fill(AXIS);
            g.text(AxisTicks.label(v, xStep), px, top + plotH + 1.3 * font, font, false,
                    PlotCanvas.Align.CENTER);
        }
        for (double v = y0; v <= y1 + yStep / 2; v += yStep) {
            double py = ya.px(v);
            g.stroke(GRID, 1);
            g.line(left, py, left + plotW, py);
            g.fill(AXIS);
            g.text(AxisTicks.label(v, yStep), left - 0.4 * font, py + 0.35 * font, font,
                    false, PlotCanvas.Align.RIGHT);
        }
        g.stroke(AXIS, 1.2);
        g.polygon(new double[] {left, left + plotW, left + plotW, left},
                new double[] {top, top, top + plotH, top + plotH}, 4);
        g.fill(TEXT);
        g.text(f.xAxis(), left + plotW / 2, top + plotH + 2.7 * font, font, true, PlotCanvas.Align.CENTER);
        // no rotated text on every canvas: the y label stands above its axis
        g.text(f.yAxis(), left, top - 0.45 * font, font, true, PlotCanvas.Align.LEFT);
        double[] xs = f.xs();
        double[] ys = f.ys();
        g.stroke(FRONT, Math.max(1, font / 10));
        for (int i = 1; i < xs.length; i++) {
            g.line(xa.px(xs[i - 1]), ya.px(ys[i - 1]), xa.px(xs[i]), ya.px(ys[i]));
        }
        double r = Math.max(3, font / 3);
        TextBoxes boxes = new TextBoxes(left, top, left + plotW, top + plotH);
        for (int i = 0; i < xs.length; i++) {
            double px = xa.px(xs[i]);
            double py = ya.px(ys[i]);
            g.fill(FRONT);
            g.fillCircle(px, py, r);
            boxes.take(new double[] {px - r, py - r, px + r, py + r});
        }
        Mark m = f.mark();
        if (m != null) {
            double px = xa.px(m.x());
            double py = ya.px(m.y());
            g.stroke(MARK, Math.max(1.5, font / 8));
            g.line(px - 1.5 * r, py - 1.5 * r, px + 1.5 * r, py + 1.5 * r);
            g.line(px - 1.5 * r, py + 1.5 * r, px + 1.5 * r, py - 1.5 * r);
            g.fill(MARK);
            boolean leftOf = px > left + plotW / 2;
            PlotCanvas.Align align = leftOf ? PlotCanvas.Align.RIGHT : PlotCanvas.Align.LEFT;
            double lx = px + (leftOf ? -2 : 2) * r;
            double ly = py + 3.2 * r;
            g.text(m.label(), lx, ly, 0.85 * font, false, align);
            boxes.take(new double[] {px - 1.5 * r, py - 1.5 * r, px + 1.5 * r, py + 1.5 * r});
            boxes.take(TextBoxes.of(g, m.label(), lx, ly, 0.85 * font, align));
        }
        g.fill(TEXT);
        for (int i = 0; i < xs.length; i++) {
            label(g, boxes, Integer.toString(i + 1), xa.px(xs[i]), ya.px(ys[i]), r, 0.85 * font);
        }
        if (xs.length == 0) {
            g.fill(AXIS);
            g.text("no point of the front within its bounds", left + plotW / 2, top + plotH / 2, font, false,
                    PlotCanvas.Align.CENTER);
        }

        if (!f.note().isEmpty()) {
            g.fill(AXIS);
            g.text(f.note(), font, height - 0.6 * font, 0.9 * font, false, PlotCanvas.Align.LEFT);
        }
    }

    /** The values' range, widened by 5 % each side (and to a finite width for a single value). */
    private static double[] range(double[] values, double extra) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (Double.isFinite(extra)) {
            lo = Math.min(lo, extra);
            hi = Math.max(hi, extra);
        }
        if (!(hi >= lo)) {
            return new double[] {0, 1};
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1e-3, 0.01 * Math.abs(lo));
        return new double[] {lo - pad, hi + pad};
    }

    /** A linear map from values to pixels. */
    private record Axis(double v0, double v1, double p0, double p1) {
        double px(double v) {
            return p0 + (v - v0) / (v1 - v0) * (p1 - p0);
        }
    }
}
