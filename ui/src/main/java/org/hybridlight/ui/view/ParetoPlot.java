package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.plot.ParetoFrontPlot;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.ui.model.ParetoViewModel;

/** The Pareto front of the optimizer panel's sweep, drawn by the same routine as {@code optimize --pareto FRONT.png}. */
public final class ParetoPlot extends PlotPane {

    private final ParetoViewModel model;

    public ParetoPlot(ParetoViewModel model) {
        this.model = model;
        setPrefSize(320, 240);
        model.frontProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "pareto";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h) {
        ParetoFrontPlot.Front f = model.frontProperty().get();
        if (f == null) {
            message(g, w, "Pareto front", "no sweep yet");
            return;
        }
        ParetoFrontPlot.draw(g, w, h, f);
    }
}
