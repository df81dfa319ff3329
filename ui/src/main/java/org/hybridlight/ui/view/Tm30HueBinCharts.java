package org.hybridlight.ui.view;

import javafx.scene.canvas.GraphicsContext;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.Tm30HueBinBarsPlot;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/**
 * The TM-30-18 hue-bin bar charts stacked: local chroma shift, local hue shift and local fidelity, drawn by the
 * shared {@link Tm30HueBinBarsPlot} routine.
 */
public final class Tm30HueBinCharts extends PlotPane {

    private final DesignViewModel model;

    public Tm30HueBinCharts(DesignViewModel model) {
        this.model = model;
        model.evaluationProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "tm30-hue-bins";
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Evaluation e = model.evaluationProperty().get();
        Colorimetry c = e == null ? null : e.colorimetry();
        Tm30Result r = c == null ? null : c.tm30();
        if (r == null) {
            title(g, "TM-30 hue bins", 12);
            g.fillText(c == null ? "no valid design" : "not computable: " + c.tm30Problem(), 12, 40);
            return;
        }
        Tm30HueBinBarsPlot.Quantity[] charts = Tm30HueBinBarsPlot.Quantity.values();
        double each = h / charts.length;
        for (int i = 0; i < charts.length; i++) {
            g.save();
            g.translate(0, i * each);
            Tm30HueBinBarsPlot.draw(new FxCanvas(g), w, each, charts[i], r);
            g.restore();
        }
    }
}
