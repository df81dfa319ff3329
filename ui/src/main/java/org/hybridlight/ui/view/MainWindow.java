package org.hybridlight.ui.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hybridlight.ui.model.Confirmation;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.DesignerModel;
import org.hybridlight.ui.model.Evaluation;
import org.hybridlight.ui.model.UnsavedChangesPrompt;

/**
 * The designer's main window: unit editor on the left, spectrum, chromaticity, CIE 13.3 and TM-30 plots in the
 * middle, figures, target and optimizer on the right, the menus ({@link DesignerMenuBar}, doing what
 * {@link FileActions} does) and a status line. Views only bind to the view models; the physics lives behind them.
 */
public final class MainWindow {

    private final Stage stage;
    private final DesignViewModel design;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final FileActions fileActions;
    private final DesignerMenuBar menus;
    private final UnitEditor unitEditor;

    public MainWindow(Stage stage, DesignerModel model) {
        this.stage = stage;
        this.design = model.design();
        fileActions = new FileActions(stage, design.file(), model.recentFiles(), status::setText);
        WhiteSpectrum spectrum = new WhiteSpectrum(design, model.colours());
        ChromaticityDiagram chromaticity = new ChromaticityDiagram(design, model.chromaticityDiagram());
        ColourRenderingBars cri = new ColourRenderingBars(design, model.colours());
        Tm30Graphic tm30 = new Tm30Graphic(design);
        Tm30HueBinCharts hueBins = new Tm30HueBinCharts(design);
        ParetoPanel pareto = new ParetoPanel(model.pareto());
        ParetoPlot paretoPlot = pareto.plot();
        menus = new DesignerMenuBar(design, fileActions, model.recentFiles(),
                List.of(spectrum, chromaticity, cri, tm30, hueBins, paretoPlot), paretoPlot, this::quit);

        GridPane center = new GridPane();
        center.setHgap(6);
        center.setVgap(6);
        center.add(spectrum, 0, 0);
        center.add(chromaticity, 1, 0);
        center.add(cri, 0, 1);
        TabPane tm30Tabs = new TabPane(new Tab("TM-30 vectors", tm30), new Tab("TM-30 hue bins", hueBins));
        tm30Tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        center.add(tm30Tabs, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            center.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            center.getRowConstraints().add(r);
        }
        CheckBox parts = new CheckBox("show each unit's LED and QD light");
        parts.setId("showUnitComponents");
        parts.selectedProperty().bindBidirectional(design.showUnitComponentsProperty());
        CheckBox zoom = new CheckBox("zoom to the white region");
        zoom.setId("zoomToWhite");
        zoom.selectedProperty().bindBidirectional(design.zoomToWhiteProperty());
        HBox toggles = new HBox(16, parts, zoom);
        VBox middle = new VBox(4, toggles, center);
        VBox.setVgrow(center, Priority.ALWAYS);
        middle.setPadding(new Insets(6));

        unitEditor = new UnitEditor(design, question -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            a.setHeaderText("Remove unit?");
            a.initOwner(stage);
            return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
        });
        unitEditor.setSpectrumChooser(() -> {
            File f = fileActions.chooser("Measured LED spectrum", "Spectrum files (CSV, TSV, TM-27 XML)", "*.*")
                    .showOpenDialog(stage);
            return f == null ? null : f.toPath();
        });
        ScrollPane left = new ScrollPane(unitEditor);
        left.setFitToWidth(true);
        // a unit added is shown: the editor scrolls down to it once laid out
        design.units().addListener((ListChangeListener<Object>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced() && design.units().size() > 1) {
                    Platform.runLater(() -> left.setVvalue(left.getVmax()));
                }
            }
        });
        left.setPrefWidth(440);
        ScrollPane right = new ScrollPane(new VBox(8, new MetricsPanel(design), new OptimizerPanel(model.optimizer()),
                pareto));
        right.setFitToWidth(true);
        // 340 px for the content beside an always-shown scroll bar, so the bar never takes the content's width
        // (that forced a horizontal scroll bar at 1280 x 720)
        right.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        right.setPrefViewportWidth(340);

        status.setId("status");
        status.setPadding(new Insets(3, 8, 3, 8));
        root.setTop(menus.bar());
        root.setLeft(left);
        root.setCenter(middle);
        root.setRight(right);
        root.setBottom(status);

        design.refreshNanosProperty().addListener(o -> showStatus());
        design.problemProperty().addListener(o -> showStatus());
        design.file().pathProperty().addListener(o -> showTitle());
        design.file().modifiedProperty().addListener(o -> showTitle());
        stage.setOnCloseRequest(e -> {
            if (!fileActions.mayClose()) {
                e.consume();
            }
        });
        showTitle();
        showStatus();
    }

    /** The scene to show: the window's content with its style sheet. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        // before any text field's own undo: Ctrl+Z always takes back the last design edit
        KeyCombination undoKey = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redoKey = KeyCombination.keyCombination("Shortcut+Shift+Z");
        KeyCombination redoKeyY = KeyCombination.keyCombination("Shortcut+Y");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                design.undo();
                e.consume();
            } else if (redoKey.match(e) || redoKeyY.match(e)) {
                design.redo();
                e.consume();
            }
        });
        scene.getStylesheets().add(MainWindow.class.getResource("/org/hybridlight/ui/designer.css").toExternalForm());
        return scene;
    }

    public Parent root() {
        return root;
    }

    /** The entries of File > Export plot: each plot's name and whether it can be exported now. */
    public Map<String, Boolean> exportPlotEntries() {
        return menus.exportPlotEntries();
    }

    /** The entries of File > Open recent, as shown. */
    public List<String> recentMenuEntries() {
        return menus.recentMenuEntries();
    }

    /** Loads a design file; returns the problem (one line naming file and field) or {@code null}. */
    public String open(Path file) {
        return fileActions.open(file);
    }

    /** Closes the window unless the person keeps unsaved changes. */
    public void quit() {
        if (fileActions.mayClose()) {
            stage.close();
        }
    }

    /** Replaces the file chooser for a measured LED spectrum (tests give a file directly). */
    public void setSpectrumChooser(Supplier<Path> chooser) {
        unitEditor.setSpectrumChooser(chooser);
    }

    /** Replaces the file chooser of File > Export report (tests give a file directly; {@code null}: cancelled). */
    public void setReportChooser(Supplier<Path> chooser) {
        fileActions.setReportChooser(chooser);
    }

    /** Replaces the dialog that asks before a unit is removed (tests answer it directly). */
    public void setRemoveConfirmation(Confirmation confirmation) {
        unitEditor.setConfirmation(confirmation);
    }

    /** Replaces the dialogs that ask about unsaved changes (tests answer them directly). */
    public void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) {
        fileActions.setUnsavedChangesPrompt(prompt);
    }

    private void showTitle() {
        Path f = design.file().pathProperty().get();
        stage.setTitle("hybridlight designer — " + (f == null ? "unsaved design" : f.getFileName())
                + (design.file().modifiedProperty().get() ? " *" : ""));
    }

    private void showStatus() {
        Evaluation e = design.evaluationProperty().get();
        if (e == null) {
            status.setText("design not valid: " + design.problemProperty().get());
            status.getStyleClass().add("status-error");
        } else {
            status.getStyleClass().remove("status-error");
            int n = e.unitNames().size();
            status.setText(String.format(Locale.ROOT, "%d unit%s, %.0f K: evaluated in %.2f ms, evaluated and "
                    + "redrawn in %.2f ms", n, n == 1 ? "" : "s", e.temperatureK(),
                    e.evaluationNanos() / 1e6, design.refreshNanosProperty().get() / 1e6));
        }
    }
}
