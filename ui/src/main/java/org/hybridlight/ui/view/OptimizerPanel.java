package org.hybridlight.ui.view;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.ui.model.OptimizerViewModel;

/** Free parameters, objective and budget; run in the background with progress and cancel; before/after; apply. */
public final class OptimizerPanel extends VBox {

    private final OptimizerViewModel model;
    private final GridPane comparison = new GridPane();

    public OptimizerPanel(OptimizerViewModel model) {
        this.model = model;
        setSpacing(5);
        setPadding(new Insets(6));
        Label title = new Label("Optimizer");
        title.getStyleClass().add("section-title");
        CheckBox peak = check("free-ledPeak", "LED peaks (±40 nm)", model.freeLedPeakProperty());
        CheckBox fwhm = check("free-ledFwhm", "LED FWHM (½–2×)", model.freeLedFwhmProperty());
        CheckBox qd = check("free-qd", "QD emission (±40 nm)", model.freeQdProperty());
        CheckBox od = check("free-od", "OD at 1S (1–100)", model.freeOdProperty());
        ChoiceBox<OptimizerViewModel.Objective> objective = new ChoiceBox<>();
        objective.setId("objective");
        objective.getItems().setAll(OptimizerViewModel.Objective.values());
        objective.valueProperty().bindBidirectional(model.objectiveProperty());
        TextField evaluations = new TextField(Integer.toString(model.maxEvaluationsProperty().get()));
        evaluations.setId("maxEvaluations");
        evaluations.setPrefColumnCount(6);
        evaluations.setOnAction(e -> model.setMaxEvaluationsFromText(evaluations.getText()));
        evaluations.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.setMaxEvaluationsFromText(evaluations.getText());
            }
        });
        model.maxEvaluationsProperty().addListener((o, a, b) -> evaluations.setText(Integer.toString(b.intValue())));
        Label evaluationsError = new Label();
        evaluationsError.setId("maxEvaluations-error");
        evaluationsError.getStyleClass().add("error-text");
        evaluationsError.setWrapText(true);
        evaluationsError.textProperty().bind(model.maxEvaluationsErrorProperty());
        evaluationsError.visibleProperty().bind(model.maxEvaluationsErrorProperty().isNotNull());
        evaluationsError.managedProperty().bind(evaluationsError.visibleProperty());
        model.maxEvaluationsErrorProperty().addListener((o, a, b) -> {
            evaluations.getStyleClass().remove("invalid");
            if (b != null) {
                evaluations.getStyleClass().add("invalid");
            }
        });
        Button run = new Button("Optimize");
        run.setId("optimize");
        run.setOnAction(e -> model.start());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelOptimize");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        Button apply = new Button("Apply result");
        apply.setId("applyOptimize");
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(model.outcomeProperty().isNull().or(model.runningProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("optimizeProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("optimizeStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        comparison.setHgap(10);
        comparison.setId("optimizeComparison");
        Label free = new Label("free parameters (the drive weights are always solved onto the target):");
        free.setWrapText(true);
        getChildren().addAll(title, free,
                peak, fwhm, qd, od, new HBox(6, new Label("maximize"), objective),
                new HBox(6, new Label("evaluations per start"), evaluations), evaluationsError,
                new HBox(6, run, cancel, apply),
                progress, status, comparison);
        model.outcomeProperty().addListener(o -> showComparison());
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private void showComparison() {
        comparison.getChildren().clear();
        OptimizerViewModel.Outcome o = model.outcomeProperty().get();
        if (o == null) {
            return;
        }
        Colorimetry before = o.before().colorimetry();
        Colorimetry after = o.after().colorimetry();
        comparison.addRow(0, new Label(""), new Label("before"), new Label("after"));
        row(1, "CCT (K)", "%.0f", before, after, Colorimetry::cctK);
        row(2, "Duv", "%+.4f", before, after, Colorimetry::duv);
        row(3, "Ra", "%.1f", before, after, Colorimetry::ra);
        row(4, "R9", "%.1f", before, after, c -> c.colourRendering() == null ? Double.NaN
                : c.colourRendering().r(9));
        row(5, "LER (lm/W)", "%.1f", before, after, Colorimetry::lerLmPerW);
        comparison.addRow(6, new Label("PE (%)"),
                new Label(String.format(Locale.ROOT, "%.2f", 100 * o.before().result().powerConversionEfficiency())),
                new Label(String.format(Locale.ROOT, "%.2f", 100 * o.after().result().powerConversionEfficiency())));
    }

    private void row(int r, String name, String format, Colorimetry before, Colorimetry after,
            ToDoubleFunction<Colorimetry> f) {
        comparison.addRow(r, new Label(name), new Label(String.format(Locale.ROOT, format, f.applyAsDouble(before))),
                new Label(String.format(Locale.ROOT, format, f.applyAsDouble(after))));
    }
}
