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
import org.hybridlight.source.LedShape;
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
     * @param start the design the run started from, its weights solved onto the run's target and evaluated
     *     against the run's reference by the run's own problem: the "before" that compares with {@code after}
     * @param startConstraints the targets' and constraints' status of {@code start}
     * @param objectiveText the problem in words ({@link #describe})
     */
    public record Outcome(Evaluation before, Evaluation after, boolean cancelled, int evaluations,
            ConstraintReport constraints, Evaluation start, ConstraintReport startConstraints,
            String objectiveText) {

        /** Each target and constraint (in report order) with its limit, met or not before and after. */
        public java.util.List<CheckRow> checkRows() {
            java.util.List<CheckRow> rows = new java.util.ArrayList<>();
            java.util.List<ConstraintReport.Check> was = startConstraints.checks();
            java.util.List<ConstraintReport.Check> now = constraints.checks();
            for (int k = 0; k < now.size(); k++) {
                ConstraintReport.Check c = now.get(k);
                ConstraintReport.Check b = k < was.size() ? was.get(k) : null;
                rows.add(new CheckRow(c.name() + ": " + c.limit(), b == null ? "-" : b.valueText(),
                        b != null && b.met(), c.valueText(), c.met()));
            }
            return rows;
        }
    }

    /**
     * One target or constraint of a run as the panel shows it.
     *
     * @param name what it is and its limit ({@code "PE (min): 1.020"})
     * @param before the start's value, as the report prints it
     * @param beforeMet whether the start met it
     * @param after the result's value
     * @param afterMet whether the result meets it
     */
    public record CheckRow(String name, String before, boolean beforeMet, String after, boolean afterMet) {
    }

    private final DesignViewModel design;
    private final TaskExecutor executor;
    private final BooleanProperty freeLedPeak = new SimpleBooleanProperty(this, "freeLedPeak", false);
    private final BooleanProperty freeLedFwhm = new SimpleBooleanProperty(this, "freeLedFwhm", false);
    private final BooleanProperty freeQd = new SimpleBooleanProperty(this, "freeQd", true);
    private final BooleanProperty freeOd = new SimpleBooleanProperty(this, "freeOd", true);
    private final BooleanProperty freePhosphorFraction = new SimpleBooleanProperty(this, "freePhosphorFraction", true);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective",
            Objective.RA_AND_PE);
    private final IntegerProperty maxEvaluations = new SimpleIntegerProperty(this, "maxEvaluations", 400);
    private final IntegerProperty starts = new SimpleIntegerProperty(this, "starts", 2);
    /** The least PE the result must have (a constraint), or NaN for none. */
    private final javafx.beans.property.DoubleProperty minPe =
            new javafx.beans.property.SimpleDoubleProperty(this, "minPe", Double.NaN);
    private final ReadOnlyStringWrapper minPeError = new ReadOnlyStringWrapper(this, "minPeError");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final ReadOnlyStringWrapper maxEvaluationsError = new ReadOnlyStringWrapper(this, "maxEvaluationsError");
    private final BackgroundRun run = new BackgroundRun(this);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    /**
     * @param design the design to optimize
     * @param executor where runs go (in the designer a background thread reporting on the FX thread)
     */
    public OptimizerViewModel(DesignViewModel design, TaskExecutor executor) {
        this.design = design;
        this.executor = executor;
        // a result found against another reference or target or for another file compares nothing any more
        for (javafx.beans.Observable o : java.util.List.of(design.referenceProperty(),
                design.customReferenceK().valueProperty(), design.file().pathProperty(), design.targetCctK().valueProperty(),
                design.targetDuv().valueProperty())) {
            o.addListener(x -> forget());
        }
        // once the editor's design moves on, "before" is no longer what the editor shows
        design.evaluationProperty().addListener(x -> markStale());
    }

    private void forget() {
        if (!run.isRunning() && outcome.get() != null) {
            outcome.set(null);
            stale.set(false);
            run.say("");
        }
    }

    private void markStale() {
        Outcome o = outcome.get();
        if (!run.isRunning() && o != null && !stale.get() && design.evaluationProperty().get() != o.before()) {
            stale.set(true);
            run.say("the design changed since this run: its before column is the design the run started from");
        }
    }

    /** Whether the design was edited since the shown result was found (it still compares the run's start). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /**
     * Takes the typed least PE (a constraint of the run): blank for none, else a number above 0 (1.02 is 102 %); the
     * config reader checks it further when a run starts.
     * Anything else is refused with the reason in {@link #minPeErrorProperty()} and the old value kept.
     */
    public boolean setMinPeFromText(String text) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        if (t.isEmpty()) {
            minPeError.set(null);
            minPe.set(Double.NaN);
            return true;
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            minPeError.set("'" + t + "' is not a number (PE 1.02 is 102 %)");
            return false;
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            // the config reader checks the rest when the run starts (one place for the constraint's rules)
            minPeError.set("PE must be a number above 0");
            return false;
        }
        minPeError.set(null);
        minPe.set(v);
        return true;
    }

    public javafx.beans.property.DoubleProperty minPeProperty() {
        return minPe;
    }

    public ReadOnlyStringProperty minPeErrorProperty() {
        return minPeError.getReadOnlyProperty();
    }

    /**
     * The problem in words, from the parsed spec (what the optimizer is given): "maximize Ra subject to PE ≥ 1.02
     * at 3000 K (±0.2 %), Duv +0.0000 (±0.001), CRI reference blackbody:3000".
     */
    public static String describe(DesignProblem.Spec spec) {
        String goal = spec.objective().entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> term(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
        String limits = spec.minimums().entrySet().stream()
                .map(e -> e.getKey().label() + " ≥ " + trim(e.getValue())).collect(Collectors.joining(", "));
        return "maximize " + goal + (limits.isEmpty() ? "" : " subject to " + limits)
                + String.format(Locale.ROOT, " at %.0f K (±%s %%), Duv %+.4f (±%s), CRI reference %s",
                        spec.targetCctK(), trim(100 * DesignProblem.CCT_TOLERANCE), spec.targetDuv(),
                        trim(spec.duvTolerance()), spec.reference().label());
    }

    private static String term(double weight, org.hybridlight.optimizer.Metric m) {
        String name = m.scale() == 1 ? m.label() : m.label() + "/" + trim(m.scale());
        return weight == 1 ? name : trim(weight) + " × " + name;
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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

    /** Whether pc-LED channels' phosphor fractions are searched (0–1). */
    public BooleanProperty freePhosphorFractionProperty() {
        return freePhosphorFraction;
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
        return run.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return run.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return run.statusProperty();
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
            if (u.kindProperty().get() == UnitKind.PC_LED) {
                // a pc-LED channel: the LED peak and FWHM choices free its phosphor band, within the band's limits
                j.put("ledShape", LedShape.PHOSPHOR_CONVERTED.id());
                double peak = u.phosphorPeakNm().get();
                range(j, UnitParameter.LED_PEAK_NM, freeLedPeak.get(), peak, peak - SEARCH_SPAN_NM,
                        peak + SEARCH_SPAN_NM, PhysicalLimits.PHOSPHOR_PEAK_MIN_NM,
                        PhysicalLimits.PHOSPHOR_PEAK_MAX_NM);
                double fwhm = u.phosphorFwhmNm().get();
                range(j, UnitParameter.LED_FWHM_NM, freeLedFwhm.get(), fwhm, fwhm / SEARCH_FWHM_FACTOR,
                        fwhm * SEARCH_FWHM_FACTOR, PhysicalLimits.PHOSPHOR_FWHM_MIN_NM,
                        PhysicalLimits.PHOSPHOR_FWHM_MAX_NM);
                UnitParameter f = UnitParameter.PHOSPHOR_FRACTION;
                range(j, f, freePhosphorFraction.get(), u.phosphorFraction().get(), f.minimum(), f.maximum(),
                        f.minimum(), f.maximum());
                j.put(UnitParameter.PHOSPHOR_QUANTUM_EFFICIENCY.configName(), u.phosphorQuantumEfficiency().get());
                continue;
            }
            j.put("ledShape", u.ledShapeProperty().get().id());
            double peak = u.ledPeakNm().get();
            range(j, UnitParameter.LED_PEAK_NM, freeLedPeak.get(), peak, peak - SEARCH_SPAN_NM,
                    peak + SEARCH_SPAN_NM);
            double fwhm = u.ledFwhmNm().get();
            range(j, UnitParameter.LED_FWHM_NM, freeLedFwhm.get(), fwhm, fwhm / SEARCH_FWHM_FACTOR,
                    fwhm * SEARCH_FWHM_FACTOR);
            if (!u.kindProperty().get().hasDots()) {
                // a plain LED channel: no dot fields
                continue;
            }
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
        if (!Double.isNaN(minPe.get())) {
            root.putObject("constraints").put("minPe", minPe.get());
        }
        return root;
    }

    /** The unit's range for {@code p}: {@code lo}–{@code hi} clipped to the model's limits when free. */
    private static void range(ObjectNode unit, UnitParameter p, boolean free, double value, double searchLo,
            double searchHi) {
        range(unit, p, free, value, searchLo, searchHi, p.minimum(), p.maximum());
    }

    /** The same, clipped to {@code modelLo}–{@code modelHi} (a pc-LED's band has its own limits). */
    private static void range(ObjectNode unit, UnitParameter p, boolean free, double value, double searchLo,
            double searchHi, double modelLo, double modelHi) {
        ObjectNode n = unit.putObject(p.configName());
        double lo = Math.max(modelLo, searchLo);
        double hi = Math.min(modelHi, searchHi);
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
        if (run.isRunning()) {
            return;
        }
        Evaluation before = design.evaluationProperty().get();
        if (before == null) {
            run.say("fix the design first: " + design.problemProperty().get());
            return;
        }
        String measured = design.units().stream().filter(u -> !u.isOptimizable()).map(u -> u.nameProperty().get())
                .collect(Collectors.joining(", "));
        if (!measured.isEmpty()) {
            run.say("cannot optimize: the optimizer varies model LEDs, not measured spectra; " + measured
                    + (measured.contains(", ") ? " are measured LEDs" : " is a measured LED"));
            return;
        }
        DesignProblem.Spec spec;
        try {
            spec = OptimizeConfigReader.parse(NAME, config().toString(), null);
        } catch (InputException e) {
            run.say("cannot optimize: " + e.getMessage());
            return;
        }
        outcome.set(null);
        stale.set(false);
        AtomicBoolean cancel = run.begin();
        executor.execute(new BackgroundTask<>(report -> optimize(spec, before, cancel, report), run::report,
                this::finish, this::fail));
    }

    /** The run itself (on the executor's worker thread): its own evaluator, the design as it was at the start. */
    private static Outcome optimize(DesignProblem.Spec spec, Evaluation before, AtomicBoolean cancel,
            Consumer<BackgroundTask.Progress> report) {
        DesignProblem problem = new DesignProblem(spec,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, DesignProblem.needsTm30(spec)));
        String goal = describe(spec);
        String score = goal.substring("maximize ".length(), goal.indexOf(" at ")).split(" subject to ")[0];
        Minimizer minimizer = new Minimizer(problem, spec.settings(), (e, total, best) -> report.accept(
                new BackgroundTask.Progress(e, total, String.format(Locale.ROOT, "%d of %d evaluations, %s", e, total,
                        best >= problem.infeasibleOffset() ? "no design meeting the target and constraints yet"
                                : String.format(Locale.ROOT, "best %s = %.4f", score, -best)))),
                cancel::get);
        double[] x0 = problem.initialPoint();
        OptimizationResult r = minimizer.minimize(x0);
        Design was = before.design();
        DesignProblem.Candidate first = problem.candidate(x0);
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        return new Outcome(before, evaluation(best, was), r.cancelled(), r.evaluations(),
                ConstraintReport.of(spec, best), evaluation(first, was), ConstraintReport.of(spec, first), goal);
    }

    private static Evaluation evaluation(DesignProblem.Candidate c, Design was) {
        long t0 = System.nanoTime();
        Design d = new Design(c.source(), was.unitNames(), was.reference(), was.targetCctK(), was.targetDuv());
        return new Evaluation(d, c.result(), c.colorimetry(), System.nanoTime() - t0);
    }

    private void fail(Throwable failure) {
        run.fail("optimization", failure);
    }

    private void finish(Outcome o) {
        outcome.set(o);
        String missed = o.constraints().violated().stream()
                .map(c -> c.name() + " " + c.limit() + ", best " + c.valueText()).collect(Collectors.joining("; "));
        run.end(String.format(Locale.ROOT, "%s after %d evaluations: Ra %.1f, PE %.1f %%%s — apply to keep it",
                o.cancelled() ? "cancelled; best so far" : "done", o.evaluations(), o.after().colorimetry().ra(),
                100 * o.after().result().powerConversionEfficiency(), missed.isEmpty() ? "" : "; not met: " + missed));
    }

    /** Stops a run; the best design found so far is still offered. */
    public void cancel() {
        run.cancel();
    }

    /**
     * Puts the best design found into the editor (LED peaks and widths, QD emission, OD, a pc-LED's phosphor band and
     * fraction, drive weights). The
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
                Led led = unit.led();
                u.weight().set(weights[k] * scale);
                if (led.isPhosphorConverted()) {
                    u.phosphorPeakNm().set(led.peakNm());
                    u.phosphorFwhmNm().set(led.fwhmNm());
                    u.phosphorFraction().set(led.phosphorFraction());
                    continue;
                }
                u.ledPeakNm().set(led.peakNm());
                u.ledFwhmNm().set(led.fwhmNm());
                if (!unit.hasDots()) {
                    continue;
                }
                u.adoptDots(unit);
                double emission = unit.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
                if (u.qdGivenByProperty().get() == QdSpecification.CORE_DIAMETER) {
                    u.qdCoreDiameterNm().set(u.coreForEmissionNm(emission));
                } else {
                    u.qdEmissionPeakNm().set(emission);
                }
                u.od1S().set(unit.od1S());
            }
        });
        run.say("applied");
    }
}
