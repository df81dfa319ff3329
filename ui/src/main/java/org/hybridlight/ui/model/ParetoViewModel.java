package org.hybridlight.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.plot.ParetoFrontPlot;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Metric;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.ParetoFront;

/**
 * The optimizer panel's Pareto run: the optimizer panel's problem (its free parameters and budget, {@link
 * OptimizerViewModel#config()}) swept over two metrics by {@code optimize --pareto}'s ε-constraint method, in the
 * background (with cancel), the front offered as the plot the command line draws.
 */
public final class ParetoViewModel {

    private static final Path NAME = Path.of("designer Pareto front");
    /** Bounds swept: a first look in a few runs of the panel's budget. */
    public static final int POINTS = 5;

    /** The two metrics of the front: the first maximized, the second swept as a lower bound. */
    public enum Metrics {
        RA_PE("Ra vs PE", Metric.RA, Metric.PE),
        RA_LER("Ra vs LER", Metric.RA, Metric.LER);

        private final String label;
        private final List<Metric> metrics;

        Metrics(String label, Metric first, Metric second) {
            this.label = label;
            this.metrics = List.of(first, second);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final DesignViewModel design;
    private final OptimizerViewModel optimizer;
    private final TaskExecutor executor;
    private final ObjectProperty<Metrics> metrics = new SimpleObjectProperty<>(this, "metrics", Metrics.RA_PE);
    private final BackgroundRun run = new BackgroundRun(this);
    private final ReadOnlyObjectWrapper<ParetoFrontPlot.Front> front = new ReadOnlyObjectWrapper<>(this, "front");

    public ParetoViewModel(DesignViewModel design, OptimizerViewModel optimizer, TaskExecutor executor) {
        this.design = design;
        this.optimizer = optimizer;
        this.executor = executor;
    }

    public ObjectProperty<Metrics> metricsProperty() {
        return metrics;
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

    /** The last front found, as the plot to draw, or null. */
    public ReadOnlyObjectProperty<ParetoFrontPlot.Front> frontProperty() {
        return front.getReadOnlyProperty();
    }

    /** Starts a sweep in the background; refused (with a status) while one runs or the design is invalid. */
    public void start() {
        if (run.isRunning()) {
            return;
        }
        if (design.evaluationProperty().get() == null) {
            run.say("fix the design first: " + design.problemProperty().get());
            return;
        }
        DesignProblem.Spec spec;
        try {
            spec = OptimizeConfigReader.parse(NAME, optimizer.config().toString(), null);
            ParetoFront.runs(2, POINTS, spec.settings());
        } catch (InputException | IllegalArgumentException e) {
            run.say("cannot sweep: " + e.getMessage());
            return;
        }
        List<Metric> chosen = metrics.get().metrics;
        AtomicBoolean cancel = run.begin();
        executor.execute(new BackgroundTask<>(report -> sweep(spec, chosen, cancel, report), run::report,
                f -> finish(f, cancel.get()), failure -> run.fail("Pareto sweep", failure)));
    }

    /** Stops the sweep: the run under way ends with its best so far, and the front of the runs done is shown. */
    public void cancel() {
        run.cancel();
    }

    private static ParetoFrontPlot.Front sweep(DesignProblem.Spec spec, List<Metric> chosen, AtomicBoolean cancel,
            Consumer<BackgroundTask.Progress> report) {
        boolean tm30 = chosen.stream().anyMatch(Metric::needsTm30) || DesignProblem.needsTm30(spec);
        List<ParetoFront.Point> points = ParetoFront.sweep(spec,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, tm30), chosen, POINTS,
                (e, total, best) -> report.accept(new BackgroundTask.Progress(e, total,
                        String.format(Locale.ROOT, "%d of %d evaluations", e, total))), cancel::get);
        return ParetoFront.plot("Pareto front (" + chosen.get(0).label() + " vs " + chosen.get(1).label() + ")",
                chosen, points);
    }

    private void finish(ParetoFrontPlot.Front f, boolean cancelled) {
        front.set(f);
        if (cancelled) {
            run.end("cancelled: " + f.ys().length + " non-dominated designs from the runs done");
        } else {
            run.done(f.ys().length + " non-dominated designs");
        }
    }
}
