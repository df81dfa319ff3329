package org.hybridlight.ui.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.ConstraintReport;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.UnitParameter;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.design.Design;

/**
 * The optimizer panel's state: which unit parameters are free, the objective and budget, and a run handed to a
 * {@link TaskExecutor} (in the designer a background thread, never the FX thread) with progress, cancel, a
 * before/after comparison and "apply". The problem goes through the optimizer-config reader, so the designer's
 * optimizer is the command line's.
 */
public final class OptimizerViewModel {

    /** The designer's search around each unit (a choice of the panel, clipped to the model's limits), nm. */
    private static final double SEARCH_SPAN_NM = 40;
    /** LED FWHMs are searched from 1/x to x times the unit's. */
    private static final double SEARCH_FWHM_FACTOR = 2;
    /**
     * ODs the designer searches: from films that visibly absorb to the paper's dense ones; a choice of the panel,
     * narrower than the model's {@link PhysicalLimits#OD_1S_MIN}–{@link PhysicalLimits#OD_1S_MAX}.
     */
    private static final double SEARCH_OD_1S_MIN = 1;
    private static final double SEARCH_OD_1S_MAX = 100;
    private static final Path NAME = Path.of("designer optimization");
    /** The panel's budget per start: enough for a first look, at most a few seconds' run. */
    public static final int MIN_EVALUATIONS = 50;
    public static final int MAX_EVALUATIONS = 20000;

    /** What to maximize. */
    public enum Objective {
        RA_AND_PE("Ra + 0.5 × PE", "ra", 1, "pe", 0.5),
        RA("Ra", "ra", 1, null, 0),
        RF("TM-30 Rf", "rf", 1, null, 0),
        PE("PE", "pe", 1, null, 0),
        LER("LER", "ler", 1, null, 0);

        private final String label;
        private final String first;
        private final double firstWeight;
        private final String second;
        private final double secondWeight;

        Objective(String label, String first, double firstWeight, String second, double secondWeight) {
            this.label = label;
            this.first = first;
            this.firstWeight = firstWeight;
            this.second = second;
            this.secondWeight = secondWeight;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A finished (or cancelled) run.
     *
     * @param before the design when the run started
     * @param after the best design found, with its target, reference and unit names; its colorimetry has TM-30
     *     only when the objective uses Rf or Rg
     * @param cancelled whether the run was stopped before its budget was spent
     * @param evaluations objective evaluations used
     * @param constraints the targets' and constraints' status for the best design (the command line's report)
     */
    public record Outcome(Evaluation before, Evaluation after, boolean cancelled, int evaluations,
            ConstraintReport constraints) {
    }

    private final DesignViewModel design;
    private final TaskExecutor executor;
    private final BooleanProperty freeLedPeak = new SimpleBooleanProperty(this, "freeLedPeak", false);
    private final BooleanProperty freeLedFwhm = new SimpleBooleanProperty(this, "freeLedFwhm", false);
    private final BooleanProperty freeQd = new SimpleBooleanProperty(this, "freeQd", true);
    private final BooleanProperty freeOd = new SimpleBooleanProperty(this, "freeOd", true);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective",
            Objective.RA_AND_PE);
    private final IntegerProperty maxEvaluations = new SimpleIntegerProperty(this, "maxEvaluations", 400);
    private final IntegerProperty starts = new SimpleIntegerProperty(this, "starts", 2);
    private final ReadOnlyStringWrapper maxEvaluationsError = new ReadOnlyStringWrapper(this, "maxEvaluationsError");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private AtomicBoolean cancelRequest = new AtomicBoolean();

    /**
     * @param design the design to optimize
     * @param executor where runs go (in the designer a background thread reporting on the FX thread)
     */
    public OptimizerViewModel(DesignViewModel design, TaskExecutor executor) {
        this.design = design;
        this.executor = executor;
        // a result found against another reference or for another file compares nothing any more
        for (javafx.beans.Observable o : java.util.List.of(design.referenceProperty(),
                design.customReferenceK().valueProperty(), design.fileProperty())) {
            o.addListener(x -> forget());
        }
    }

    private void forget() {
        if (!running.get() && outcome.get() != null) {
            outcome.set(null);
            status.set("");
        }
    }

    /**
     * Takes the typed budget per start: a whole number within {@link #MIN_EVALUATIONS}–{@link #MAX_EVALUATIONS}.
     * Anything else is refused with the reason in {@link #maxEvaluationsErrorProperty()} and the budget kept.
     */
    public boolean setMaxEvaluationsFromText(String text) {
        String t = text == null ? "" : text.trim();
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            maxEvaluationsError.set(t.isEmpty() ? "enter a whole number"
                    : "'" + t + "' is not a whole number of evaluations");
            return false;
        }
        if (n < MIN_EVALUATIONS || n > MAX_EVALUATIONS) {
            maxEvaluationsError.set("must be " + MIN_EVALUATIONS + "–" + MAX_EVALUATIONS + " evaluations");
            return false;
        }
        maxEvaluationsError.set(null);
        maxEvaluations.set((int) n);
        return true;
    }

    /** Why the last typed budget was refused, or {@code null}. */
    public ReadOnlyStringProperty maxEvaluationsErrorProperty() {
        return maxEvaluationsError.getReadOnlyProperty();
    }

    public BooleanProperty freeLedPeakProperty() {
        return freeLedPeak;
    }

    public BooleanProperty freeLedFwhmProperty() {
        return freeLedFwhm;
    }

    public BooleanProperty freeQdProperty() {
        return freeQd;
    }

    public BooleanProperty freeOdProperty() {
        return freeOd;
    }

    public ObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    public IntegerProperty maxEvaluationsProperty() {
        return maxEvaluations;
    }

    public IntegerProperty startsProperty() {
        return starts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The optimizer config for the current design and choices (the JSON of {@code hybridlight optimize}). */
    public ObjectNode config() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("temperatureK", design.temperatureK().get());
        root.put("reference", design.referenceText());
        ObjectNode target = root.putObject("target");
        target.put("cctK", design.targetCctK().get());
        target.put("duv", design.targetDuv().get());
        target.put("duvTolerance", OptimizeConfigReader.DEFAULT_DUV_TOLERANCE);
        ArrayNode units = root.putArray("units");
        for (UnitViewModel u : design.units()) {
            ObjectNode j = units.addObject();
            j.put("name", u.nameProperty().get());
            j.put("ledShape", u.ledShapeProperty().get().id());
            double peak = u.ledPeakNm().get();
            range(j, UnitParameter.LED_PEAK_NM, freeLedPeak.get(), peak, peak - SEARCH_SPAN_NM,
                    peak + SEARCH_SPAN_NM);
            double fwhm = u.ledFwhmNm().get();
            range(j, UnitParameter.LED_FWHM_NM, freeLedFwhm.get(), fwhm, fwhm / SEARCH_FWHM_FACTOR,
                    fwhm * SEARCH_FWHM_FACTOR);
            double qd = u.qdEmissionPeakNm().get();
            range(j, UnitParameter.QD_EMISSION_PEAK_NM, freeQd.get(), qd, qd - SEARCH_SPAN_NM, qd + SEARCH_SPAN_NM);
            range(j, UnitParameter.OD_1S, freeOd.get(), u.od1S().get(), SEARCH_OD_1S_MIN, SEARCH_OD_1S_MAX);
            j.put("plqy", u.plqy().get());
        }
        ObjectNode o = root.putObject("objective");
        Objective obj = objective.get();
        o.put(obj.first, obj.firstWeight);
        if (obj.second != null) {
            o.put(obj.second, obj.secondWeight);
        }
        ObjectNode s = root.putObject("search");
        s.put("algorithm", "cmaes");
        s.put("starts", starts.get());
        s.put("maxEvaluations", maxEvaluations.get());
        s.put("seed", 1);
        return root;
    }

    /** The unit's range for {@code p}: {@code lo}–{@code hi} clipped to the model's limits when free. */
    private static void range(ObjectNode unit, UnitParameter p, boolean free, double value, double searchLo,
            double searchHi) {
        ObjectNode n = unit.putObject(p.configName());
        double lo = Math.max(p.minimum(), searchLo);
        double hi = Math.min(p.maximum(), searchHi);
        if (free && hi > lo) {
            n.put("min", lo);
            n.put("max", hi);
            n.put("start", Math.max(lo, Math.min(hi, value)));
        } else {
            n.put("fixed", value);
        }
    }

    /** Starts a run in the background; refused (with a status) while one runs or the design is invalid. */
    public void start() {
        if (running.get()) {
            return;
        }
        Evaluation before = design.evaluationProperty().get();
        if (before == null) {
            status.set("fix the design first: " + design.problemProperty().get());
            return;
        }
        DesignProblem.Spec spec;
        try {
            spec = OptimizeConfigReader.parse(NAME, config().toString(), null);
        } catch (InputException e) {
            status.set("cannot optimize: " + e.getMessage());
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequest = cancel;
        running.set(true);
        outcome.set(null);
        progress.set(0);
        status.set("starting");
        executor.execute(new BackgroundTask<>(report -> optimize(spec, before, cancel, report), this::showProgress,
                this::finish, this::fail));
    }

    /** The run itself (on the executor's worker thread): its own evaluator, the design as it was at the start. */
    private static Outcome optimize(DesignProblem.Spec spec, Evaluation before, AtomicBoolean cancel,
            Consumer<BackgroundTask.Progress> report) {
        DesignProblem problem = new DesignProblem(spec,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, DesignProblem.needsTm30(spec)));
        Minimizer minimizer = new Minimizer(problem, spec.settings(), (e, total, best) -> report.accept(
                new BackgroundTask.Progress(e, total,
                        String.format(Locale.ROOT, "%d of %d evaluations, best %.4f", e, total, best))),
                cancel::get);
        OptimizationResult r = minimizer.minimize(problem.initialPoint());
        long t0 = System.nanoTime();
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        Design was = before.design();
        Design found = new Design(best.source(), was.unitNames(), was.reference(), was.targetCctK(),
                was.targetDuv());
        return new Outcome(before, new Evaluation(found, best.result(), best.colorimetry(), System.nanoTime() - t0),
                r.cancelled(), r.evaluations(), ConstraintReport.of(spec, best));
    }

    private void showProgress(BackgroundTask.Progress p) {
        progress.set(p.fraction());
        status.set(p.message());
    }

    private void fail(Throwable failure) {
        running.set(false);
        status.set("optimization failed: " + failure);
    }

    private void finish(Outcome o) {
        running.set(false);
        outcome.set(o);
        String missed = o.constraints().violated().stream()
                .map(c -> c.name() + " " + c.limit() + ", best " + c.valueText()).collect(Collectors.joining("; "));
        status.set(String.format(Locale.ROOT, "%s after %d evaluations: Ra %.1f, PE %.1f %%%s — apply to keep it",
                o.cancelled() ? "cancelled; best so far" : "done", o.evaluations(), o.after().colorimetry().ra(),
                100 * o.after().result().powerConversionEfficiency(), missed.isEmpty() ? "" : "; not met: " + missed));
    }

    /** Stops a run; the best design found so far is still offered. */
    public void cancel() {
        cancelRequest.set(true);
    }

    /**
     * Puts the best design found into the editor (LED peaks and widths, QD emission, OD, drive weights). The
     * optimizer simulates its units at their own LED power; each weight is rescaled to the editor unit's LED
     * power so that every unit gives the same light, then all by one factor so that the largest is 1.
     */
    public void apply() {
        Outcome o = outcome.get();
        if (o == null || o.after().design().source().units().size() != design.units().size()) {
            return;
        }
        HybridSource best = o.after().design().source();
        double[] w = best.weights();
        double[] weights = new double[w.length];
        double max = 0;
        for (int k = 0; k < w.length; k++) {
            weights[k] = w[k] * best.units().get(k).led().opticalPowerW() / design.units().get(k).ledPowerW().get();
            max = Math.max(max, weights[k]);
        }
        double scale = max > 0 ? 1 / max : 1;
        design.batch(() -> {
            for (int k = 0; k < weights.length; k++) {
                UnitViewModel u = design.units().get(k);
                LedQdUnit unit = best.units().get(k);
                u.adoptDots(unit);
                Led led = unit.led();
                u.ledPeakNm().set(led.peakNm());
                u.ledFwhmNm().set(led.fwhmNm());
                double emission = unit.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
                if (u.qdGivenByProperty().get() == QdSpecification.CORE_DIAMETER) {
                    u.qdCoreDiameterNm().set(u.coreForEmissionNm(emission));
                } else {
                    u.qdEmissionPeakNm().set(emission);
                }
                u.od1S().set(unit.od1S());
                u.weight().set(weights[k] * scale);
            }
        });
        status.set("applied");
    }
}
