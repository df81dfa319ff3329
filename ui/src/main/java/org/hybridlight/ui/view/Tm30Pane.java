package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/** A plot of the current design's TM-30 result, redrawn on each evaluation; says why when there is none. */
abstract class Tm30Pane extends PlotPane {

    private final DesignViewModel model;
    private final String title;

    Tm30Pane(DesignViewModel model, String title) {
        this.model = model;
        this.title = title;
        model.evaluationProperty().addListener(o -> redraw());
    }

    protected final String title() {
        return title;
    }

    @Override
    protected final void draw(PlotCanvas g, double w, double h) {
        Evaluation e = model.evaluationProperty().get();
        Colorimetry c = e == null ? null : e.colorimetry();
        Tm30Result r = c == null ? null : c.tm30();
        if (r == null) {
            message(g, w, title, c == null ? "no valid design" : "not computable: " + c.tm30Problem());
            return;
        }
        draw(g, w, h, c, r);
    }

    protected abstract void draw(PlotCanvas g, double w, double h, Colorimetry c, Tm30Result r);
}
