package org.hybridlight.ui.view;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
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
import org.hybridlight.ui.model.Figure;
import org.hybridlight.ui.model.OdSearchRange;
import org.hybridlight.ui.model.OptimizerOutcome;
import org.hybridlight.ui.model.OptimizerSettings;
import org.hybridlight.ui.model.OptimizerViewModel;
import org.hybridlight.ui.model.PlainNumber;

/**
 * Free parameters (with the OD range searched), objective and budget; run in the background with progress and
 * cancel; before/after; apply.
 */
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
        OptimizerSettings settings = model.settings();
        // for a pc-LED the LED peak and FWHM are its phosphor band's
        CheckBox peak = check("free-ledPeak", "LED / phosphor peaks (±40 nm)", settings.freeLedPeakProperty());
        CheckBox fwhm = check("free-ledFwhm", "LED / phosphor FWHM (½–2×)", settings.freeLedFwhmProperty());
        CheckBox qd = check("free-qd", "QD emission (±40 nm)", settings.freeQdProperty());
        CheckBox od = check("free-od", "OD at 1S", settings.freeOdProperty());
        OdSearchRange odRange = settings.odRange();
        // OD is an optical density, a pure number: the labels name the field, no unit follows
        TextField odMin = field("odMin", 5, () -> PlainNumber.of(odRange.minProperty().get()),
                odRange.minProperty(), odRange::setMinFromText, odRange.minErrorProperty());
        TextField odMax = field("odMax", 5, () -> PlainNumber.of(odRange.maxProperty().get()),
                odRange.maxProperty(), odRange::setMaxFromText, odRange.maxErrorProperty());
        odMin.disableProperty().bind(settings.freeOdProperty().not());
        odMax.disableProperty().bind(settings.freeOdProperty().not());
        HBox odRow = LabelledRow.of(od, new Label("min"), odMin, new Label("max"), odMax);
        CheckBox fraction = check("free-phosphorFraction", "pc-LED phosphor fractions",
                settings.freePhosphorFractionProperty());
        ChoiceBox<OptimizerSettings.Objective> objective = new ChoiceBox<>();
        objective.setId("objective");
        objective.getItems().setAll(OptimizerSettings.Objective.values());
        objective.valueProperty().bindBidirectional(settings.objectiveProperty());
        TextField evaluations = field("maxEvaluations", 6,
                () -> Integer.toString(settings.maxEvaluationsProperty().get()), settings.maxEvaluationsProperty(),
                settings::setMaxEvaluationsFromText, settings.maxEvaluationsErrorProperty());
        TextField minPe = field("minPe", 5, null, null, settings::setMinPeFromText, settings.minPeErrorProperty());
        minPe.setPromptText("none");
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
                peak, fwhm, qd, odRow, error("odMin-error", odRange.minErrorProperty()),
                error("odMax-error", odRange.maxErrorProperty()), fraction,
                LabelledRow.of(new Label("maximize"), objective),
                LabelledRow.of(new Label("evaluations per start"), evaluations),
                error("maxEvaluations-error", settings.maxEvaluationsErrorProperty()),
                LabelledRow.of(new Label("subject to PE at least"), minPe),
                error("minPe-error", settings.minPeErrorProperty()),
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

    /**
     * A field whose text a setting takes on Enter or when the focus leaves (refused text stays, with its reason
     * below, the field red while {@code error} holds it); it shows the setting's value again whenever that changes.
     *
     * @param shown the setting's value as text, or {@code null} for a field that starts blank
     * @param value the setting, or {@code null}
     * @param error why the setting refused the last text, or {@code null}
     */
    private static TextField field(String id, int columns, Supplier<String> shown, ObservableValue<?> value,
            Predicate<String> take, ReadOnlyStringProperty error) {
        TextField f = new TextField(shown == null ? "" : shown.get());
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setOnAction(e -> take.test(f.getText()));
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                take.test(f.getText());
            }
        });
        if (value != null) {
            value.addListener(o -> f.setText(shown.get()));
        }
        markInvalid(f, error);
        return f;
    }

    /** Marks {@code f} red while {@code error} holds a reason. */
    private static void markInvalid(TextField f, ReadOnlyStringProperty error) {
        error.addListener((o, a, b) -> {
            f.getStyleClass().remove("invalid");
            if (b != null) {
                f.getStyleClass().add("invalid");
            }
        });
    }

    /** The reason a field's text was refused, shown (and taking room) only while there is one. */
    private static Label error(String id, ReadOnlyStringProperty reason) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        l.textProperty().bind(reason);
        l.visibleProperty().bind(reason.isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void showComparison() {
        comparison.getChildren().clear();
        OptimizerOutcome o = model.outcomeProperty().get();
        goal.setText(o == null ? "" : o.objectiveText());
        if (o == null) {
            return;
        }
        // "before" is the run's start, its weights solved onto the same target against the same reference
        // after an edit the status says that "before" is the run's start, not the editor's design
        comparison.addRow(0, new Label(""), new Label("before"), new Label("after"));
        List<Figure> figures = List.of(Figure.CCT, Figure.DUV, Figure.RA, Figure.R9, Figure.LER, Figure.PE);
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            comparison.addRow(k + 1, new Label(f.label()), new Label(f.text(o.start())),
                    new Label(f.text(o.after())));
        }
        int r = figures.size() + 1;
        Label constraints = new Label("targets and constraints");
        constraints.getStyleClass().add("section-title");
        comparison.add(constraints, 0, r++, 3, 1);
        List<OptimizerOutcome.CheckRow> rows = o.checkRows();
        for (int k = 0; k < rows.size(); k++) {
            OptimizerOutcome.CheckRow c = rows.get(k);
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
}
