package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.Tm30VectorGraphicPlot;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;

/** The ANSI/IES TM-30-18 colour-vector graphic with Rf and Rg, drawn by the same routine as {@code evaluate --plot}. */
public final class Tm30Graphic extends Tm30Pane {

    public Tm30Graphic(DesignViewModel model) {
        super(model, "TM-30 colour vectors");
    }

    @Override
    public String plotName() {
        return "tm30";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h, Colorimetry c, Tm30Result r) {
        Tm30VectorGraphicPlot.draw(g, w, h, title(), c.cctK(), r);
    }
}
