package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.Tm30HueBinBarsPlot;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;

/**
 * The TM-30-18 hue-bin bar charts stacked: local chroma shift, local hue shift and local fidelity, drawn by the
 * shared {@link Tm30HueBinBarsPlot} routine.
 */
public final class Tm30HueBinCharts extends Tm30Pane {

    public Tm30HueBinCharts(DesignViewModel model) {
        super(model, "TM-30 hue bins");
    }

    @Override
    public String plotName() {
        return "tm30-hue-bins";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h, Colorimetry c, Tm30Result r) {
        Tm30HueBinBarsPlot.Quantity[] charts = Tm30HueBinBarsPlot.Quantity.values();
        double each = h / charts.length;
        for (int i = 0; i < charts.length; i++) {
            Tm30HueBinBarsPlot.draw(PlotCanvas.translated(g, 0, i * each), w, each, charts[i], r);
        }
    }
}
