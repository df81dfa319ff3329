package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/**
 * Many threads optimizing at once with one shared evaluator (as batch runs and the designer do) get, bit for bit,
 * what one thread gets doing the same runs one after another.
 */
class ConcurrencyTest {

    private static final int RUNS = 16;
    private static final int THREADS = 8;

    private record Outcome(double[] point, double value, int evaluations, double[] metrics, double[] white) {
    }

    private static Outcome optimize(DesignProblem.Spec base, SpectrumEvaluator shared, long seed) {
        OptimizationSettings s = new OptimizationSettings(Algorithm.CMAES, 1, 40, seed);
        DesignProblem.Spec spec = base.withSettings(s);
        // one problem per run (it keeps scratch state); the evaluator is shared
        DesignProblem problem = new DesignProblem(spec, shared);
        OptimizationResult r = new Minimizer(problem, s, null, null).minimize(problem.initialPoint());
        DesignProblem.Candidate c = problem.candidate(r.bestPoint());
        return new Outcome(r.bestPoint(), r.bestValue(), r.evaluations(), c.metrics(), c.result().whiteWPerNm());
    }

    @Test
    void manyThreadsGiveWhatOneThreadGives() throws Exception {
        Path config = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
                "examples/optimize-paper-leds.json");
        DesignProblem.Spec spec = OptimizeConfigReader.read(config, null);
        SpectrumEvaluator shared = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

        List<Outcome> sequential = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            sequential.add(optimize(spec, shared, i % 4));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long seed = i % 4;
                Callable<Outcome> task = () -> {
                    start.await();
                    return optimize(spec, shared, seed);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < RUNS; i++) {
                Outcome a = sequential.get(i);
                Outcome b = futures.get(i).get();
                assertThat(b.point()).as("run %d", i).containsExactly(a.point());
                assertThat(b.value()).as("run %d", i).isEqualTo(a.value());
                assertThat(b.evaluations()).as("run %d", i).isEqualTo(a.evaluations());
                assertThat(b.metrics()).as("run %d", i).containsExactly(a.metrics());
                assertThat(b.white()).as("run %d", i).containsExactly(a.white());
            }
        } finally {
            pool.shutdownNow();
        }
        // different seeds really did different work, so the comparison was not of one run with itself
        assertThat(sequential.get(0).point()).isNotEqualTo(sequential.get(1).point());
    }
}
