package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    private static ParetoFront.Point p(double a, double b) {
        return new ParetoFront.Point(a, b, 0, null);
    }

    @Test
    void keepsOnlyNonDominatedPointsSortedBySecondMetric() {
        List<ParetoFront.Point> front = ParetoFront.nonDominated(List.of(p(90, 1.00), p(85, 1.01), p(80, 1.02),
                p(84, 1.005), p(70, 1.01), p(79, 1.02)));
        assertThat(front).extracting(ParetoFront.Point::first).containsExactly(90.0, 85.0, 80.0);
        assertThat(front).extracting(ParetoFront.Point::second).isSorted();
    }
}
