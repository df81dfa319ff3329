package org.hybridlight.ui.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.ConstraintReport;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Metric;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.UnitParameter;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.design.Design;

/**
 * The optimizer panel's runs: the problem of its {@link #settings()} for the editor's design, handed to a
 * {@link TaskExecutor} (in the designer a background thread, never the FX thread) with progress and cancel, the
 * outcome compared before and after, and "apply". The problem goes through the optimizer-config reader, so the
 * designer's optimizer is the command line's.
 */
public final class OptimizerViewModel {

    private static final Path NAME = Path.of("designer optimization");

    private final DesignViewModel design;
    private final TaskExecutor executor;
    private final OptimizerSettings settings = new OptimizerSettings();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
    private final BackgroundRun run = new BackgroundRun(this);
    private final ReadOnlyObjectWrapper<OptimizerOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    /**
     * @param design the design to optimize
     * @param executor where runs go (in the designer a background thread reporting on the FX thread)
     */
    public OptimizerViewModel(DesignViewModel design, TaskExecutor executor) {
        this.design = design;
        this.executor = executor;
        // a result found against another reference or target or for another file compares nothing any more
        for (Observable o : List.of(design.referenceProperty(), design.customReferenceK().valueProperty(),
                design.file().pathProperty(), design.targetCctK().valueProperty(),
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
        OptimizerOutcome o = outcome.get();
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
     * The problem in words, from the parsed spec (what the optimizer is given): "maximize Ra subject to PE ≥ 1.02
     * at 3000 K (±0.2 %), Duv +0.0000 (±0.001), CRI reference blackbody:3000".
     */
    public static String describe(DesignProblem.Spec spec) {
        String goal = spec.objective().entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> term(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
        String limits = spec.minimums().entrySet().stream()
                .map(e -> e.getKey().label() + " ≥ " + PlainNumber.of(e.getValue()))
                .collect(Collectors.joining(", "));
        return "maximize " + goal + (limits.isEmpty() ? "" : " subject to " + limits)
                + String.format(Locale.ROOT, " at %.0f K (±%s %%), Duv %+.4f (±%s), CRI reference %s",
                        spec.targetCctK(), PlainNumber.of(100 * DesignProblem.CCT_TOLERANCE), spec.targetDuv(),
                        PlainNumber.of(spec.duvTolerance()), spec.reference().label());
    }

    private static String term(double weight, Metric m) {
        String name = m.scale() == 1 ? m.label() : m.label() + "/" + PlainNumber.of(m.scale());
        return weight == 1 ? name : PlainNumber.of(weight) + " × " + name;
    }

    /** The free parameters, OD range, objective, budget and least PE of the next run. */
    public OptimizerSettings settings() {
        return settings;
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

    public ReadOnlyObjectProperty<OptimizerOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The optimizer config for the current design and choices (the JSON of {@code hybridlight optimize}). */
    public ObjectNode config() {
        return OptimizerConfig.of(design, settings);
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
    private static OptimizerOutcome optimize(DesignProblem.Spec spec, Evaluation before, AtomicBoolean cancel,
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
        Design was = before.design();
        double[] x0 = problem.initialPoint(weightsAtOptimizerPower(was, spec));
        OptimizationResult r = minimizer.minimize(x0);
        DesignProblem.Candidate first = problem.candidate(x0);
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        return new OptimizerOutcome(before, evaluation(best, was), r.cancelled(), r.evaluations(),
                ConstraintReport.of(spec, best), evaluation(first, was), ConstraintReport.of(spec, first), goal);
    }

    /**
     * The editor's drive weights for the optimizer's units, which it simulates at their own LED power (the same
     * light: weight × power kept), so that a search with mix levels starts from the editor's mix.
     */
    private static double[] weightsAtOptimizerPower(Design was, DesignProblem.Spec spec) {
        HybridSource source = was.source();
        double[] w = new double[source.units().size()];
        for (int u = 0; u < w.length; u++) {
            double optimizerPowerW = spec.units().get(u).range(UnitParameter.LED_OPTICAL_POWER_W).value();
            w[u] = source.weights()[u] * source.units().get(u).led().opticalPowerW() / optimizerPowerW;
        }
        return w;
    }

    private static Evaluation evaluation(DesignProblem.Candidate c, Design was) {
        long t0 = System.nanoTime();
        Design d = new Design(c.source(), was.unitNames(), was.reference(), was.targetCctK(), was.targetDuv());
        return new Evaluation(d, c.result(), c.colorimetry(), System.nanoTime() - t0);
    }

    private void fail(Throwable failure) {
        run.fail("optimization", failure);
    }

    private void finish(OptimizerOutcome o) {
        outcome.set(o);
        String missed = o.constraints().violated().stream()
                .map(c -> c.name() + " " + c.limit() + ", best " + c.valueText()).collect(Collectors.joining("; "));
        run.end(String.format(Locale.ROOT, "%s after %d evaluations: Ra %s, PE %s %%%s — apply to keep it",
                o.cancelled() ? "cancelled; best so far" : "done", o.evaluations(), Figure.RA.text(o.after()),
                Figure.PE.text(o.after()), missed.isEmpty() ? "" : "; not met: " + missed));
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
        OptimizerOutcome o = outcome.get();
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
        // divided, not multiplied by 1/max: the largest becomes exactly 1
        double largest = max > 0 ? max : 1;
        design.batch(() -> {
            for (int k = 0; k < weights.length; k++) {
                UnitViewModel u = design.units().get(k);
                LedQdUnit unit = best.units().get(k);
                Led led = unit.led();
                u.weight().set(weights[k] / largest);
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