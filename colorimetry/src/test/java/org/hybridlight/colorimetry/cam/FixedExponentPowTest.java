package org.hybridlight.colorimetry.cam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FixedExponentPow} against {@link Math#pow} for the exponents CIECAM02 uses and others. */
class FixedExponentPowTest {

    /** x^a, relative (Math.pow is within 1 ulp, the tables within 1 ulp each). */
    private static final double POW_RELATIVE = 1e-15;
    private static final int DRAWS = 100_000;

    @Test
    void matchesMathPowOverItsTableRange() {
        SplittableRandom random = new SplittableRandom(42);
        for (double a : new double[] {0.42, 0.9, 0.69 * (1.48 + Math.sqrt(0.2)), 0.25, 1, 2, 1e-3}) {
            FixedExponentPow pow = new FixedExponentPow(a);
            double worst = 0;
            for (int i = 0; i < DRAWS; i++) {
                // log-uniform over 2^-128 … 2^128, and dense near 1 and near powers of two (table edges)
                double x = switch (i % 3) {
                    case 0 -> Math.exp(random.nextDouble(-88.7, 88.7));
                    case 1 -> 1 + random.nextDouble(-0.02, 0.02);
                    default -> Math.scalb(1 + random.nextDouble(-1e-6, 1e-6), random.nextInt(-100, 100));
                };
                worst = Math.max(worst, Math.abs(pow.pow(x) / Math.pow(x, a) - 1));
            }
            assertThat(worst).as("max relative error of x^%s", a).isLessThan(POW_RELATIVE);
            assertThat(pow.pow(1)).isEqualTo(1);
        }
    }

    @Test
    void specialAndOutOfTableArgumentsAreMathPow() {
        FixedExponentPow pow = new FixedExponentPow(0.42);
        for (double x : new double[] {0, -0.0, -1, -8, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e300,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertThat(Double.valueOf(pow.pow(x))).as("%s^0.42", x).isEqualTo(Double.valueOf(Math.pow(x, 0.42)));
        }
    }

    @Test
    void exponentsOutsideTheSeriesBoundAreRefused() {
        for (double a : new double[] {0, -0.5, 2.5, Double.NaN}) {
            assertThatThrownBy(() -> new FixedExponentPow(a)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
