package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.SpectrumFiles;

/**
 * The designer's editable design: units, temperature, reference and target, with undo of every edit; the design
 * is evaluated again whenever a value changes ({@link DesignEvaluator}, by the same reader as design files, so the
 * GUI and the command line accept exactly the same designs). Its collaborators do the rest: {@link #file()} opens,
 * saves and exports, {@link #roster()} adds and removes units, {@link #targetSolver()} moves the weights onto the
 * target or the target onto x, y, and a pinned design is compared with it ({@link PinnedDesign}).
 */
public final class DesignViewModel {

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
    private final DesignEvaluator evaluation;
    /** The pinned design, compared against the current one at the current reference. */
    private final PinnedDesign pinned;
    private final DesignFile file = new DesignFile(this);
    private final UnitRoster roster;
    private final TargetSolver targetSolver;
    private final InvalidationListener changed = this::onChange;
    private final InvalidationListener editBegun = o -> checkpoint();
    private boolean quiet;
    /** Undo history of the design's states (a drag is one edit). */
    private final EditHistory<State> history = new EditHistory<>();
    /** The state after the last edit. */
    private State committed;

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
        this.evaluation = new DesignEvaluator(this, evaluator, spectrumFiles);
        this.pinned = new PinnedDesign(evaluator);
        this.roster = new UnitRoster(this, evaluation.spectrumFiles());
        this.targetSolver = new TargetSolver(this, evaluator);
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
        quietly(() -> {
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
        });
    }

    /** Runs {@code changes} without their counting as an edit or evaluating the design. */
    private void quietly(Runnable changes) {
        quiet = true;
        try {
            changes.run();
        } finally {
            quiet = false;
        }
    }

    /** The state after the last edit (what a save writes). */
    State committed() {
        return committed;
    }

    /** Replaces the whole design (a file opened): no undo step, the history cleared, evaluated once at the end. */
    void replace(Runnable changes) {
        quietly(changes);
        history.clear();
        refresh();
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

    /** The design's file: open, save, export, unsaved changes. */
    public DesignFile file() {
        return file;
    }

    /** Adding and removing units. */
    public UnitRoster roster() {
        return roster;
    }

    /** Solving the weights onto the target, the target from x, y. */
    public TargetSolver targetSolver() {
        return targetSolver;
    }

    /** The current evaluation, or {@code null} while the design is invalid. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.evaluationProperty();
    }

    /** Time of the last refresh including the views' redraw (which happens in the listeners), ns. */
    public ReadOnlyLongProperty refreshNanosProperty() {
        return evaluation.refreshNanosProperty();
    }

    /** The colour point (CIE 1931 x, y of its light alone) of each unit that gives light, in unit order. */
    public ReadOnlyObjectProperty<List<Chromaticity>> unitPointsProperty() {
        return evaluation.unitPointsProperty();
    }

    /** Why the design cannot be evaluated, or {@code null}. */
    public ReadOnlyStringProperty problemProperty() {
        return evaluation.problemProperty();
    }

    /**
     * What the spectrum reader warns about the files the current design names (a measured LED's spectrum short of
     * 380-780 nm, negative values kept), each naming the design, the field and the file; empty when there are none
     * or the design cannot be read. Given from the cached read at each slider step, not read again.
     */
    public ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return evaluation.warningsProperty();
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
            evaluation.evaluate(file.forMessages(), toJson(), units, this::quietly);
            pinned.compare(evaluationProperty().get());
        } finally {
            // the state after a refresh is the edit's result
            committed = state();
            file.settled(committed);
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
        Evaluation e = evaluationProperty().get();
        if (e == null) {
            return "fix the design first: " + problemProperty().get();
        }
        String name = file.name("pinned design");
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

    /** Sets several values at once with one re-evaluation at the end. */
    public void batch(Runnable changes) {
        State before = committed;
        quietly(changes);
        history.batch(before, state());
        refresh();
    }
}
