package org.hybridlight.ui.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
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
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.report.Paper;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.DesignerModel;
import org.hybridlight.ui.model.Evaluation;
import org.hybridlight.ui.model.RecentFiles;
import org.hybridlight.ui.model.UnsavedChangesPrompt;

/**
 * The designer's main window: unit editor on the left, spectrum, chromaticity, CIE 13.3 and TM-30 plots in the
 * middle, figures, target and optimizer on the right, file menu and a status line. Views only bind to the view
 * models; the physics lives behind them.
 */
public final class MainWindow {

    private final Stage stage;
    private final DesignViewModel design;
    private final RecentFiles recent;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final List<PlotPane> plots;
    private final ParetoPlot paretoPlot;
    private Menu exportPlotsMenu;
    /** Plot export sizes, times the size on screen: 2× and 4× for print. */
    private static final int[] EXPORT_SCALES = {1, 2, 4};
    private final Menu recentMenu = new Menu("Open recent");
    private UnsavedChangesPrompt prompt = new DialogPrompt();
    private final UnitEditor unitEditor;
    private java.util.function.Supplier<Path> reportChooser = this::chooseReportFile;

    public MainWindow(Stage stage, DesignerModel model) {
        this.stage = stage;
        this.design = model.design();
        this.recent = model.recentFiles();
        WhiteSpectrum spectrum = new WhiteSpectrum(design, model.colours());
        ChromaticityDiagram chromaticity = new ChromaticityDiagram(design, model.chromaticityDiagram());
        ColourRenderingBars cri = new ColourRenderingBars(design, model.colours());
        Tm30Graphic tm30 = new Tm30Graphic(design);
        Tm30HueBinCharts hueBins = new Tm30HueBinCharts(design);
        ParetoPanel pareto = new ParetoPanel(model.pareto());
        paretoPlot = pareto.plot();
        plots = List.of(spectrum, chromaticity, cri, tm30, hueBins, paretoPlot);

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
            File f = chooser("Measured LED spectrum", "Spectrum files (CSV, TSV, TM-27 XML)", "*.*")
                    .showOpenDialog(stage);
            return f == null ? null : f.toPath();
        });
        ScrollPane left = new ScrollPane(unitEditor);
        left.setFitToWidth(true);
        // a unit added is shown: the editor scrolls down to it once laid out
        design.units().addListener((ListChangeListener<Object>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced() && design.units().size() > 1) {
                    javafx.application.Platform.runLater(() -> left.setVvalue(left.getVmax()));
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
        root.setTop(menus());
        root.setLeft(left);
        root.setCenter(middle);
        root.setRight(right);
        root.setBottom(status);

        design.refreshNanosProperty().addListener(o -> showStatus());
        design.problemProperty().addListener(o -> showStatus());
        design.fileProperty().addListener(o -> showTitle());
        design.modifiedProperty().addListener(o -> showTitle());
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        stage.setOnCloseRequest(e -> {
            if (!design.mayDiscardChanges(prompt)) {
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

    private MenuBar menus() {
        MenuItem open = item("Open design…", "Shortcut+O", this::chooseOpen);
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", this::saveAs);
        MenuItem export = item("Export white spectrum (CSV)…", null, this::exportSpectrum);
        Menu plotsMenu = new Menu("Export plot (PNG, SVG)");
        exportPlotsMenu = plotsMenu;
        for (PlotPane p : plotsList()) {
            Menu scales = new Menu(p.plotName());
            for (int scale : EXPORT_SCALES) {
                scales.getItems().add(item("PNG, " + scale + "× size…", null, () -> exportPlot(p, scale)));
            }
            scales.getItems().add(item("SVG (vector)…", null, () -> exportSvg(p)));
            if (p == paretoPlot) {
                // no front, no plot on screen: nothing to export until a sweep has found one
                scales.disableProperty().bind(paretoPlot.visibleProperty().not());
            }
            plotsMenu.getItems().add(scales);
        }
        Menu report = new Menu("Export report (PDF)");
        for (Paper paper : Paper.values()) {
            MenuItem m = item(paper == Paper.A4 ? "A4…" : "Letter…", null, () -> exportReport(paper));
            m.setId("exportReport-" + paper.optionName());
            report.getItems().add(m);
        }
        MenuItem quit = item("Quit", "Shortcut+Q", this::quit);
        Menu file = new Menu("File");
        file.getItems().addAll(open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                export, plotsMenu, report, new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo", "Shortcut+Z", design::undo);
        undo.disableProperty().bind(design.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", design::redo);
        redo.disableProperty().bind(design.canRedoProperty().not());
        MenuItem redoY = item("Redo (Ctrl+Y)", "Shortcut+Y", design::redo);
        redoY.disableProperty().bind(design.canRedoProperty().not());
        redoY.setVisible(false);
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(undo, redo, redoY);
        Menu units = new Menu("Units");
        units.getItems().add(item("Add unit", "Shortcut+N", design::addUnit));
        return new MenuBar(file, edit, units);
    }

    private List<PlotPane> plotsList() {
        return plots;
    }

    /** The entries of File > Export plot: each plot's name and whether it can be exported now. */
    public java.util.Map<String, Boolean> exportPlotEntries() {
        java.util.Map<String, Boolean> entries = new java.util.LinkedHashMap<>();
        for (MenuItem m : exportPlotsMenu.getItems()) {
            entries.put(m.getText(), !m.isDisable());
        }
        return entries;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The entries of File > Open recent, as shown. */
    public List<String> recentMenuEntries() {
        return recentMenu.getItems().stream().map(MenuItem::getText).toList();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.files()) {
            recentMenu.getItems().add(item(p.toString(), null, () -> openAsking(p)));
        }
        recentMenu.setDisable(recent.files().isEmpty());
    }

    /** Loads a design file; returns the problem (one line naming file and field) or {@code null}. */
    public String open(Path file) {
        try {
            design.load(file);
        } catch (InputException e) {
            status.setText("error: " + e.getMessage());
            return e.getMessage();
        }
        recent.add(file);
        return null;
    }

    /** Opens {@code file} after asking about unsaved changes; a problem is shown in a dialog. */
    private void openAsking(Path file) {
        if (!design.mayDiscardChanges(prompt)) {
            return;
        }
        String problem = open(file);
        if (problem != null) {
            alert("Cannot open " + file.getFileName(), problem);
        }
    }

    /** Closes the window unless the person keeps unsaved changes. */
    public void quit() {
        if (design.mayDiscardChanges(prompt)) {
            stage.close();
        }
    }

    /** Replaces the file chooser for a measured LED spectrum (tests give a file directly). */
    public void setSpectrumChooser(java.util.function.Supplier<Path> chooser) {
        unitEditor.setSpectrumChooser(chooser);
    }

    /** Replaces the file chooser of File > Export report (tests give a file directly; {@code null}: cancelled). */
    public void setReportChooser(java.util.function.Supplier<Path> chooser) {
        this.reportChooser = chooser;
    }

    /** Replaces the dialog that asks before a unit is removed (tests answer it directly). */
    public void setRemoveConfirmation(org.hybridlight.ui.model.Confirmation confirmation) {
        unitEditor.setConfirmation(confirmation);
    }

    /** Replaces the dialogs that ask about unsaved changes (tests answer them directly). */
    public void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) {
        this.prompt = prompt;
    }

    /** Asks with dialogs: save, discard or cancel; a file chooser for a design not saved before. */
    private final class DialogPrompt implements UnsavedChangesPrompt {
        @Override
        public Answer ask(String designName) {
            ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + designName
                    + " will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
            a.setHeaderText("Save changes to " + designName + "?");
            a.initOwner(stage);
            ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
            return b == save ? Answer.SAVE : b == discard ? Answer.DISCARD : Answer.CANCEL;
        }

        @Override
        public Path chooseSaveFile() {
            File f = chooser("Save design", "Design files (JSON)", "*.json").showSaveDialog(stage);
            return f == null ? null : f.toPath();
        }

        @Override
        public void saveFailed(String message) {
            alert("Cannot save", message);
        }
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        Path current = design.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return c;
    }

    private void chooseOpen() {
        if (!design.mayDiscardChanges(prompt)) {
            return;
        }
        File f = chooser("Open design", "Design files (JSON)", "*.json").showOpenDialog(stage);
        if (f != null) {
            String problem = open(f.toPath());
            if (problem != null) {
                alert("Cannot open " + f.getName(), problem);
            }
        }
    }

    private void save() {
        Path f = design.fileProperty().get();
        if (f == null) {
            saveAs();
        } else {
            saveTo(f);
        }
    }

    private void saveAs() {
        File f = chooser("Save design", "Design files (JSON)", "*.json").showSaveDialog(stage);
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    private void saveTo(Path f) {
        try {
            design.save(f);
            recent.add(f);
            status.setText("saved " + f);
        } catch (IOException e) {
            alert("Cannot save " + f.getFileName(), e.getMessage());
        }
    }

    private void exportSpectrum() {
        File f = chooser("Export white spectrum", "CSV (nm, W/nm)", "*.csv").showSaveDialog(stage);
        if (f != null) {
            try {
                design.exportSpectrum(f.toPath());
                status.setText("exported " + f);
            } catch (IOException e) {
                alert("Cannot export " + f.getName(), e.getMessage());
            }
        }
    }

    private Path chooseReportFile() {
        FileChooser c = chooser("Export report", "PDF", "*.pdf");
        Path current = design.fileProperty().get();
        c.setInitialFileName((current == null ? "design" : current.getFileName().toString().replaceFirst(
                "\\.json$", "")) + ".pdf");
        File f = c.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** File > Export report: the design's one-page PDF, written by the view model as {@code report} writes it. */
    private void exportReport(Paper paper) {
        Path f = reportChooser.get();
        if (f != null) {
            try {
                design.exportReport(f, paper);
                status.setText("exported report " + f);
            } catch (IOException e) {
                alert("Cannot export " + f.getFileName(), e.getMessage());
            }
        }
    }

    private void exportPlot(PlotPane plot, int scale) {
        File f = chooser("Export " + plot.plotName() + " plot", "PNG image", "*.png").showSaveDialog(stage);
        if (f != null) {
            try {
                Snapshots.writePng(plot.render(scale), f.toPath());
                status.setText("exported " + f);
            } catch (IOException e) {
                alert("Cannot export " + f.getName(), e.getMessage());
            }
        }
    }

    private void exportSvg(PlotPane plot) {
        File f = chooser("Export " + plot.plotName() + " plot", "SVG image", "*.svg").showSaveDialog(stage);
        if (f != null) {
            try {
                Snapshots.writeSvg(plot, f.toPath());
                status.setText("exported " + f);
            } catch (IOException e) {
                alert("Cannot export " + f.getName(), e.getMessage());
            }
        }
    }

    private void alert(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(header);
        a.initOwner(stage);
        a.show();
    }

    private void showTitle() {
        Path f = design.fileProperty().get();
        stage.setTitle("hybridlight designer — " + (f == null ? "unsaved design" : f.getFileName())
                + (design.modifiedProperty().get() ? " *" : ""));
    }

    private void showStatus() {
        Evaluation e = design.evaluationProperty().get();
        if (e == null) {
            status.setText("design not valid: " + design.problemProperty().get());
            status.getStyleClass().add("status-error");
        } else {
            status.getStyleClass().remove("status-error");
            status.setText(String.format(Locale.ROOT, "%d units, %.0f K: evaluated in %.2f ms, evaluated and "
                    + "redrawn in %.2f ms", e.unitNames().size(), e.temperatureK(),
                    e.evaluationNanos() / 1e6, design.refreshNanosProperty().get() / 1e6));
        }
    }
}
