package org.hybridlight.ui.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.report.Paper;
import org.hybridlight.ui.model.DesignFile;
import org.hybridlight.ui.model.RecentFiles;
import org.hybridlight.ui.model.UnsavedChangesPrompt;

/**
 * What the File menu does, with the window's dialogs: choosing files, asking about unsaved changes, opening,
 * saving (into the recent files) and exporting through the design's {@link DesignFile}, saying what was done on
 * the status line and what failed in an alert.
 */
final class FileActions {

    private final Stage stage;
    private final DesignFile file;
    private final RecentFiles recent;
    private final Consumer<String> status;
    private UnsavedChangesPrompt prompt = new DialogPrompt();
    private Supplier<Path> reportChooser = this::chooseReportFile;

    /** @param status shows a line on the window's status line */
    FileActions(Stage stage, DesignFile file, RecentFiles recent, Consumer<String> status) {
        this.stage = stage;
        this.file = file;
        this.recent = recent;
        this.status = status;
    }

    /** Replaces the dialogs that ask about unsaved changes (tests answer them directly). */
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) {
        this.prompt = prompt;
    }

    /** Replaces the file chooser of File > Export report (tests give a file directly; {@code null}: cancelled). */
    void setReportChooser(Supplier<Path> chooser) {
        this.reportChooser = chooser;
    }

    /** Whether the window may close: no unsaved changes, or the person saved or dropped them. */
    boolean mayClose() {
        return file.mayDiscardChanges(prompt);
    }

    /** Loads a design file; returns the problem (one line naming file and field) or {@code null}. */
    String open(Path f) {
        try {
            file.load(f);
        } catch (InputException e) {
            status.accept("error: " + e.getMessage());
            return e.getMessage();
        }
        recent.add(f);
        return null;
    }

    /** Opens {@code f} after asking about unsaved changes; a problem is shown in a dialog. */
    void openAsking(Path f) {
        if (!mayClose()) {
            return;
        }
        String problem = open(f);
        if (problem != null) {
            alert("Cannot open " + f.getFileName(), problem);
        }
    }

    /** File > Open: asks about unsaved changes, then for the file. */
    void chooseOpen() {
        if (!mayClose()) {
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

    /** File > Save: into the design's file, or as a new one. */
    void save() {
        Path f = file.pathProperty().get();
        if (f == null) {
            saveAs();
        } else {
            saveTo(f);
        }
    }

    void saveAs() {
        File f = chooser("Save design", "Design files (JSON)", "*.json").showSaveDialog(stage);
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    private void saveTo(Path f) {
        try {
            file.save(f);
            recent.add(f);
            status.accept("saved " + f);
        } catch (IOException e) {
            alert("Cannot save " + f.getFileName(), e.getMessage());
        }
    }

    void exportSpectrum() {
        File f = chooser("Export white spectrum", "CSV (nm, W/nm)", "*.csv").showSaveDialog(stage);
        if (f != null) {
            write(f.toPath(), "exported " + f, () -> file.exportSpectrum(f.toPath()));
        }
    }

    private Path chooseReportFile() {
        FileChooser c = chooser("Export report", "PDF", "*.pdf");
        Path current = file.pathProperty().get();
        c.setInitialFileName((current == null ? "design" : current.getFileName().toString().replaceFirst(
                "\\.json$", "")) + ".pdf");
        File f = c.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** File > Export report: the design's one-page PDF, written by the view model as {@code report} writes it. */
    void exportReport(Paper paper) {
        Path f = reportChooser.get();
        if (f != null) {
            write(f, "exported report " + f, () -> file.exportReport(f, paper));
        }
    }

    /** File > Export plot > PNG: the plot drawn afresh at {@code scale} times its size on screen. */
    void exportPng(PlotPane plot, int scale) {
        File f = chooser("Export " + plot.plotName() + " plot", "PNG image", "*.png").showSaveDialog(stage);
        if (f != null) {
            write(f.toPath(), "exported " + f, () -> Snapshots.writePng(plot.render(scale), f.toPath()));
        }
    }

    /** File > Export plot > SVG: the plot drawn as vectors. */
    void exportSvg(PlotPane plot) {
        File f = chooser("Export " + plot.plotName() + " plot", "SVG image", "*.svg").showSaveDialog(stage);
        if (f != null) {
            write(f.toPath(), "exported " + f, () -> Snapshots.writeSvg(plot, f.toPath()));
        }
    }

    /** The work that writes a file. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    /** Writes {@code f}: {@code done} on the status line, or the failure in an alert. */
    private void write(Path f, String done, Writing writing) {
        try {
            writing.run();
            status.accept(done);
        } catch (IOException e) {
            alert("Cannot export " + f.getFileName(), e.getMessage());
        }
    }

    /** A file chooser for {@code pattern}, starting in the design's folder. */
    FileChooser chooser(String title, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        Path current = file.pathProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return c;
    }

    private void alert(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(header);
        a.initOwner(stage);
        a.show();
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
}
