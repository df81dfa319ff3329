package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.plot.ParetoFrontPlot;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/** The designer's Pareto sweep without a toolkit: the run goes to a task executor on the test's own thread. */
class ParetoViewModelTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    @Test
    void aSweepOffersANonDominatedRaLerFrontToPlot() throws Exception {
        DesignViewModel design = new DesignViewModel(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        design.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        OptimizerViewModel optimizer = new OptimizerViewModel(design, new CurrentThreadTaskExecutor());
        optimizer.settings().maxEvaluationsProperty().set(60);
        optimizer.settings().startsProperty().set(1);
        ParetoViewModel pareto = new ParetoViewModel(design, optimizer, new CurrentThreadTaskExecutor());
        pareto.metricsProperty().set(ParetoViewModel.Metrics.RA_LER);
        List<Boolean> runningWhileReporting = new ArrayList<>();
        pareto.progressProperty().addListener((o, a, b) -> runningWhileReporting.add(pareto.runningProperty().get()));

        pareto.start();

        assertThat(pareto.runningProperty().get()).isFalse();
        assertThat(runningWhileReporting).isNotEmpty();
        ParetoFrontPlot.Front f = pareto.frontProperty().get();
        assertThat(f).as(pareto.statusProperty().get()).isNotNull();
        assertThat(f.yAxis()).isEqualTo("Ra");
        assertThat(f.xAxis()).isEqualTo("LER (lm/W)");
        // the paper's point is an Ra-PE figure: not marked on an Ra-LER front
        assertThat(f.mark()).isNull();
        double[] ra = f.ys();
        double[] ler = f.xs();
        assertThat(ra).isNotEmpty();
        for (int i = 0; i < ra.length; i++) {
            for (int j = 0; j < ra.length; j++) {
                boolean dominates = i != j && ra[j] >= ra[i] && ler[j] >= ler[i] && (ra[j] > ra[i] || ler[j] > ler[i]);
                assertThat(dominates).as("point %d dominated by %d", i + 1, j + 1).isFalse();
            }
        }
        assertThat(pareto.statusProperty().get()).isEqualTo(ra.length + " non-dominated designs");
    }

    @Test
    void aCancelledSweepStopsAtOnceAndShowsTheFrontOfTheRunsDone() throws Exception {
        DesignViewModel design = new DesignViewModel(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        design.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        OptimizerViewModel optimizer = new OptimizerViewModel(design, new CurrentThreadTaskExecutor());
        optimizer.settings().maxEvaluationsProperty().set(2000);
        optimizer.settings().startsProperty().set(1);
        ParetoViewModel pareto = new ParetoViewModel(design, optimizer, new CurrentThreadTaskExecutor());
        List<Double> reports = new ArrayList<>();
        boolean[] cancelling = {true};
        // cancel from the first progress report, as the Cancel button would while the sweep is under way
        pareto.progressProperty().addListener((o, a, b) -> {
            reports.add(b.doubleValue());
            if (cancelling[0]) {
                pareto.cancel();
            }
        });

        pareto.start();

        assertThat(pareto.runningProperty().get()).isFalse();
        assertThat(pareto.statusProperty().get()).startsWith("cancelled").endsWith("from the runs done");
        // one evaluation of the first of 7 runs of 2,000: far from the end
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).isLessThan(0.01);
        assertThat(pareto.frontProperty().get()).isNotNull();
        // a cancel reaches only the sweep it was made in: the next one runs to its end
        cancelling[0] = false;
        optimizer.settings().maxEvaluationsProperty().set(60);
        pareto.start();
        assertThat(pareto.statusProperty().get()).endsWith("non-dominated designs").doesNotStartWith("cancelled");
        assertThat(pareto.progressProperty().get()).isEqualTo(1.0);
    }
}
