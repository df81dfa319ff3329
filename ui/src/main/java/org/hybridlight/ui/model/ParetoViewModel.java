package org.hybridlight.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 * background, the front offered as the plot the command line draws.
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
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
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
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last front found, as the plot to draw, or null. */
    public ReadOnlyObjectProperty<ParetoFrontPlot.Front> frontProperty() {
        return front.getReadOnlyProperty();
    }

    /** Starts a sweep in the background; refused (with a status) while one runs or the design is invalid. */
    public void start() {
        if (running.get()) {
            return;
        }
        if (design.evaluationProperty().get() == null) {
            status.set("fix the design first: " + design.problemProperty().get());
            return;
        }
        DesignProblem.Spec spec;
        try {
            spec = OptimizeConfigReader.parse(NAME, optimizer.config().toString(), null);
            ParetoFront.runs(2, POINTS, spec.settings());
        } catch (InputException | IllegalArgumentException e) {
            status.set("cannot sweep: " + e.getMessage());
            return;
        }
        List<Metric> chosen = metrics.get().metrics;
        running.set(true);
        progress.set(0);
        status.set("starting");
        executor.execute(new BackgroundTask<>(report -> sweep(spec, chosen, report), this::showProgress,
                this::finish, this::fail));
    }

    private static ParetoFrontPlot.Front sweep(DesignProblem.Spec spec, List<Metric> chosen,
            Consumer<BackgroundTask.Progress> report) {
        boolean tm30 = chosen.stream().anyMatch(Metric::needsTm30) || DesignProblem.needsTm30(spec);
        List<ParetoFront.Point> points = ParetoFront.sweep(spec,
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, tm30), chosen, POINTS,
                (e, total, best) -> report.accept(new BackgroundTask.Progress(e, total,
                        String.format(Locale.ROOT, "%d of %d evaluations", e, total))));
        return ParetoFront.plot("Pareto front (" + chosen.get(0).label() + " vs " + chosen.get(1).label() + ")",
                chosen, points);
    }

    private void showProgress(BackgroundTask.Progress p) {
        progress.set(p.fraction());
        status.set(p.message());
    }

    private void fail(Throwable failure) {
        running.set(false);
        status.set("Pareto sweep failed: " + failure);
    }

    private void finish(ParetoFrontPlot.Front f) {
        running.set(false);
        progress.set(1);
        front.set(f);
        status.set(f.ys().length + " non-dominated designs");
    }
}
