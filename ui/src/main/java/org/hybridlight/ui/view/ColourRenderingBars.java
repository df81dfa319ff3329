package org.hybridlight.ui.view;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.DisplayColourService;
import org.hybridlight.ui.model.Evaluation;

/** CIE 13.3 special indices R1–R14 as bars coloured like their test samples, with Ra and R9 in large type. */
public final class ColourRenderingBars extends PlotPane {

    /** The lowest value the axis shows; bars beyond end there, marked. */
    private static final double AXIS_MIN = -100;
    private static final Font BIG = Font.font("DejaVu Sans", FontWeight.BOLD, 22);
    private static final Font BIG_NARROW = Font.font("DejaVu Sans", FontWeight.BOLD, 17);

    private final DesignViewModel model;
    /** TCS01…TCS14 under D65. */
    private final Color[] samples;

    public ColourRenderingBars(DesignViewModel model, DisplayColourService colours) {
        this.model = model;
        samples = new Color[colours.sampleCount()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = fx(colours.sample(i + 1));
        }
        model.evaluationProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "colour-rendering";
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double left = 44;
        double right = w - 12;
        double top = 78;
        double bottom = h - 34;
        title(g, "CIE 13.3 colour rendering", left);
        Evaluation e = model.evaluationProperty().get();
        ColourRendering cr = e == null ? null : e.colorimetry().colourRendering();
        if (cr == null) {
            Colorimetry c = e == null ? null : e.colorimetry();
            g.fillText(c == null ? "no valid design" : "not computable: " + c.colourRenderingProblem(), left, 40);
            return;
        }
        double[] r = cr.r();
        double min = 0;
        for (double v : r) {
            min = Math.min(min, v);
        }
        // below -100 the axis would squeeze the useful range: longer bars end at the axis with their value
        double lo = Math.max(AXIS_MIN, Math.floor(min / 20) * 20);
        double hi = 100;
        boolean narrow = w < 340;
        g.setFont(narrow ? BIG_NARROW : BIG);
        g.setFill(Color.BLACK);
        g.fillText(String.format(Locale.ROOT, "Ra %.1f", cr.ra()), left, 48);
        g.fillText(String.format(Locale.ROOT, "R9 %.1f", cr.r(9)), left + (narrow ? 100 : 130), 48);
        g.setFont(FONT);
        g.setFill(cr.valid() ? AXIS : Color.web("#c00000"));
        g.fillText("reference " + cr.reference() + (cr.valid() ? "" : "  — |Duv| > 5.4e-3: not meaningful"),
                left, 64);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v = lo; v <= hi + 1e-9; v += 20) {
            double y = bottom - (v - lo) / (hi - lo) * (bottom - top);
            g.setStroke(v == 0 ? AXIS : GRID);
            g.strokeLine(left, y, right, y);
            g.setFill(AXIS);
            g.fillText(String.valueOf((int) v), left - 4, y + 4);
        }
        double slot = (right - left) / 14;
        double zero = bottom - (0 - lo) / (hi - lo) * (bottom - top);
        g.setTextAlign(TextAlignment.CENTER);
        // narrow slots: labels of neighbours alternate between two lines so they never run together
        boolean stagger = slot < 26;
        for (int i = 1; i <= 14; i++) {
            double v = r[i - 1];
            boolean beyond = v < lo;
            double y = bottom - (Math.max(v, lo) - lo) / (hi - lo) * (bottom - top);
            double x = left + (i - 1) * slot + slot * 0.15;
            g.setFill(samples[i - 1]);
            g.fillRect(x, Math.min(y, zero), slot * 0.7, Math.abs(zero - y));
            g.setStroke(Color.gray(0.4));
            g.setLineWidth(0.6);
            g.strokeRect(x, Math.min(y, zero), slot * 0.7, Math.abs(zero - y));
            double mid = x + slot * 0.35;
            double shift = stagger && i % 2 == 0 ? 12 : 0;
            g.setFill(AXIS);
            g.fillText("R" + i, mid, bottom + 13 + shift);
            String value = String.format(Locale.ROOT, "%.0f", v);
            if (beyond) {
                // a broken bar: zigzag at its end and the value inside the plot
                g.setStroke(Color.WHITE);
                g.setLineWidth(2);
                g.strokeLine(x - 1, y - 6, x + slot * 0.7 + 1, y - 10);
                g.setFill(Color.web("#c00000"));
                g.fillText(value, mid, y - 12 - shift);
            } else if (v < 0) {
                g.fillText(value, mid, y + 12 + shift);
            } else {
                g.fillText(value, mid, y - 3 - shift);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }
}
