package org.hybridlight.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.OptimizerViewModel;
import org.hybridlight.ui.model.RecentFiles;
import org.hybridlight.ui.model.UnitViewModel;
import org.hybridlight.ui.view.MainWindow;

/** Wires the designer together: evaluator, view models, background executor and the main window. */
public final class Designer {

    private final DesignViewModel design;
    private final OptimizerViewModel optimizer;
    private final MainWindow window;
    private final ExecutorService background;

    /**
     * Builds the window into {@code stage} (not shown yet) with one default unit.
     *
     * @param preferences where recent files are kept
     * @param width window width, px
     * @param height window height, px
     */
    public Designer(Stage stage, Preferences preferences, double width, double height) {
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
        design = new DesignViewModel(evaluator);
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "designer-optimizer");
            t.setDaemon(true);
            return t;
        });
        optimizer = new OptimizerViewModel(design, background);
        design.units().add(UnitViewModel.paperDefault("unit 1"));
        window = new MainWindow(stage, design, optimizer, new RecentFiles(preferences), evaluator.cctMethod());
        stage.setScene(window.scene(width, height));
        stage.setOnHidden(e -> background.shutdownNow());
    }

    public DesignViewModel design() {
        return design;
    }

    public OptimizerViewModel optimizer() {
        return optimizer;
    }

    public MainWindow window() {
        return window;
    }
}
