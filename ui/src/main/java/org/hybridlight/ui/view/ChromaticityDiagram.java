package org.hybridlight.ui.view;

import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.ui.model.ChromaticityDiagramModel;
import org.hybridlight.ui.model.DesignViewModel;

/**
 * The CIE 1931 (x, y) chromaticity diagram of the design, drawn by the shared {@link ChromaticityDiagramPlot}
 * routine from the {@link ChromaticityDiagramModel}'s curves and marks; zooms to the white region on request.
 */
public final class ChromaticityDiagram extends PlotPane {

    private final DesignViewModel model;
    private final ChromaticityDiagramModel diagram;

    public ChromaticityDiagram(DesignViewModel model, ChromaticityDiagramModel diagram) {
        this.model = model;
        this.diagram = diagram;
        model.evaluationProperty().addListener(o -> redraw());
        model.zoomToWhiteProperty().addListener(o -> redraw());
        diagram.targetProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "chromaticity";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h) {
        ChromaticityDiagramPlot.draw(g, w, h, diagram.background(), diagram.marks(),
                model.zoomToWhiteProperty().get(), diagram.fill());
    }
}
