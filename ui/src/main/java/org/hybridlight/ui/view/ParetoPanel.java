package org.hybridlight.ui.view;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hybridlight.ui.model.ParetoViewModel;

/**
 * Under the optimizer: a Pareto sweep of the optimizer's problem over two metrics, with progress and cancel, and its
 * front plotted once found.
 */
public final class ParetoPanel extends VBox {

    private final ParetoPlot plot;

    public ParetoPanel(ParetoViewModel model) {
        setSpacing(5);
        setPadding(new Insets(6));
        Label title = new Label("Pareto front (the optimizer's free parameters and budget)");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        ChoiceBox<ParetoViewModel.Metrics> metrics = new ChoiceBox<>();
        metrics.setId("paretoMetrics");
        metrics.getItems().setAll(ParetoViewModel.Metrics.values());
        metrics.valueProperty().bindBidirectional(model.metricsProperty());
        Button run = new Button("Pareto front");
        run.setId("pareto");
        run.setOnAction(e -> model.start());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelPareto");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("paretoProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("paretoStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        plot = new ParetoPlot(model);
        plot.setId("paretoPlot");
        plot.visibleProperty().bind(model.frontProperty().isNotNull());
        plot.managedProperty().bind(plot.visibleProperty());
        getChildren().addAll(title, new HBox(6, metrics, run, cancel), progress, status, plot);
    }

    /** The front's plot, for File > Export plot (shown, and so exportable, once a sweep has found a front). */
    public ParetoPlot plot() {
        return plot;
    }
}
