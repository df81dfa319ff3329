package org.hybridlight.colorimetry.cam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FastLog} against {@link Math#log}. */
class FastLogTest {

    /** ln x, absolute (both Math.log and FastLog round; Math.log is within 1 ulp). */
    private static final double LOG_ABSOLUTE = 1e-15;
    private static final int DRAWS = 200_000;

    @Test
    void logarithmMatchesMathLogOverTheWholeNormalRange() {
        SplittableRandom random = new SplittableRandom(14);
        double worst = 0;
        for (int i = 0; i < DRAWS; i++) {
            // log-uniform over the normal doubles, and dense near 1 where ln x is small
            double x = i % 2 == 0 ? Math.exp(random.nextDouble(-708, 709)) : 1 + random.nextDouble(-0.01, 0.01);
            worst = Math.max(worst, Math.abs(FastLog.ln(x) - Math.log(x)));
        }
        assertThat(worst).isLessThan(LOG_ABSOLUTE);
        for (double x : new double[] {1, 2, 0.5, Double.MIN_NORMAL, Double.MAX_VALUE, Math.nextUp(1.0),
            Math.nextDown(1.0), Math.nextDown(2.0)}) {
            assertThat(FastLog.ln(x)).as("ln %s", x).isCloseTo(Math.log(x),
                    org.assertj.core.api.Assertions.within(LOG_ABSOLUTE));
        }
    }

    @Test
    void logarithmSpecialCasesAreMathLogs() {
        for (double x : new double[] {0, -0.0, -1, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertThat(Double.valueOf(FastLog.ln(x))).as("ln %s", x).isEqualTo(Double.valueOf(Math.log(x)));
        }
    }
}
