package org.hybridlight.colorimetry.cam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ColourFidelityCam02Ucs} against the reference {@link Ciecam02#jabUcs} on random whites and samples. */
class ColourFidelityCam02UcsTest {

    /** J′, a′, b′ of the two routes (J′ up to 100, a′ b′ up to about 50), absolute. */
    private static final double JAB_ABSOLUTE = 1e-11;
    private static final int SAMPLES = 99;
    private static final int STRIDE = 104;

    @Test
    void matchesTheReferenceCiecam02() {
        SplittableRandom random = new SplittableRandom(224);
        double[] xyz = new double[3 * STRIDE];
        double[] fast = new double[3 * SAMPLES];
        double[] direct = new double[3];
        double worst = 0;
        for (int trial = 0; trial < 500; trial++) {
            // a white of any scale and chromaticity, samples from near black to brighter than it, some
            // outside the spectrum locus (negative cone responses)
            double scale = Math.exp(random.nextDouble(-5, 10));
            double[] white = {scale * random.nextDouble(0.5, 1.5), scale, scale * random.nextDouble(0.1, 2.5)};
            for (int j = 0; j < SAMPLES; j++) {
                double y = scale * Math.exp(random.nextDouble(-9, 0.2));
                xyz[j] = y * random.nextDouble(0.2, 2);
                xyz[STRIDE + j] = y;
                xyz[2 * STRIDE + j] = y * random.nextDouble(0, 3);
            }
            ColourFidelityCam02Ucs.jabInto(xyz, STRIDE, SAMPLES, white[0], white[1], white[2], fast);
            double k = 100 / white[1];
            Ciecam02 cam = Ciecam02.forColourFidelity(new double[] {white[0] * k, 100, white[2] * k});
            for (int j = 0; j < SAMPLES; j++) {
                cam.jabUcs(xyz[j] * k, xyz[STRIDE + j] * k, xyz[2 * STRIDE + j] * k, direct);
                for (int c = 0; c < 3; c++) {
                    assertThat(fast[3 * j + c]).isNotNaN();
                    worst = Math.max(worst, Math.abs(fast[3 * j + c] - direct[c]));
                }
            }
        }
        assertThat(worst).isLessThan(JAB_ABSOLUTE);
    }

    @Test
    void theWhiteItselfHasLightnessOfTheReference() {
        double[] white = {96.42, 100, 82.52};
        double[] xyz = new double[3 * STRIDE];
        xyz[0] = white[0];
        xyz[STRIDE] = white[1];
        xyz[2 * STRIDE] = white[2];
        double[] fast = new double[3];
        ColourFidelityCam02Ucs.jabInto(xyz, STRIDE, 1, white[0], white[1], white[2], fast);
        // J = 100 exactly up to rounding, J′ = 170 / 1.7
        assertThat(fast[0]).isCloseTo(170 / 1.7, org.assertj.core.api.Assertions.within(JAB_ABSOLUTE));
    }
}
