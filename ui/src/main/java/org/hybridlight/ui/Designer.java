package org.hybridlight.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.DesignerModel;
import org.hybridlight.ui.model.OptimizerViewModel;
import org.hybridlight.ui.view.MainWindow;

/**
 * The composition root: the view models (which wire the evaluator), the background executor for the optimizer
 * and the main window.
 */
public final class Designer {

    private final DesignerModel model;
    private final MainWindow window;

    /**
     * Builds the window into {@code stage} (not shown yet) with one default unit.
     *
     * @param preferences where recent files are kept
     * @param width window width, px
     * @param height window height, px
     */
    public Designer(Stage stage, Preferences preferences, double width, double height) {
        FxTaskExecutor background = new FxTaskExecutor();
        model = new DesignerModel(preferences, background);
        window = new MainWindow(stage, model);
        stage.setScene(window.scene(width, height));
        stage.setOnHidden(e -> background.shutdown());
    }

    public DesignViewModel design() {
        return model.design();
    }

    public OptimizerViewModel optimizer() {
        return model.optimizer();
    }

    public MainWindow window() {
        return window;
    }
}
