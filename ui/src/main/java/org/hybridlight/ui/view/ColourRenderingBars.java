package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.CriBarsPlot;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/** CIE 13.3 special indices R1–R14 as bars, drawn by the shared {@link CriBarsPlot} routine. */
public final class ColourRenderingBars extends PlotPane {

    private final DesignViewModel model;
    private final PlotColours colours;

    public ColourRenderingBars(DesignViewModel model, PlotColours colours) {
        this.model = model;
        this.colours = colours;
        model.evaluationProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "colour-rendering";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h) {
        Evaluation e = model.evaluationProperty().get();
        ColourRendering cr = e == null ? null : e.colorimetry().colourRendering();
        if (cr == null) {
            Colorimetry c = e == null ? null : e.colorimetry();
            message(g, w, "CIE 13.3 colour rendering",
                    c == null ? "no valid design" : "not computable: " + c.colourRenderingProblem());
            return;
        }
        CriBarsPlot.draw(g, w, h, cr, e.colorimetry().duv(), colours);
    }
}
