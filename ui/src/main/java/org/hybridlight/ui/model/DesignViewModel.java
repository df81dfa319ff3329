package org.hybridlight.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.report.Paper;
import org.hybridlight.report.Report;
import org.hybridlight.report.ReportPdf;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.SpectrumCsvWriter;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.optimizer.DriveWeightSolver;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.CachedSpectrumFiles;
import org.hybridlight.source.design.DesignReader;
import org.hybridlight.source.design.SpectrumFiles;
import org.hybridlight.source.design.DesignWriter;

/**
 * The designer's state: units, temperature, reference and target, and the evaluation of the current design,
 * recomputed on the calling (FX) thread whenever a value changes — a three-unit design evaluates in well under a
 * millisecond, so sliders stay live. The design is validated by the same reader as design files, so the GUI and
 * the command line accept exactly the same designs.
 */
public final class DesignViewModel {

    private static final com.fasterxml.jackson.databind.ObjectMapper DESIGN_MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    /** Names the design in validation messages when it has no file yet. */
    private static final Path UNSAVED = Path.of("unsaved design");

    private final SpectrumEvaluator evaluator;
    private final CachedSpectrumFiles spectrumFiles;
    private final ObservableList<UnitViewModel> units = FXCollections.observableArrayList();
    private final Parameter temperatureK = new Parameter("temperatureK", "temperature", "K",
            PhysicalLimits.TEMPERATURE_MIN_K, PhysicalLimits.TEMPERATURE_MAX_K, 250, 400, 1,
            QuantumDot.REFERENCE_TEMPERATURE_K);
    private final ObjectProperty<ReferenceChoice> reference =
            new SimpleObjectProperty<>(this, "reference", ReferenceChoice.AUTO);
    private final Parameter customReferenceK = new Parameter("customReferenceK", "reference temperature", "K",
            CctMethod.MIN_CCT_K, CieDaylight.MAX_CCT_K, 2000, 10000, 0, 3000);
    private final Parameter targetCctK = new Parameter("targetCctK", "target CCT", "K",
            PhysicalLimits.TARGET_CCT_MIN_K, PhysicalLimits.TARGET_CCT_MAX_K, 2000, 10000, 0, 3000);
    private final Parameter targetDuv = new Parameter("targetDuv", "target Duv", "", -PhysicalLimits.TARGET_DUV_MAX,
            PhysicalLimits.TARGET_DUV_MAX, -0.02, 0.02, 4, 0);
    private final BooleanProperty showUnitComponents = new SimpleBooleanProperty(this, "showUnitComponents", false);
    private final BooleanProperty zoomToWhite = new SimpleBooleanProperty(this, "zoomToWhite", false);
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final javafx.beans.property.ReadOnlyLongWrapper refreshNanos =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "refreshNanos");
    private final ReadOnlyObjectWrapper<List<Chromaticity>> unitPoints =
            new ReadOnlyObjectWrapper<>(this, "unitPoints", List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<List<String>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    /** The pinned design, compared against the current one at the current reference. */
    private final PinnedDesign pinned;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified", false);
    private final InvalidationListener changed = this::onChange;
    private final InvalidationListener editBegun = o -> checkpoint();
    private boolean quiet;
    /** Undo history of the design's states (a drag is one edit). */
    private final EditHistory<State> history = new EditHistory<>();
    /** The state after the last edit, and the one on file. */
    private State committed;
    private State saved;

    /**
     * The whole editable design, for undo and for telling a real change from none (a field left unedited).
     *
     * @param units each unit's state, in order
     */
    public record State(double temperatureK, ReferenceChoice reference, double customReferenceK, double targetCctK,
            double targetDuv, List<UnitViewModel.State> units) {
        public State {
            units = List.copyOf(units);
        }
    }

    public DesignViewModel(SpectrumEvaluator evaluator) {
        this(evaluator, SpectrumFiles.fromDisk());
    }

    /**
     * @param spectrumFiles where a measured LED's spectrum file is read from when it is new or changed on disk
     *     (tests count the reads); each version is read once, not at every slider step
     */
    public DesignViewModel(SpectrumEvaluator evaluator, SpectrumFiles spectrumFiles) {
        this.evaluator = evaluator;
        this.spectrumFiles = new CachedSpectrumFiles(spectrumFiles);
        this.pinned = new PinnedDesign(evaluator);
        for (Observable o : List.of(temperatureK.valueProperty(), reference, customReferenceK.valueProperty(),
                targetCctK.valueProperty(), targetDuv.valueProperty())) {
            o.addListener(changed);
        }
        for (Parameter p : List.of(temperatureK, customReferenceK, targetCctK, targetDuv)) {
            p.editsProperty().addListener(editBegun);
        }
        units.addListener((ListChangeListener<UnitViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::unwatch);
                c.getAddedSubList().forEach(this::watch);
            }
            // adding or removing a unit is an edit of its own, never merged with the next
            history.checkpoint();
            onChange(units);
            history.checkpoint();
        });
    }

    private void watch(UnitViewModel u) {
        u.parameters().forEach(p -> p.valueProperty().addListener(changed));
        u.parameters().forEach(p -> p.editsProperty().addListener(editBegun));
        u.ledShapeProperty().addListener(changed);
        u.kindProperty().addListener(changed);
        u.ledSpectrumFileProperty().addListener(changed);
        u.qdGivenByProperty().addListener(changed);
        u.nameProperty().addListener(changed);
    }

    private void unwatch(UnitViewModel u) {
        u.parameters().forEach(p -> p.valueProperty().removeListener(changed));
        u.parameters().forEach(p -> p.editsProperty().removeListener(editBegun));
        u.ledShapeProperty().removeListener(changed);
        u.kindProperty().removeListener(changed);
        u.ledSpectrumFileProperty().removeListener(changed);
        u.qdGivenByProperty().removeListener(changed);
        u.nameProperty().removeListener(changed);
    }

    private void onChange(Observable o) {
        if (quiet) {
            return;
        }
        State now = state();
        if (now.equals(committed)) {
            return;
        }
        history.changed(o, committed);
        refresh();
    }

    /** The design's state now. */
    public State state() {
        return new State(temperatureK.get(), reference.get(), customReferenceK.get(), targetCctK.get(),
                targetDuv.get(), units.stream().map(UnitViewModel::state).toList());
    }

    /** Ends the current edit: the next change, even of the same value, is a step of its own for undo. */
    public void checkpoint() {
        history.checkpoint();
    }

    /** Takes back the last edit (a unit added or removed counts as one). */
    public void undo() {
        step(history.undo(committed));
    }

    /** Does again what {@link #undo()} took back. */
    public void redo() {
        step(history.redo(committed));
    }

    private void step(State to) {
        if (to == null) {
            return;
        }
        restore(to);
        refresh();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    private void restore(State s) {
        quiet = true;
        try {
            temperatureK.set(s.temperatureK());
            customReferenceK.set(s.customReferenceK());
            reference.set(s.reference());
            targetCctK.set(s.targetCctK());
            targetDuv.set(s.targetDuv());
            if (s.units().size() == units.size()) {
                for (int k = 0; k < units.size(); k++) {
                    units.get(k).restore(s.units().get(k));
                }
            } else {
                units.setAll(s.units().stream().map(UnitViewModel::of).toList());
            }
        } finally {
            quiet = false;
        }
    }

    /** The state after a refresh is the edit's result; modified means it differs from the file's. */
    private void settle() {
        committed = state();
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
        Path f = file.get();
        switch (prompt.ask(f == null ? UNSAVED.toString() : f.getFileName().toString())) {
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

    public ObservableList<UnitViewModel> units() {
        return units;
    }

    public Parameter temperatureK() {
        return temperatureK;
    }

    public ObjectProperty<ReferenceChoice> referenceProperty() {
        return reference;
    }

    public Parameter customReferenceK() {
        return customReferenceK;
    }

    public Parameter targetCctK() {
        return targetCctK;
    }

    public Parameter targetDuv() {
        return targetDuv;
    }

    public BooleanProperty showUnitComponentsProperty() {
        return showUnitComponents;
    }

    public BooleanProperty zoomToWhiteProperty() {
        return zoomToWhite;
    }

    /** The current evaluation, or {@code null} while the design is invalid. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** Time of the last refresh including the views' redraw (which happens in the listeners), ns. */
    public javafx.beans.property.ReadOnlyLongProperty refreshNanosProperty() {
        return refreshNanos.getReadOnlyProperty();
    }

    /** The colour point (CIE 1931 x, y of its light alone) of each unit that gives light, in unit order. */
    public ReadOnlyObjectProperty<List<Chromaticity>> unitPointsProperty() {
        return unitPoints.getReadOnlyProperty();
    }

    /** Why the design cannot be evaluated, or {@code null}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * What the spectrum reader warns about the files the current design names (a measured LED's spectrum short of
     * 380-780 nm, negative values kept), each naming the design, the field and the file; empty when there are none
     * or the design cannot be read. Given from the cached read at each slider step, not read again.
     */
    public ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Whether the design differs from its file (or, unsaved, from how it started). */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** The reference as the design file and the command line spell it. */
    public String referenceText() {
        return switch (reference.get()) {
            case AUTO -> "auto";
            case BLACKBODY_3000 -> "blackbody:3000";
            case CUSTOM -> (customReferenceK.get() < 5000 ? "blackbody:" : "daylight:")
                    + CriReference.kelvin(customReferenceK.get());
        };
    }

    /** The design in the design-file shape. */
    public DesignJson.File toJson() {
        List<DesignJson.Unit> list = new ArrayList<>();
        for (UnitViewModel u : units) {
            list.add(u.toJson());
        }
        return new DesignJson.File(temperatureK.get(), referenceText(),
                new DesignJson.Target(targetCctK.get(), targetDuv.get()), list);
    }

    /** Validates, simulates and evaluates the current design; sets {@link #evaluationProperty()} or the problem. */
    public void refresh() {
        try {
            evaluate();
            pinned.compare(evaluation.get());
        } finally {
            settle();
        }
    }

    /**
     * Pins the current design as the reference design: the metrics panel then shows its figures beside the
     * current design's, both against the current CRI reference, until {@link #unpin()} — also across opening
     * another file, to compare two designs.
     *
     * @return what was pinned, or why not
     */
    public String pin() {
        Evaluation e = evaluation.get();
        if (e == null) {
            return "fix the design first: " + problem.get();
        }
        String name = file.get() == null ? "pinned design" : file.get().getFileName().toString();
        pinned.pin(e.design(), name, e);
        return "pinned " + name;
    }

    /** Drops the pinned design. */
    public void unpin() {
        pinned.unpin();
    }

    /** The pinned design beside the current one, or {@code null} when none is pinned or the design is invalid. */
    public ReadOnlyObjectProperty<DesignComparison> comparisonProperty() {
        return pinned.comparisonProperty();
    }

    private void evaluate() {
        long t0 = System.nanoTime();
        Path name = file.get() == null ? UNSAVED : file.get();
        Design design;
        try {
            design = DesignReader.fromJson(name, toJson(), spectrumFiles);
        } catch (InputException e) {
            markField(e.getMessage());
            warnings.set(List.of());
            fail(e.getMessage());
            return;
        }
        if (!warnings.get().equals(design.warnings())) {
            warnings.set(design.warnings()); // set on a change only: a slider step does not redraw them
        }
        // each unit at weight 1 once: its colour point for the diagram, then the white at the design's weights
        HybridSource source = design.source();
        List<org.hybridlight.source.UnitResult> atUnitDrive = new ArrayList<>(source.units().size());
        List<Chromaticity> points = new ArrayList<>(source.units().size());
        for (var u : source.units()) {
            var r = u.simulate(source.temperatureK(), WavelengthGrid.COMPUTATION);
            atUnitDrive.add(r);
            Xyz t = evaluator.integrator().integrate(r.totalWPerNm());
            double sum = t.x() + t.y() + t.z();
            if (sum > 0) {
                points.add(new Chromaticity(t.x() / sum, t.y() / sum));
            }
        }
        HybridResult result = HybridSource.combine(WavelengthGrid.COMPUTATION, atUnitDrive, source.weights());
        unitPoints.set(List.copyOf(points));
        Colorimetry c;
        try {
            c = evaluator.evaluate(result.whiteSpectrum(), CriReference.parseBuiltIn(design.reference()));
        } catch (IllegalArgumentException e) {
            fail("the white cannot be evaluated: " + e.getMessage());
            return;
        }
        quiet = true;
        try {
            for (int k = 0; k < units.size(); k++) {
                units.get(k).showDerived(design.source().units().get(k).qd());
            }
        } finally {
            quiet = false;
        }
        problem.set(null);
        evaluation.set(new Evaluation(design, result, c, System.nanoTime() - t0));
        // the views redraw in the evaluation's listeners: this is the time a slider step costs
        refreshNanos.set(System.nanoTime() - t0);
    }

    private void fail(String message) {
        problem.set(message);
        evaluation.set(null);
    }

    /** Marks the parameter a reader message names ("file: units[1].qd.od1S: must be > 0"). */
    private void markField(String message) {
        int at = message.indexOf("units[");
        if (at < 0) {
            return;
        }
        int close = message.indexOf(']', at);
        int colon = message.indexOf(':', close);
        if (close < 0 || colon < 0 || close + 2 > colon) {
            return;
        }
        int k = Integer.parseInt(message.substring(at + 6, close));
        if (k < units.size()) {
            Parameter p = units.get(k).byField(message.substring(close + 2, colon));
            if (p != null) {
                p.reportError(message.substring(colon + 1).trim());
            }
        }
    }

    /** Replaces the state with a design file's. */
    public void load(Path path) throws InputException {
        Design d = DesignReader.read(path);
        List<UnitViewModel> loaded = new ArrayList<>();
        for (int k = 0; k < d.source().units().size(); k++) {
            try {
                loaded.add(new UnitViewModel(d.unitNames().get(k), d.source().units().get(k),
                        d.source().weights()[k], ledSpectrumFile(path, k)));
            } catch (IllegalArgumentException e) {
                throw new InputException(path + ": units[" + k + "].led", e.getMessage());
            }
        }
        quiet = true;
        try {
            temperatureK.set(d.source().temperatureK());
            applyReference(d.reference());
            targetCctK.set(Double.isNaN(d.targetCctK()) ? 3000 : d.targetCctK());
            targetDuv.set(d.targetDuv());
            units.setAll(loaded);
            file.set(path);
        } finally {
            quiet = false;
        }
        history.clear();
        saved = null; // the loaded design as evaluated (derived values shown) is the file's
        refresh();
    }

    /**
     * The measured LED spectrum file units[k] names, absolute, or {@code null}: the model's LED keeps the spectrum,
     * not its file, and the editor must write the file back. The file was read and checked by the design reader.
     */
    private static String ledSpectrumFile(Path path, int k) throws InputException {
        try {
            var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(path.toFile())
                    .path("units").path(k).path("led").path("spectrumFile");
            if (!n.isTextual()) {
                return null;
            }
            Path dir = path.toAbsolutePath().getParent();
            return (dir == null ? Path.of(n.asText()) : dir.resolve(n.asText())).toAbsolutePath().normalize()
                    .toString();
        } catch (IOException e) {
            throw new InputException(path.toString(), e.getMessage(), e);
        }
    }

    private void applyReference(String text) {
        CriReference r = CriReference.parseBuiltIn(text);
        if (r instanceof CriReference.Blackbody b && b.temperatureK() == 3000) {
            reference.set(ReferenceChoice.BLACKBODY_3000);
        } else if (r instanceof CriReference.Blackbody b) {
            customReferenceK.set(b.temperatureK());
            reference.set(ReferenceChoice.CUSTOM);
        } else if (r instanceof CriReference.Daylight d) {
            customReferenceK.set(d.cctK());
            reference.set(ReferenceChoice.CUSTOM);
        } else {
            reference.set(ReferenceChoice.AUTO);
        }
    }

    /** Writes the current design as a design file (whole or not at all) and makes it the current file. */
    public void save(Path path) throws IOException {
        Evaluation e = requireEvaluation();
        boolean measuredLed = units.stream().anyMatch(u -> u.ledShapeProperty().get() == LedShape.MEASURED
                && u.kindProperty().get() != UnitKind.PC_LED);
        // the model's measured LED keeps its spectrum, not its file: such a design is written from the editor's
        // design-file form (the reader validated it in the last evaluation), with the file's absolute path
        AtomicFiles.writeString(path, measuredLed ? DESIGN_MAPPER.writeValueAsString(toJson()) + System.lineSeparator()
                : DesignWriter.toJson(e.design()));
        file.set(path);
        saved = committed;
        modified.set(false);
    }

    /** Writes the white spectrum (nm, W/nm) as CSV. */
    public void exportSpectrum(Path path) throws IOException {
        Evaluation e = requireEvaluation();
        String name = file.get() == null ? "design" : file.get().getFileName().toString();
        SpectrumCsvWriter.write(path, name, e.result().grid(), e.result().whiteWPerNm());
    }

    /**
     * Writes the one-page PDF report of the current design on {@code paper} (whole or not at all): the figures and
     * plots of {@code hybridlight report}, from this evaluation against the current CRI reference.
     */
    public void exportReport(Path path, Paper paper) throws IOException {
        Evaluation e = requireEvaluation();
        String name = file.get() == null ? "unsaved design" : file.get().getFileName().toString();
        AtomicFiles.write(path, ReportPdf.content(Report.ofDesign(name, file.get(), e.design(),
                e.design().reference(), e.colorimetry(), e.result()), paper));
    }

    private Evaluation requireEvaluation() throws IOException {
        Evaluation e = evaluation.get();
        if (e == null) {
            throw new IOException("the design is not valid: " + problem.get());
        }
        return e;
    }

    /**
     * Re-solves the drive weights so that the white lands on the target CCT and Duv (the optimizer's solver, the
     * least change from the present weights; the largest becomes 1). One step for undo.
     *
     * @return what happened, in words: done, or why not (the target outside what the units can mix)
     */
    public String solveWeightsToTarget() {
        Evaluation e = evaluation.get();
        if (e == null) {
            return "fix the design first: " + problem.get();
        }
        Chromaticity target;
        try {
            target = evaluator.cctMethod().uvOf(targetCctK.get(), targetDuv.get()).toChromaticityFrom1960();
        } catch (IllegalArgumentException ex) {
            return "the target has no chromaticity: " + ex.getMessage();
        }
        HybridSource source = e.design().source();
        int n = source.units().size();
        double[][] xyz = new double[n][];
        double[] proposal = new double[n];
        for (int k = 0; k < n; k++) {
            Xyz t = evaluator.integrator().integrate(
                    source.units().get(k).simulate(source.temperatureK(), WavelengthGrid.COMPUTATION).totalWPerNm());
            xyz[k] = new double[] {t.x(), t.y(), t.z()};
            proposal[k] = Math.max(1e-6, source.weights()[k]);
        }
        double[] w = new double[n];
        String at = String.format(java.util.Locale.ROOT, "%.0f K, Duv %+.4f (x %.4f, y %.4f)", targetCctK.get(),
                targetDuv.get(), target.x(), target.y());
        if (!DriveWeightSolver.solve(xyz, proposal, target, w)) {
            return "target out of reach: no drive weights of these " + n + " unit" + (n == 1 ? "" : "s")
                    + " mix " + at + "; it lies outside the colours they span (their points on the diagram)";
        }
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        double scale = 1 / max;
        batch(() -> {
            for (int k = 0; k < n; k++) {
                units.get(k).weight().set(w[k] * scale);
            }
        });
        return "weights solved onto " + at;
    }

    /**
     * Sets the target by CIE 1931 chromaticity instead of CCT and Duv: converted with the evaluator's CCT method
     * (so the "+" lands on x, y), one step for undo.
     *
     * @return what was set, or why not (not numbers, outside the diagram, or a CCT or Duv the target cannot take)
     */
    public String setTargetFromXy(String xText, String yText) {
        double x;
        double y;
        try {
            x = Double.parseDouble(xText.trim().replace(',', '.'));
            y = Double.parseDouble(yText.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return "enter x and y as numbers, e.g. 0.4369 and 0.4041";
        }
        if (!(x > 0 && y > 0 && x + y < 1)) {
            return "x and y must be above 0 with x + y below 1";
        }
        org.hybridlight.colorimetry.cct.CctDuv cd;
        try {
            cd = evaluator.cctMethod().cctDuv(new Chromaticity(x, y).uv1960());
        } catch (IllegalArgumentException e) {
            cd = null;
        }
        if (cd == null || !Double.isFinite(cd.cctK()) || cd.cctK() < targetCctK.min() || cd.cctK() > targetCctK.max()
                || Math.abs(cd.duv()) > targetDuv.max()) {
            return String.format(java.util.Locale.ROOT, "x %.4f, y %.4f is no target: the target needs a CCT of "
                    + "%s–%s K and |Duv| up to %s", x, y, targetCctK.format(targetCctK.min()),
                    targetCctK.format(targetCctK.max()), targetDuv.format(targetDuv.max()));
        }
        double cct = cd.cctK();
        double duv = cd.duv();
        batch(() -> {
            targetCctK.set(cct);
            targetDuv.set(duv);
        });
        return String.format(java.util.Locale.ROOT, "target %.0f K, Duv %+.4f", cct, duv);
    }

    /** Adds a unit with the paper's defaults, driven at the smallest weight of the others (1 alone). */
    public void addUnit() {
        addUnit(UnitKind.LED_QD);
    }

    /**
     * Adds a unit of the given kind with the defaults (an LED-QD unit the paper's; a plain LED the paper's LED; a
     * pc-LED a broad 560 nm band), driven at the smallest weight of the others (1 alone). One step for undo.
     */
    public void addUnit(UnitKind kind) {
        if (units.size() >= PhysicalLimits.MAX_UNITS) {
            return;
        }
        UnitViewModel u = newUnit();
        u.kindProperty().set(kind);
        units.add(u);
    }

    /**
     * Adds a plain LED channel whose spectrum is measured, from a spectrum file the chooser gives (any format the
     * spectrum reader knows, one spectrum; read by the design reader through the spectrum reader). A file that
     * cannot be read is refused with its message and nothing added.
     *
     * @return what happened: added, or why not (cancelled, too many units, the file's problem)
     */
    public String addMeasuredLedUnit(java.util.function.Supplier<Path> chooser) {
        if (units.size() >= PhysicalLimits.MAX_UNITS) {
            return "a design has at most " + PhysicalLimits.MAX_UNITS + " units";
        }
        Path f = chooser.get();
        if (f == null) {
            return "cancelled";
        }
        String name = f.getFileName().toString();
        UnitViewModel u = newUnit();
        u.nameProperty().set(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        u.kindProperty().set(UnitKind.PLAIN_LED);
        u.ledSpectrumFileProperty().set(f.toAbsolutePath().normalize().toString());
        u.ledShapeProperty().set(LedShape.MEASURED);
        // validated as a design of this one unit first: a bad file leaves the design as it was
        try {
            DesignReader.fromJson(f, new DesignJson.File(temperatureK.get(), "auto", null, List.of(u.toJson())),
                    spectrumFiles);
        } catch (InputException e) {
            return "cannot use " + name + ": " + e.getMessage();
        }
        units.add(u);
        return "added " + u.nameProperty().get() + " (measured LED spectrum)";
    }

    private UnitViewModel newUnit() {
        UnitViewModel u = UnitViewModel.paperDefault("unit " + (units.size() + 1));
        // at the smallest weight already in use: it joins the white without swamping it
        units.stream().mapToDouble(x -> x.weight().get()).filter(w -> w > 0).min().ifPresent(w -> u.weight().set(w));
        return u;
    }

    /**
     * Removes a unit after asking (the last unit stays: a design needs one). One step for undo, which brings it
     * back with its values.
     *
     * @return whether it was removed
     */
    public boolean removeUnit(UnitViewModel u, Confirmation confirmation) {
        int k = units.indexOf(u);
        if (k < 0 || units.size() <= 1 || !confirmation.confirm("Remove unit " + (k + 1) + ", '"
                + u.nameProperty().get() + "'? Undo (Ctrl+Z) brings it back.")) {
            return false;
        }
        units.remove(k);
        return true;
    }

    /** Sets several values at once with one re-evaluation at the end. */
    public void batch(Runnable changes) {
        State before = committed;
        quiet = true;
        try {
            changes.run();
        } finally {
            quiet = false;
        }
        history.batch(before, state());
        refresh();
    }
}
