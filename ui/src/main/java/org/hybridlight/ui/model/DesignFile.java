package org.hybridlight.ui.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.SpectrumCsvWriter;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.report.Paper;
import org.hybridlight.report.Report;
import org.hybridlight.report.ReportPdf;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.hybridlight.source.design.DesignWriter;

/**
 * The design's file: which file it is, whether the design differs from it, opening and saving design files (the
 * command line's format), asking before unsaved changes are dropped, and exporting the white spectrum (CSV) and
 * the report (PDF). Owned by its {@link DesignViewModel}.
 */
public final class DesignFile {

    private static final ObjectMapper DESIGN_MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL).enable(SerializationFeature.INDENT_OUTPUT);

    /** Names the design in messages when it has no file yet. */
    static final String UNSAVED = "unsaved design";

    private final DesignViewModel design;
    private final ReadOnlyObjectWrapper<Path> path;
    private final ReadOnlyBooleanWrapper modified;
    /** The design's state as on file (or, unsaved, as it started); null until the next refresh settles it. */
    private DesignViewModel.State saved;

    DesignFile(DesignViewModel design) {
        this.design = design;
        path = new ReadOnlyObjectWrapper<>(design, "file");
        modified = new ReadOnlyBooleanWrapper(design, "modified", false);
    }

    /** The design's file, or {@code null} for a design not saved yet. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** Whether the design differs from its file (or, unsaved, from how it started). */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The file's name, or {@code unnamed} for a design not saved yet. */
    String name(String unnamed) {
        Path f = path.get();
        return f == null ? unnamed : f.getFileName().toString();
    }

    /** Names the design in validation messages: its file, or "unsaved design". */
    Path forMessages() {
        Path f = path.get();
        return f == null ? Path.of(UNSAVED) : f;
    }

    /** The design's state after an edit settled: modified when it differs from the file's. */
    void settled(DesignViewModel.State committed) {
        if (saved == null) {
            saved = committed;
        }
        modified.set(!committed.equals(saved));
    }

    /**
     * Whether the current changes may be dropped: yes when there are none or the person discards them or saves
     * them successfully; no when they cancel or saving fails.
     */
    public boolean mayDiscardChanges(UnsavedChangesPrompt prompt) {
        if (!modified.get()) {
            return true;
        }
        Path f = path.get();
        switch (prompt.ask(name(UNSAVED))) {
            case DISCARD:
                return true;
            case CANCEL:
                return false;
            default:
                break;
        }
        Path target = f != null ? f : prompt.chooseSaveFile();
        if (target == null) {
            return false;
        }
        try {
            save(target);
            return true;
        } catch (IOException e) {
            prompt.saveFailed(e.getMessage());
            return false;
        }
    }

    /** Replaces the design with a design file's; a file the reader refuses changes nothing. */
    public void load(Path file) throws InputException {
        Design d = DesignReader.read(file);
        List<UnitViewModel> loaded = new ArrayList<>();
        for (int k = 0; k < d.source().units().size(); k++) {
            try {
                loaded.add(new UnitViewModel(d.unitNames().get(k), d.source().units().get(k),
                        d.source().weights()[k], ledSpectrumFile(file, k)));
            } catch (IllegalArgumentException e) {
                throw new InputException(file + ": units[" + k + "].led", e.getMessage());
            }
        }
        saved = null; // the loaded design as evaluated (derived values shown) is the file's
        design.replace(() -> {
            design.temperatureK().set(d.source().temperatureK());
            applyReference(d.reference());
            design.targetCctK().set(Double.isNaN(d.targetCctK()) ? 3000 : d.targetCctK());
            design.targetDuv().set(d.targetDuv());
            design.units().setAll(loaded);
            path.set(file);
        });
    }

    /**
     * The measured LED spectrum file units[k] names, absolute, or {@code null}: the model's LED keeps the spectrum,
     * not its file, and the editor must write the file back. The file was read and checked by the design reader.
     */
    private static String ledSpectrumFile(Path file, int k) throws InputException {
        try {
            var n = new ObjectMapper().readTree(file.toFile()).path("units").path(k).path("led").path("spectrumFile");
            if (!n.isTextual()) {
                return null;
            }
            Path dir = file.toAbsolutePath().getParent();
            return (dir == null ? Path.of(n.asText()) : dir.resolve(n.asText())).toAbsolutePath().normalize()
                    .toString();
        } catch (IOException e) {
            throw new InputException(file.toString(), e.getMessage(), e);
        }
    }

    /** Sets the editor's reference from a design file's text: the inverse of {@link DesignViewModel#referenceText}. */
    private void applyReference(String text) {
        CriReference r = CriReference.parseBuiltIn(text);
        if (r instanceof CriReference.Blackbody b && b.temperatureK() == 3000) {
            design.referenceProperty().set(ReferenceChoice.BLACKBODY_3000);
        } else if (r instanceof CriReference.Blackbody b) {
            design.customReferenceK().set(b.temperatureK());
            design.referenceProperty().set(ReferenceChoice.CUSTOM);
        } else if (r instanceof CriReference.Daylight d) {
            design.customReferenceK().set(d.cctK());
            design.referenceProperty().set(ReferenceChoice.CUSTOM);
        } else {
            design.referenceProperty().set(ReferenceChoice.AUTO);
        }
    }

    /** Writes the current design as a design file (whole or not at all) and makes it the current file. */
    public void save(Path file) throws IOException {
        Evaluation e = requireEvaluation();
        boolean measuredLed = design.units().stream().anyMatch(u -> u.ledShapeProperty().get() == LedShape.MEASURED
                && u.kindProperty().get() != UnitKind.PC_LED);
        // the model's measured LED keeps its spectrum, not its file: such a design is written from the editor's
        // design-file form (the reader validated it in the last evaluation), with the file's absolute path
        AtomicFiles.writeString(file, measuredLed
                ? DESIGN_MAPPER.writeValueAsString(design.toJson()) + System.lineSeparator()
                : DesignWriter.toJson(e.design()));
        path.set(file);
        saved = design.committed();
        modified.set(false);
    }

    /** Writes the white spectrum (nm, W/nm) as CSV. */
    public void exportSpectrum(Path file) throws IOException {
        Evaluation e = requireEvaluation();
        SpectrumCsvWriter.write(file, name("design"), e.result().grid(), e.result().whiteWPerNm());
    }

    /**
     * Writes the one-page PDF report of the current design on {@code paper} (whole or not at all): the figures and
     * plots of {@code hybridlight report}, from this evaluation against the current CRI reference.
     */
    public void exportReport(Path file, Paper paper) throws IOException {
        Evaluation e = requireEvaluation();
        AtomicFiles.write(file, ReportPdf.content(Report.ofDesign(name(UNSAVED), path.get(), e.design(),
                e.design().reference(), e.colorimetry(), e.result()), paper));
    }

    private Evaluation requireEvaluation() throws IOException {
        Evaluation e = design.evaluationProperty().get();
        if (e == null) {
            throw new IOException("the design is not valid: " + design.problemProperty().get());
        }
        return e;
    }
}
