package org.hybridlight.ui.view;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.plot.SpectrumPlot;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.UnitResult;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/**
 * The white spectrum (W/nm), optionally with each unit's transmitted LED light (dashed) and QD emission (dotted),
 * drawn by the shared {@link SpectrumPlot} routine.
 */
public final class WhiteSpectrum extends PlotPane {

    private static final String TITLE = "Spectrum";
    private final DesignViewModel model;
    private final PlotColours colours;

    public WhiteSpectrum(DesignViewModel model, PlotColours colours) {
        this.model = model;
        this.colours = colours;
        model.evaluationProperty().addListener(o -> redraw());
        model.showUnitComponentsProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "spectrum";
    }

    @Override
    protected void draw(PlotCanvas g, double w, double h) {
        Evaluation e = model.evaluationProperty().get();
        if (e == null) {
            message(g, w, TITLE, "no valid design: " + model.problemProperty().get());
            return;
        }
        HybridResult r = e.result();
        List<SpectrumPlot.Component> parts = new ArrayList<>();
        if (model.showUnitComponentsProperty().get()) {
            for (int k = 0; k < r.units().size(); k++) {
                UnitResult u = r.units().get(k);
                parts.add(new SpectrumPlot.Component(e.unitNames().get(k), u.transmittedWPerNm(),
                        u.emittedWPerNm()));
            }
        }
        SpectrumPlot.draw(g, w, h, new SpectrumPlot.Data(TITLE, r.grid().wavelengthsNm(), r.whiteWPerNm(), parts),
                colours);
    }
}
