package org.hybridlight.colorimetry.cam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.junit.jupiter.api.Test;

/** {@link Cam02Ucs}: the properties of Luo, Cui and Li's compression rather than its formula again. */
class Cam02UcsTest {

    /** M′/M for M → 0: the first-order term of ln(1 + 0.0228 M) / 0.0228. */
    private static final double SMALL_M_SLOPE = 1e-6;

    @Test
    void blackAndGreysStayAtTheOriginAndHueIsKept() {
        double[] out = new double[3];
        Cam02Ucs.jab(0, 0, 1.0, out);
        assertThat(out).containsExactly(0, 0, 0);
        Cam02Ucs.jab(50, 0, 2.0, out);
        assertThat(out[1]).isZero();
        assertThat(out[2]).isZero();
        for (double h = 0; h < 2 * Math.PI; h += 0.37) {
            Cam02Ucs.jab(60, 30, h, out);
            double back = Math.atan2(out[2], out[1]);
            assertThat(back < 0 ? back + 2 * Math.PI : back).isCloseTo(h, within(ROUNDING));
        }
    }

    @Test
    void lightnessAndColourfulnessAreCompressedMonotonically() {
        double[] a = new double[3];
        double[] b = new double[3];
        for (double v = 1; v < 120; v += 1) {
            Cam02Ucs.jab(v, v, 0, a);
            Cam02Ucs.jab(v + 1, v + 1, 0, b);
            assertThat(b[0]).isGreaterThan(a[0]);
            assertThat(b[1]).isGreaterThan(a[1]);
            // compression: each step adds less than the one before
            assertThat(b[1] - a[1]).isLessThan(1);
        }
        // small colourfulness is hardly compressed: M′ → M as M → 0
        Cam02Ucs.jab(50, 1e-6, 0, a);
        assertThat(a[1] / 1e-6).isCloseTo(1, within(SMALL_M_SLOPE));
    }
}
