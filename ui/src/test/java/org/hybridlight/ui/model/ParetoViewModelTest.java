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
        design.load(EXAMPLES.resolve("paper-fig6b.json"));
        OptimizerViewModel optimizer = new OptimizerViewModel(design, new CurrentThreadTaskExecutor());
        optimizer.maxEvaluationsProperty().set(60);
        optimizer.startsProperty().set(1);
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
}
