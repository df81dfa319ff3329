package org.hybridlight.ui.view;

import java.util.Locale;
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
import org.hybridlight.source.HybridResult;
import org.hybridlight.ui.model.DesignComparison;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;
import org.hybridlight.ui.model.ReferenceChoice;

/** The white's figures with their units, the colour target and the colour-rendering reference. */
public final class MetricsPanel extends VBox {

    private final DesignViewModel model;
    private final GridPane grid = new GridPane();
    private final GridPane compareGrid = new GridPane();
    private int rows;

    private final Label cct = value("cct");
    private final Label duv = value("duv");
    private final Label ra = value("ra");
    private final Label r9 = value("r9");
    private final Label rf = value("rf");
    private final Label rg = value("rg");
    private final Label ler = value("ler");
    private final Label pe = value("pe");
    private final Label powerOut = value("powerOut");
    private final Label heat = value("heatLoad");
    private final Label xy = value("xy");
    /** What the figures cannot say in a few characters: the spectrum files' warnings, out of range, not meaningful. */
    private final Label notes = new Label();

    public MetricsPanel(DesignViewModel model) {
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(6));
        grid.setHgap(10);
        grid.setVgap(3);
        row("CCT (K)", cct);
        row("Duv", duv);
        row("x, y (CIE 1931)", xy);
        row("Ra", ra);
        row("R9", r9);
        row("TM-30 Rf", rf);
        row("TM-30 Rg", rg);
        row("LER (lm/W)", ler);
        row("PE (%)", pe);
        row("optical power out (W)", powerOut);
        row("heat load (W)", heat);
        ra.getStyleClass().add("big-metric");
        r9.getStyleClass().add("big-metric");
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
        Label l = new Label("–");
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
            for (Label l : new Label[] {cct, duv, ra, r9, rf, rg, ler, pe, powerOut, heat, xy}) {
                l.setText("–");
            }
            notes.setVisible(false);
            return;
        }
        Colorimetry c = e.colorimetry();
        HybridResult r = e.result();
        // the spectrum files' warnings first: they qualify every figure below
        java.util.List<String> said = new java.util.ArrayList<>(model.warningsProperty().get().stream()
                .map(w -> "warning: " + w).toList());
        if (c.cctDuv() == null) {
            said.add("CCT out of range: " + c.cctProblem());
        }
        cct.setText(c.cctDuv() == null ? "out of range" : f("%.0f", c.cctK()));
        duv.setText(c.cctDuv() == null ? "–" : f("%+.4f", c.duv()));
        xy.setText(f("%.4f, %.4f", c.xy().x(), c.xy().y()));
        boolean valid = c.colourRendering() != null && c.colourRendering().valid();
        String flag = c.colourRendering() != null && !valid ? " *" : "";
        if (!flag.isEmpty()) {
            said.add("* |Duv| > 5.4e-3: CIE 13.3 says Ra and Ri are not meaningful here");
        }
        ra.setText(c.colourRendering() == null ? "–" : f("%.1f", c.ra()) + flag);
        r9.setText(c.colourRendering() == null ? "–" : f("%.1f", c.colourRendering().r(9)) + flag);
        rf.setText(c.tm30() == null ? "–" : f("%.1f", c.rf()));
        rg.setText(c.tm30() == null ? "–" : f("%.1f", c.rg()));
        ler.setText(f("%.1f", c.lerLmPerW()));
        pe.setText(f("%.2f", 100 * r.powerConversionEfficiency()));
        powerOut.setText(f("%.4f", r.opticalPowerOutW()));
        heat.setText(f("%+.5f", r.heatLoadW()) + (r.heatLoadW() < 0 ? " cooling" : ""));
        notes.setText(String.join("\n", said));
        notes.setVisible(!said.isEmpty());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
