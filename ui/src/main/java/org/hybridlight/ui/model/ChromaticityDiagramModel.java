package org.hybridlight.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.plot.ChromaticityFill;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * What the CIE 1931 (x, y) chromaticity diagram shows, computed here so the view only draws: the background of
 * {@link ChromaticityDiagramPlot} (spectral locus, Planckian locus at 1000–25000 K, isotemperature lines at the
 * labelled temperatures) from the evaluator's CCT method, the ANSI C78.377 quadrangles, its coloured fill, and the design's marks — each unit's
 * point, the source and the target, which follows the design's target CCT and Duv.
 */
public final class ChromaticityDiagramModel {

    private final CctMethod cct;
    private final DesignViewModel design;
    private final ChromaticityDiagramPlot.Background background;
    private final ChromaticityFill fill;
    private final ReadOnlyObjectWrapper<Chromaticity> target = new ReadOnlyObjectWrapper<>(this, "target");

    /**
     * @param design whose target is marked
     * @param colours screen colours and the spectral locus
     * @param cct the CCT method whose locus and Duv the diagram shows (the evaluator's)
     */
    public ChromaticityDiagramModel(DesignViewModel design, PlotColours colours, CctMethod cct) {
        this.cct = cct;
        this.design = design;
        background = ChromaticityDiagramPlot.Background.of(cct, colours.spectralLocus(),
                ChromaticityDiagramPlot.ansiC78377Quadrangles());
        fill = new ChromaticityFill(colours);
        design.targetCctK().valueProperty().addListener(o -> showTarget(design));
        design.targetDuv().valueProperty().addListener(o -> showTarget(design));
        showTarget(design);
    }

    private void showTarget(DesignViewModel design) {
        try {
            target.set(cct.uvOf(design.targetCctK().get(), design.targetDuv().get()).toChromaticityFrom1960());
        } catch (IllegalArgumentException e) {
            // a target outside the CCT range is refused by its field; nothing to mark
            target.set(null);
        }
    }

    /** The curves that do not change with the design. */
    public ChromaticityDiagramPlot.Background background() {
        return background;
    }

    /** The coloured inside of the spectral locus (keeps its last image). */
    public ChromaticityFill fill() {
        return fill;
    }

    /** The design's marks now: each unit's point, the source (null without a valid design) and the target. */
    public ChromaticityDiagramPlot.Marks marks() {
        Evaluation e = design.evaluationProperty().get();
        return new ChromaticityDiagramPlot.Marks(design.unitPointsProperty().get(),
                e == null ? null : e.colorimetry().xy(), target.get());
    }

    /** The target's chromaticity, or {@code null} while the target CCT lies outside 1000–100000 K. */
    public ReadOnlyObjectProperty<Chromaticity> targetProperty() {
        return target.getReadOnlyProperty();
    }
}
