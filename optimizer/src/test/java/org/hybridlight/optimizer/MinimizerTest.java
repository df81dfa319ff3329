package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MinimizerTest {

    /** Rosenbrock's valley floor is flat: where a minimum below 10⁻⁴ may lie along it. */
    private static final double VALLEY_FLOOR = 0.05;

    /** Rosenbrock's valley in a box, minimum 0 at (1, 1, 1). */
    private static final ObjectiveFunction ROSENBROCK = new ObjectiveFunction() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double[] lowerBounds() {
            return new double[] {-2, -2, -2};
        }

        @Override
        public double[] upperBounds() {
            return new double[] {3, 3, 3};
        }

        @Override
        public double value(double[] x) {
            double s = 0;
            for (int i = 0; i < 2; i++) {
                s += 100 * Math.pow(x[i + 1] - x[i] * x[i], 2) + Math.pow(1 - x[i], 2);
            }
            return s;
        }
    };

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void findsTheMinimumOfABoundedValley(Algorithm algorithm) {
        OptimizationResult r = new Minimizer(ROSENBROCK, new OptimizationSettings(algorithm, 3, 4000, 11), null, null)
                .minimize(new double[] {-1, 2, 0.5});
        assertThat(r.bestValue()).isLessThan(1e-4);
        assertThat(r.bestPoint()[0]).isCloseTo(1, within(VALLEY_FLOOR));
        assertThat(r.history()).isNotEmpty();
        // the history only improves
        for (int i = 1; i < r.history().size(); i++) {
            assertThat(r.history().get(i).value()).isLessThan(r.history().get(i - 1).value());
        }
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void theSameSeedRepeatsBitForBit(Algorithm algorithm) {
        OptimizationSettings s = new OptimizationSettings(algorithm, 2, 500, 99);
        OptimizationResult a = new Minimizer(ROSENBROCK, s, null, null).minimize(new double[] {0, 0, 0});
        OptimizationResult b = new Minimizer(ROSENBROCK, s, null, null).minimize(new double[] {0, 0, 0});
        assertThat(a.bestPoint()).containsExactly(b.bestPoint());
        assertThat(a.evaluations()).isEqualTo(b.evaluations());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void cancellingStopsEarlyAndKeepsTheBest(Algorithm algorithm) {
        AtomicInteger calls = new AtomicInteger();
        OptimizationResult r = new Minimizer(ROSENBROCK, new OptimizationSettings(algorithm, 5, 5000, 1),
                (e, t, b) -> calls.incrementAndGet(), () -> calls.get() >= 100).minimize(new double[] {0, 0, 0});
        assertThat(r.cancelled()).isTrue();
        assertThat(r.evaluations()).isEqualTo(100);
        assertThat(r.bestValue()).isFinite();
    }
}
