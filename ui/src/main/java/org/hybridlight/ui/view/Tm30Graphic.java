package org.hybridlight.ui.view;

import javafx.scene.canvas.GraphicsContext;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.plot.Tm30VectorGraphicPlot;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/** The ANSI/IES TM-30-18 colour-vector graphic with Rf and Rg, drawn by the same routine as {@code evaluate --plot}. */
public final class Tm30Graphic extends PlotPane {

    private static final String TITLE = "TM-30 colour vectors";
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
        Evaluation e = model.evaluationProperty().get();
        Colorimetry c = e == null ? null : e.colorimetry();
        Tm30Result r = c == null ? null : c.tm30();
        if (r == null) {
            title(g, TITLE, 12);
            g.fillText(c == null ? "no valid design" : "not computable: " + c.tm30Problem(), 12, 40);
            return;
        }
        Tm30VectorGraphicPlot.draw(new FxCanvas(g), w, h, TITLE, c.cctK(), r);
    }
}
