package org.hybridlight.ui.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
import javafx.concurrent.Task;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.QuantumDot;

/**
 * The optimizer panel's state: which unit parameters are free, the objective and budget, and a run on a
 * background thread (never the FX thread) with progress, cancel, a before/after comparison and "apply". The
 * problem goes through the optimizer-config reader, so the designer's optimizer is the command line's.
 */
public final class OptimizerViewModel {

    /** LED power the optimizer simulates each unit at; applied weights are rescaled to the units' own powers. */
    private static final double OPTIMIZER_LED_POWER_W = 0.1;
    private static final Path NAME = Path.of("designer optimization");

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

    /** A finished (or cancelled) run: the problem, the optimizer's answer and the best design it found. */
    public record Outcome(Evaluation before, DesignProblem.Candidate after, OptimizationResult result) {
    }

    private final DesignViewModel design;
    private final Executor executor;
    private final BooleanProperty freeLedPeak = new SimpleBooleanProperty(this, "freeLedPeak", false);
    private final BooleanProperty freeLedFwhm = new SimpleBooleanProperty(this, "freeLedFwhm", false);
    private final BooleanProperty freeQd = new SimpleBooleanProperty(this, "freeQd", true);
    private final BooleanProperty freeOd = new SimpleBooleanProperty(this, "freeOd", true);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective",
            Objective.RA_AND_PE);
    private final IntegerProperty maxEvaluations = new SimpleIntegerProperty(this, "maxEvaluations", 400);
    private final IntegerProperty starts = new SimpleIntegerProperty(this, "starts", 2);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private AtomicBoolean cancelRequest = new AtomicBoolean();

    /**
     * @param design the design to optimize
     * @param executor where runs go (a background thread)
     */
    public OptimizerViewModel(DesignViewModel design, Executor executor) {
        this.design = design;
        this.executor = executor;
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
        target.put("duvTolerance", 0.001);
        ArrayNode units = root.putArray("units");
        for (UnitViewModel u : design.units()) {
            ObjectNode j = units.addObject();
            j.put("name", u.nameProperty().get());
            j.put("ledShape", u.ledShapeProperty().get().id());
            double peak = u.ledPeakNm().get();
            range(j.putObject("ledPeakNm"), freeLedPeak.get(), peak, Math.max(380, peak - 40),
                    Math.min(780, peak + 40));
            double fwhm = u.ledFwhmNm().get();
            range(j.putObject("ledFwhmNm"), freeLedFwhm.get(), fwhm, Math.max(5, fwhm / 2), Math.min(100, fwhm * 2));
            double qd = u.qdEmissionPeakNm().get();
            range(j.putObject("qdEmissionPeakNm"), freeQd.get(), qd, Math.max(470, qd - 40), Math.min(650, qd + 40));
            range(j.putObject("od1S"), freeOd.get(), u.od1S().get(), 1, 100);
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

    private static void range(ObjectNode n, boolean free, double value, double lo, double hi) {
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
        Task<Outcome> task = new Task<>() {
            @Override
            protected Outcome call() {
                DesignProblem problem = new DesignProblem(spec,
                        new SpectrumEvaluator(WavelengthGrid.COMPUTATION, DesignProblem.needsTm30(spec)));
                Minimizer minimizer = new Minimizer(problem, spec.settings(), (e, total, best) -> {
                    updateProgress(e, total);
                    updateMessage(String.format(Locale.ROOT, "%d of %d evaluations, best %.4f", e, total, best));
                }, cancel::get);
                OptimizationResult r = minimizer.minimize(problem.initialPoint());
                return new Outcome(before, problem.candidate(r.bestPoint()), r);
            }
        };
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        running.set(true);
        outcome.set(null);
        task.setOnSucceeded(e -> finish(task, null));
        task.setOnFailed(e -> finish(task, task.getException()));
        executor.execute(task);
    }

    private void finish(Task<Outcome> task, Throwable failure) {
        progress.unbind();
        status.unbind();
        running.set(false);
        if (failure != null) {
            status.set("optimization failed: " + failure);
            return;
        }
        Outcome o = task.getValue();
        outcome.set(o);
        status.set(String.format(Locale.ROOT, "%s after %d evaluations: Ra %.1f, PE %.1f %% — apply to keep it",
                o.result().cancelled() ? "cancelled; best so far" : "done", o.result().evaluations(),
                o.after().colorimetry().ra(), 100 * o.after().result().powerConversionEfficiency()));
    }

    /** Stops a run; the best design found so far is still offered. */
    public void cancel() {
        cancelRequest.set(true);
    }

    /** Puts the best design found into the editor (LED peaks and widths, QD emission, OD, drive weights). */
    public void apply() {
        Outcome o = outcome.get();
        if (o == null || o.after().source().units().size() != design.units().size()) {
            return;
        }
        double[] w = o.after().source().weights();
        double[] weights = new double[w.length];
        double max = 0;
        for (int k = 0; k < w.length; k++) {
            // the optimizer's units run at 0.1 W: the same light from a unit of another power needs another weight
            weights[k] = w[k] * OPTIMIZER_LED_POWER_W / design.units().get(k).ledPowerW().get();
            max = Math.max(max, weights[k]);
        }
        double scale = max > 0 ? 1 / max : 1;
        design.batch(() -> {
            for (int k = 0; k < weights.length; k++) {
                UnitViewModel u = design.units().get(k);
                LedQdUnit best = o.after().source().units().get(k);
                u.adoptDots(best);
                Led led = best.led();
                u.ledPeakNm().set(led.peakNm());
                u.ledFwhmNm().set(led.fwhmNm());
                double emission = best.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
                if (u.qdGivenByProperty().get() == QdSpecification.CORE_DIAMETER) {
                    u.qdCoreDiameterNm().set(u.coreForEmissionNm(emission));
                } else {
                    u.qdEmissionPeakNm().set(emission);
                }
                u.od1S().set(best.od1S());
                u.weight().set(weights[k] * scale);
            }
        });
        status.set("applied");
    }
}
