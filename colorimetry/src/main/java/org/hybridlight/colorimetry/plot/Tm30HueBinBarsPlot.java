package org.hybridlight.colorimetry.plot;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.hybridlight.colorimetry.FigureText;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;

/**
 * Draws one of the ANSI/IES TM-30-18 hue-bin bar charts (TM-30-18 §4.3, as the IES TM-30 calculator shows them):
 * local chroma shift Rcs,hj (%), local hue shift Rhs,hj (rad) or local fidelity Rf,hj, one bar per hue bin in the
 * bin's colour ({@link Tm30ColourVectorGraphic#binDisplayRgb}), with a value label on each bar. The value axis
 * starts at the calculator's range and widens to hold every bar, so no bar is cut.
 */
public final class Tm30HueBinBarsPlot {

    /** The quantity charted, with the calculator's default axis range, its tick step and its bars' value format. */
    public enum Quantity {
        LOCAL_CHROMA_SHIFT("Local chroma shift Rcs,hj (%)", -40, 40, 10, "%.0f", r -> scaled(r.rcsHj(), 100)),
        LOCAL_HUE_SHIFT("Local hue shift Rhs,hj (rad)", -0.4, 0.4, 0.1, "%.2f", Tm30Result::rhsHj),
        LOCAL_FIDELITY("Local colour fidelity Rf,hj", 0, 100, 20, "%.0f", Tm30Result::rfHj);

        final String title;
        final double min;
        final double max;
        final double tick;
        final String valueFormat;
        final Function<Tm30Result, double[]> values;

        Quantity(String title, double min, double max, double tick, String valueFormat,
                Function<Tm30Result, double[]> values) {
            this.title = title;
            this.min = min;
            this.max = max;
            this.tick = tick;
            this.valueFormat = valueFormat;
            this.values = values;
        }

        /** The 16 values charted for {@code r}, in the axis unit. */
        public double[] values(Tm30Result r) {
            return values.apply(r);
        }

        public String title() {
            return title;
        }
    }

    private static final int AXIS = 0x000000;
    private static final int GRID = 0xdddddd;

    private Tm30HueBinBarsPlot() {
    }

    private static double[] scaled(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }

    /** The value axis range {min, max} for {@code v}: the default one widened to whole ticks holding every value. */
    static double[] axisRange(Quantity q, double[] v) {
        double lo = q.min;
        double hi = q.max;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, Math.floor(x / q.tick) * q.tick);
                hi = Math.max(hi, Math.ceil(x / q.tick) * q.tick);
            }
        }
        return new double[] {lo, hi};
    }

    /** Draws the chart of {@code q} for {@code r} on a white {@code width} × {@code height} px area. */
    public static void draw(PlotCanvas g, double width, double height, Quantity q, Tm30Result r) {
        double[] v = q.values(r);
        double font = Math.max(9, Math.min(width / 45, height / 16));
        double left = 4.2 * font;
        double right = width - font;
        double top = 2.4 * font;
        double bottom = height - 2.2 * font;
        double[] range = axisRange(q, v);
        DoubleUnaryOperator y = x -> bottom - (x - range[0]) / (range[1] - range[0]) * (bottom - top);
        g.fill(AXIS);
        g.text(q.title, font * 0.5, 1.4 * font, 1.1 * font, true, PlotCanvas.Align.LEFT);
        int ticks = (int) Math.round((range[1] - range[0]) / q.tick);
        // on a short chart (a report's panel) every second or third tick is labelled, so labels do not overlap
        int labelEvery = Math.max(1, (int) Math.ceil(1.2 * 0.85 * font / ((bottom - top) / ticks)));
        for (int t = 0; t <= ticks; t++) {
            double value = range[0] + t * q.tick;
            double ty = y.applyAsDouble(value);
            g.stroke(GRID, 1);
            g.line(left, ty, right, ty);
            if (Math.round((value - Math.max(range[0], Math.min(range[1], 0))) / q.tick) % labelEvery != 0) {
                continue;
            }
            g.fill(AXIS);
            g.text(AxisTicks.label(value, q.tick), left - 0.4 * font, ty + 0.35 * font,
                    0.85 * font, false, PlotCanvas.Align.RIGHT);
        }
        double slot = (right - left) / v.length;
        double base = y.applyAsDouble(Math.max(range[0], Math.min(range[1], 0)));
        for (int b = 0; b < v.length; b++) {
            double x0 = left + b * slot + 0.12 * slot;
            double x1 = left + (b + 1) * slot - 0.12 * slot;
            double cxBar = (x0 + x1) / 2;
            if (Double.isFinite(v[b])) {
                double yv = y.applyAsDouble(v[b]);
                g.fill(Tm30ColourVectorGraphic.binDisplayRgb(b));
                g.fillPolygon(new double[] {x0, x1, x1, x0}, new double[] {base, base, yv, yv}, 4);
                g.fill(AXIS);
                // the label beyond the bar's end, or inside it where beyond would reach the bin numbers or the title
                double labelY = v[b] >= 0 ? yv - 0.25 * font : yv + 0.9 * font;
                if (labelY > bottom + 0.2 * font) {
                    labelY = yv - 0.25 * font;
                } else if (labelY - 0.7 * font < top - 0.5 * font) {
                    labelY = yv + 0.9 * font;
                }
                g.text(FigureText.of(q.valueFormat, v[b]), cxBar, labelY, 0.7 * font, false,
                        PlotCanvas.Align.CENTER);
            }
            g.fill(AXIS);
            g.text(Integer.toString(b + 1), cxBar, bottom + 1.1 * font, 0.8 * font, false, PlotCanvas.Align.CENTER);
        }
        g.stroke(AXIS, 1);
        g.line(left, base, right, base);
        g.line(left, top, left, bottom);
        g.text("Hue-angle bin", (left + right) / 2, height - 0.3 * font, 0.85 * font, false,
                PlotCanvas.Align.CENTER);
    }
}
