package org.hybridlight.ui.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.FigureText;
import org.hybridlight.ui.model.DesignComparison;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;
import org.hybridlight.ui.model.Figure;
import org.hybridlight.ui.model.ReferenceChoice;

/** The white's figures with their units, the colour target and the colour-rendering reference. */
public final class MetricsPanel extends VBox {

    private final DesignViewModel model;
    private final GridPane grid = new GridPane();
    private final GridPane compareGrid = new GridPane();
    private int rows;

    /** The figures in the panel's order, each with its label's id. */
    private static final Map<Figure, String> SHOWN = figures();
    private final Map<Figure, Label> values = new EnumMap<>(Figure.class);
    private final Label xy = value("xy");
    /** What the figures cannot say in a few characters: the spectrum files' warnings, out of range, not meaningful. */
    private final Label notes = new Label();

    public MetricsPanel(DesignViewModel model) {
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(6));
        grid.setHgap(10);
        grid.setVgap(3);
        SHOWN.forEach((f, id) -> {
            Label v = value(id);
            values.put(f, v);
            row(f.label(), v);
            if (f == Figure.DUV) {
                row("x, y (CIE 1931)", xy);
            }
        });
        Label title = new Label("White");
        title.getStyleClass().add("section-title");
        ChoiceBox<ReferenceChoice> reference = new ChoiceBox<>();
        reference.setId("reference");
        reference.getItems().setAll(ReferenceChoice.values());
        reference.valueProperty().bindBidirectional(model.referenceProperty());
        ParameterControl custom = new ParameterControl(model.customReferenceK(), "");
        custom.visibleProperty().bind(model.referenceProperty().isEqualTo(ReferenceChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Label targetTitle = new Label("Target and reference");
        targetTitle.getStyleClass().add("section-title");
        notes.setId("metric-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("error-text");
        notes.managedProperty().bind(notes.visibleProperty());
        Button solve = new Button("Solve weights to target");
        solve.setId("solveWeights");
        Label solved = new Label();
        solved.setId("solveWeights-status");
        solved.setWrapText(true);
        solve.setOnAction(e -> {
            String said = model.targetSolver().solveWeights();
            solved.setText(said);
            solved.getStyleClass().remove("error-text");
            if (!said.startsWith("weights solved")) {
                solved.getStyleClass().add("error-text");
            }
        });
        TextField targetX = new TextField();
        targetX.setId("targetX");
        targetX.setPromptText("x");
        targetX.setPrefColumnCount(5);
        TextField targetY = new TextField();
        targetY.setId("targetY");
        targetY.setPromptText("y");
        targetY.setPrefColumnCount(5);
        Button byXy = new Button("Set target from x, y");
        byXy.setId("targetFromXy");
        byXy.setOnAction(e -> solved.setText(model.targetSolver().setTargetFromXy(targetX.getText(),
                targetY.getText())));
        Button pin = new Button("Pin as reference design");
        pin.setId("pinDesign");
        Button unpin = new Button("Unpin");
        unpin.setId("unpinDesign");
        unpin.disableProperty().bind(model.comparisonProperty().isNull());
        pin.setOnAction(e -> model.pin());
        unpin.setOnAction(e -> model.unpin());
        compareGrid.setId("comparison");
        compareGrid.setHgap(8);
        compareGrid.setVgap(2);
        compareGrid.managedProperty().bind(compareGrid.visibleProperty());
        getChildren().addAll(title, grid, notes, new HBox(6, pin, unpin), compareGrid, targetTitle, new ParameterControl(model.targetCctK(), ""),
                new ParameterControl(model.targetDuv(), ""), new HBox(6, targetX, targetY, byXy), solve, solved, new Label("CRI reference"), reference, custom);
        model.evaluationProperty().addListener(o -> update());
        model.warningsProperty().addListener(o -> update());
        model.comparisonProperty().addListener(o -> showComparison());
        update();
        showComparison();
    }

    /** The pinned design's figures beside the current one's, and current minus pinned. */
    private void showComparison() {
        compareGrid.getChildren().clear();
        DesignComparison c = model.comparisonProperty().get();
        compareGrid.setVisible(c != null);
        if (c == null) {
            return;
        }
        // the pinned design's name above the table (a file name is too long for a column head)
        Label pinned = new Label("pinned: " + c.pinnedName());
        pinned.setId("compare-pinnedName");
        pinned.setWrapText(true);
        pinned.setMinHeight(Region.USE_PREF_SIZE);
        compareGrid.add(pinned, 0, 0, 4, 1);
        compareGrid.addRow(1, new Label(""), new Label("pinned"), new Label("current"), new Label("Δ"));
        for (int k = 0; k < c.rows().size(); k++) {
            DesignComparison.Row r = c.rows().get(k);
            Label name = new Label(r.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label d = new Label(r.difference());
            d.setId("compare-diff-" + k);
            d.setMinWidth(Region.USE_PREF_SIZE);
            Label p = new Label(r.pinned());
            p.setId("compare-pinned-" + k);
            p.setMinWidth(Region.USE_PREF_SIZE);
            Label now = new Label(r.current());
            now.setMinWidth(Region.USE_PREF_SIZE);
            compareGrid.addRow(k + 2, name, p, now, d);
        }
    }

    private static Label value(String id) {
        Label l = new Label(FigureText.MISSING);
        l.setId("metric-" + id);
        l.getStyleClass().add("metric");
        return l;
    }

    private void row(String name, Label v) {
        Label l = new Label(name);
        l.setMinWidth(Region.USE_PREF_SIZE);
        v.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(l, 0, rows);
        grid.add(v, 1, rows++);
    }

    private void update() {
        Evaluation e = model.evaluationProperty().get();
        if (e == null) {
            values.values().forEach(l -> l.setText(FigureText.MISSING));
            xy.setText(FigureText.MISSING);
            notes.setVisible(false);
            return;
        }
        Colorimetry c = e.colorimetry();
        values.forEach((f, l) -> l.setText(f.panelText(e)));
        // Ra and R9 large, but not a dash with its reason (it would crowd the panel)
        for (Figure f : List.of(Figure.RA, Figure.R9)) {
            Label l = values.get(f);
            l.getStyleClass().remove("big-metric");
            if (Double.isFinite(f.value(e))) {
                l.getStyleClass().add("big-metric");
            }
        }
        xy.setText(f("%.4f, %.4f", c.xy().x(), c.xy().y()));
        // the spectrum files' warnings first: they qualify every figure below
        List<String> said = new ArrayList<>(model.warningsProperty().get().stream().map(w -> "warning: " + w)
                .toList());
        said.addAll(Figure.notes(e));
        notes.setText(String.join("\n", said));
        notes.setVisible(!said.isEmpty());
    }

    private static Map<Figure, String> figures() {
        Map<Figure, String> m = new LinkedHashMap<>();
        m.put(Figure.CCT, "cct");
        m.put(Figure.DUV, "duv");
        m.put(Figure.RA, "ra");
        m.put(Figure.R9, "r9");
        m.put(Figure.RF, "rf");
        m.put(Figure.RG, "rg");
        m.put(Figure.LER, "ler");
        m.put(Figure.PE, "pe");
        m.put(Figure.POWER_OUT, "powerOut");
        m.put(Figure.HEAT_LOAD, "heatLoad");
        return Collections.unmodifiableMap(m);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
