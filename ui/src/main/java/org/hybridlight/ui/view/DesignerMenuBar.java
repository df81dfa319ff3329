package org.hybridlight.ui.view;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hybridlight.report.Paper;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.RecentFiles;

/**
 * The designer's menus: File (open, open recent, save, export spectrum, plots and report, quit), Edit (undo,
 * redo) and Units (add). File's entries do what {@link FileActions} does.
 */
final class DesignerMenuBar {

    /** Plot export sizes, times the size on screen: 2× and 4× for print. */
    private static final int[] EXPORT_SCALES = {1, 2, 4};

    private final FileActions actions;
    private final RecentFiles recent;
    private final Menu recentMenu = new Menu("Open recent");
    private final Menu exportPlotsMenu = new Menu("Export plot (PNG, SVG)");
    private final MenuBar bar;

    /**
     * @param plots the plots File > Export plot offers, in order
     * @param paretoPlot the one of them exported only once a sweep has found a front
     * @param quit what File > Quit does
     */
    DesignerMenuBar(DesignViewModel design, FileActions actions, RecentFiles recent, List<PlotPane> plots,
            PlotPane paretoPlot, Runnable quit) {
        this.actions = actions;
        this.recent = recent;
        for (PlotPane p : plots) {
            Menu scales = new Menu(p.plotName());
            for (int scale : EXPORT_SCALES) {
                scales.getItems().add(item("PNG, " + scale + "× size…", null, () -> actions.exportPng(p, scale)));
            }
            scales.getItems().add(item("SVG (vector)…", null, () -> actions.exportSvg(p)));
            if (p == paretoPlot) {
                // no front, no plot on screen: nothing to export until a sweep has found one
                scales.disableProperty().bind(paretoPlot.visibleProperty().not());
            }
            exportPlotsMenu.getItems().add(scales);
        }
        Menu report = new Menu("Export report (PDF)");
        for (Paper paper : Paper.values()) {
            MenuItem m = item(paper == Paper.A4 ? "A4…" : "Letter…", null, () -> actions.exportReport(paper));
            m.setId("exportReport-" + paper.optionName());
            report.getItems().add(m);
        }
        Menu file = new Menu("File");
        file.getItems().addAll(item("Open design…", "Shortcut+O", actions::chooseOpen), recentMenu,
                new SeparatorMenuItem(), item("Save", "Shortcut+S", actions::save),
                item("Save as…", "Shortcut+Shift+S", actions::saveAs), new SeparatorMenuItem(),
                item("Export white spectrum (CSV)…", null, actions::exportSpectrum), exportPlotsMenu, report,
                new SeparatorMenuItem(), item("Quit", "Shortcut+Q", quit));
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
        units.getItems().add(item("Add unit", "Shortcut+N", design.roster()::addUnit));
        bar = new MenuBar(file, edit, units);
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    MenuBar bar() {
        return bar;
    }

    /** The entries of File > Export plot: each plot's name and whether it can be exported now. */
    Map<String, Boolean> exportPlotEntries() {
        Map<String, Boolean> entries = new LinkedHashMap<>();
        for (MenuItem m : exportPlotsMenu.getItems()) {
            entries.put(m.getText(), !m.isDisable());
        }
        return entries;
    }

    /** The entries of File > Open recent, as shown. */
    List<String> recentMenuEntries() {
        return recentMenu.getItems().stream().map(MenuItem::getText).toList();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.files()) {
            recentMenu.getItems().add(item(p.toString(), null, () -> actions.openAsking(p)));
        }
        recentMenu.setDisable(recent.files().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
