package org.hybridlight.ui.model;

import java.util.prefs.Preferences;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * The designer window's view models, wired to one evaluator: the design, the optimizer, recent files, the
 * plots' screen colours and the chromaticity diagram. Starts with one unit of the paper's defaults.
 */
public final class DesignerModel {

    private final DesignViewModel design;
    private final OptimizerViewModel optimizer;
    private final ParetoViewModel pareto;
    private final RecentFiles recentFiles;
    private final PlotColours colours;
    private final ChromaticityDiagramModel chromaticityDiagram;

    /**
     * @param preferences where recent files are kept
     * @param executor where optimizer runs go
     */
    public DesignerModel(Preferences preferences, TaskExecutor executor) {
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
        design = new DesignViewModel(evaluator);
        optimizer = new OptimizerViewModel(design, executor);
        pareto = new ParetoViewModel(design, optimizer, executor);
        recentFiles = new RecentFiles(preferences);
        colours = new PlotColours();
        // the evaluator's method on the evaluator's observer and grid: the diagram's locus is the one CCTs are taken from
        chromaticityDiagram = new ChromaticityDiagramModel(design, colours, evaluator.cctMethod());
        design.units().add(UnitViewModel.paperDefault("unit 1"));
    }

    public DesignViewModel design() {
        return design;
    }

    public OptimizerViewModel optimizer() {
        return optimizer;
    }

    public ParetoViewModel pareto() {
        return pareto;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public PlotColours colours() {
        return colours;
    }

    public ChromaticityDiagramModel chromaticityDiagram() {
        return chromaticityDiagram;
    }
}
