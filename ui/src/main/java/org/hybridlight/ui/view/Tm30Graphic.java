package org.hybridlight.ui.view;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/** The ANSI/IES TM-30-18 colour-vector graphic with Rf and Rg (the same geometry as {@code evaluate --plot}). */
public final class Tm30Graphic extends PlotPane {

    private final DesignViewModel model;

    public Tm30Graphic(DesignViewModel model) {
        this.model = model;
        model.evaluationProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "tm30";
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        title(g, "TM-30 colour vectors", 12);
        Evaluation e = model.evaluationProperty().get();
        Colorimetry c = e == null ? null : e.colorimetry();
        Tm30Result r = c == null ? null : c.tm30();
        if (r == null) {
            g.fillText(c == null ? "no valid design" : "not computable: " + c.tm30Problem(), 12, 40);
            return;
        }
        double cx = w / 2;
        double cy = (h + 20) / 2;
        double radius = Math.min(w, h - 30) * 0.34;
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int b = 0; b < 16; b++) {
            double a = Math.toRadians(b * 22.5);
            g.strokeLine(cx, cy, cx + 1.3 * radius * Math.cos(a), cy - 1.3 * radius * Math.sin(a));
        }
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.6);
        g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        double[][] v = Tm30ColourVectorGraphic.vectors(r);
        double[] px = new double[16];
        double[] py = new double[16];
        for (int b = 0; b < 16; b++) {
            px[b] = cx + radius * v[b][2];
            py[b] = cy - radius * v[b][3];
        }
        g.setStroke(Color.web("#c00000"));
        g.setLineWidth(1.8);
        g.strokePolygon(px, py, 16);
        for (int b = 0; b < 16; b++) {
            Color col = Color.hsb(Tm30ColourVectorGraphic.binDisplayHueDegrees(b), 0.65, 0.85);
            double x0 = cx + radius * v[b][0];
            double y0 = cy - radius * v[b][1];
            g.setStroke(col);
            g.setLineWidth(2.2);
            g.strokeLine(x0, y0, px[b], py[b]);
            g.setFill(col);
            g.fillOval(px[b] - 3.5, py[b] - 3.5, 7, 7);
        }
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format(Locale.ROOT, "Rf %.0f   Rg %.0f", r.rf(), r.rg()), w - 12, 17);
        g.setFill(AXIS);
        g.fillText(String.format(Locale.ROOT, "CCT %.0f K", c.cctK()), w - 12, h - 10);
        g.setTextAlign(TextAlignment.LEFT);
    }
}
