package org.hybridlight.colorimetry.illuminant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

class LnTemperatureTableTest {

    /** Four-point interpolation of a smooth function at a step of 0.001 in ln T: error of order step⁴. */
    private static final double INTERPOLATION = 1e-10;

    private static final double MIN_K = 1000;
    private static final double MAX_K = 5000;
    private static final double LN_STEP = 0.001;

    /** A smooth vector function of T: ln T, 1000 / T and sin(T / 1000). */
    private static final DoubleFunction<double[]> SMOOTH =
            t -> new double[] {Math.log(t), 1000 / t, Math.sin(t / 1000)};

    @Test
    void interpolatesTheFunctionInsideAndComputesItOutside() {
        LnTemperatureTable table = new LnTemperatureTable(MIN_K, MAX_K, LN_STEP, 3, SMOOTH);
        double[] out = new double[3];
        for (double t : new double[] {MIN_K, 1234.5, 2700, 4321, MAX_K, 800, 6000}) {
            table.valueInto(t, out);
            double[] exact = SMOOTH.apply(t);
            for (int k = 0; k < 3; k++) {
                assertThat(out[k]).as("%s K, component %d", t, k).isCloseTo(exact[k], within(INTERPOLATION));
            }
        }
    }

    @Test
    void computesOnlyTheBlocksAroundTheTemperaturesRead() {
        AtomicInteger calls = new AtomicInteger();
        LnTemperatureTable table = new LnTemperatureTable(MIN_K, MAX_K, LN_STEP, 3, t -> {
            calls.incrementAndGet();
            return SMOOTH.apply(t);
        });
        assertThat(calls).hasValue(0);
        table.valueInto(3000, new double[3]);
        // the four rows of the stencil lie in one block or two
        assertThat(table.rowsComputed()).isBetween(LnTemperatureTable.BLOCK_ROWS, 2 * LnTemperatureTable.BLOCK_ROWS);
        assertThat(calls.get()).isEqualTo(table.rowsComputed());
        table.valueInto(3000.5, new double[3]);
        assertThat(calls.get()).isEqualTo(table.rowsComputed()).isLessThanOrEqualTo(2 * LnTemperatureTable.BLOCK_ROWS);
        // below the table: the function itself, no row
        int before = table.rowsComputed();
        table.valueInto(500, new double[3]);
        assertThat(table.rowsComputed()).isEqualTo(before);
    }

    @Test
    void valuesDoNotDependOnTheOrderOrThreadThatComputedTheRows() throws Exception {
        Random random = new Random(14);
        double[] temperatures = new double[4000];
        for (int i = 0; i < temperatures.length; i++) {
            temperatures[i] = MIN_K + random.nextDouble() * (MAX_K - MIN_K);
        }
        // one table read in ascending order on this thread, another read by four threads at once in random order
        LnTemperatureTable alone = new LnTemperatureTable(MIN_K, MAX_K, LN_STEP, 3, SMOOTH);
        double[] sorted = temperatures.clone();
        Arrays.sort(sorted);
        for (double t : sorted) {
            alone.valueInto(t, new double[3]);
        }
        LnTemperatureTable shared = new LnTemperatureTable(MIN_K, MAX_K, LN_STEP, 3, SMOOTH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<double[][]>> parts = new ArrayList<>();
        try {
            for (int p = 0; p < 4; p++) {
                int from = p;
                parts.add(pool.submit(() -> {
                    start.await();
                    double[][] values = new double[temperatures.length / 4][3];
                    for (int i = from, k = 0; i < temperatures.length; i += 4, k++) {
                        shared.valueInto(temperatures[i], values[k]);
                    }
                    return values;
                }));
            }
            start.countDown();
            for (int p = 0; p < 4; p++) {
                double[][] values = parts.get(p).get();
                for (int i = p, k = 0; i < temperatures.length; i += 4, k++) {
                    double[] expected = new double[3];
                    alone.valueInto(temperatures[i], expected);
                    assertThat(values[k]).as("%s K", temperatures[i]).containsExactly(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
