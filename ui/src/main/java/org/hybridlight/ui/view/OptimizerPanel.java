package org.hybridlight.ui.view;

import java.util.List;
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
    private final Label goal = new Label();

    public OptimizerPanel(OptimizerViewModel model) {
        this.model = model;
        setSpacing(5);
        setPadding(new Insets(6));
        Label title = new Label("Optimizer");
        title.getStyleClass().add("section-title");
        // for a pc-LED the LED peak and FWHM are its phosphor band's
        CheckBox peak = check("free-ledPeak", "LED / phosphor peaks (±40 nm)", model.freeLedPeakProperty());
        CheckBox fwhm = check("free-ledFwhm", "LED / phosphor FWHM (½–2×)", model.freeLedFwhmProperty());
        CheckBox qd = check("free-qd", "QD emission (±40 nm)", model.freeQdProperty());
        CheckBox od = check("free-od", "OD at 1S (1–100)", model.freeOdProperty());
        CheckBox fraction = check("free-phosphorFraction", "pc-LED phosphor fractions",
                model.freePhosphorFractionProperty());
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
        TextField minPe = new TextField();
        minPe.setId("minPe");
        minPe.setPromptText("none");
        minPe.setPrefColumnCount(5);
        minPe.setOnAction(e -> model.setMinPeFromText(minPe.getText()));
        minPe.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.setMinPeFromText(minPe.getText());
            }
        });
        Label minPeError = new Label();
        minPeError.setId("minPe-error");
        minPeError.getStyleClass().add("error-text");
        minPeError.setWrapText(true);
        minPeError.textProperty().bind(model.minPeErrorProperty());
        minPeError.visibleProperty().bind(model.minPeErrorProperty().isNotNull());
        minPeError.managedProperty().bind(minPeError.visibleProperty());
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
        comparison.setHgap(8);
        comparison.setId("optimizeComparison");
        goal.setId("optimizeObjective");
        goal.setWrapText(true);
        goal.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label free = new Label("free parameters (the drive weights are always solved onto the target):");
        free.setWrapText(true);
        getChildren().addAll(title, free,
                peak, fwhm, qd, od, fraction, new HBox(6, new Label("maximize"), objective),
                new HBox(6, new Label("evaluations per start"), evaluations), evaluationsError,
                new HBox(6, new Label("subject to PE at least"), minPe), minPeError,
                new HBox(6, run, cancel, apply),
                progress, status, goal, comparison);
        model.outcomeProperty().addListener(o -> showComparison());
        model.staleProperty().addListener(o -> showComparison());
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
        goal.setText(o == null ? "" : o.objectiveText());
        if (o == null) {
            return;
        }
        // "before" is the run's start, its weights solved onto the same target against the same reference
        Colorimetry before = o.start().colorimetry();
        Colorimetry after = o.after().colorimetry();
        // after an edit the status says that "before" is the run's start, not the editor's design
        comparison.addRow(0, new Label(""), new Label("before"), new Label("after"));
        row(1, "CCT (K)", "%.0f", before, after, Colorimetry::cctK);
        row(2, "Duv", "%+.4f", before, after, Colorimetry::duv);
        row(3, "Ra", "%.1f", before, after, Colorimetry::ra);
        row(4, "R9", "%.1f", before, after, c -> c.colourRendering() == null ? Double.NaN
                : c.colourRendering().r(9));
        row(5, "LER (lm/W)", "%.1f", before, after, Colorimetry::lerLmPerW);
        comparison.addRow(6, new Label("PE (%)"),
                new Label(String.format(Locale.ROOT, "%.2f", 100 * o.start().result().powerConversionEfficiency())),
                new Label(String.format(Locale.ROOT, "%.2f", 100 * o.after().result().powerConversionEfficiency())));
        int r = 7;
        Label constraints = new Label("targets and constraints");
        constraints.getStyleClass().add("section-title");
        comparison.add(constraints, 0, r++, 3, 1);
        List<OptimizerViewModel.CheckRow> rows = o.checkRows();
        for (int k = 0; k < rows.size(); k++) {
            OptimizerViewModel.CheckRow c = rows.get(k);
            // the name on a line of its own, the values under before and after: the panel stays narrow
            Label name = new Label(c.name());
            name.setWrapText(true);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            comparison.add(name, 0, r++, 3, 1);
            comparison.addRow(r++, new Label(""), checkLabel(c.before(), c.beforeMet(), "constraint-before-" + k),
                    checkLabel(c.after(), c.afterMet(), "constraint-after-" + k));
        }
    }

    private static Label checkLabel(String value, boolean met, String id) {
        Label l = new Label(value + (met ? " met" : " NOT met"));
        l.setId(id);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (!met) {
            l.getStyleClass().add("error-text");
        }
        return l;
    }

    private void row(int r, String name, String format, Colorimetry before, Colorimetry after,
            ToDoubleFunction<Colorimetry> f) {
        comparison.addRow(r, new Label(name), new Label(String.format(Locale.ROOT, format, f.applyAsDouble(before))),
                new Label(String.format(Locale.ROOT, format, f.applyAsDouble(after))));
    }
}
