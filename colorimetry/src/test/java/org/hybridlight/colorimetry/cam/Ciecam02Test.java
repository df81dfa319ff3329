package org.hybridlight.colorimetry.cam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.INDEX_ROUNDING;

import org.junit.jupiter.api.Test;

class Ciecam02Test {

    /** J, C, M against the worked example's seven decimals. */
    private static final double WORKED_EXAMPLE = 1e-5;
    /** Hue angle against the worked example, degrees. */
    private static final double WORKED_EXAMPLE_HUE_DEGREES = 1e-3;

    @Test
    void reproducesThePublishedWorkedExample() {
        // CIE 159:2004 style example as used by colour-science's documentation: sample XYZ = (19.01, 20.00, 21.78)
        // under D65 (95.05, 100.00, 108.88), L_A = 318.31 cd/m², Y_b = 20, average surround, D from L_A:
        // J = 41.7310911, C = 0.1047077, h = 219.0484326°, M = 0.1088421
        Ciecam02 cam = new Ciecam02(new double[] {95.05, 100.00, 108.88}, 318.31, 20, Surround.AVERAGE,
                Double.NaN);
        double[] out = new double[4];
        cam.jch(19.01, 20.00, 21.78, out);
        assertThat(out[0]).isCloseTo(41.7310911, within(WORKED_EXAMPLE));
        assertThat(out[1]).isCloseTo(0.1047077, within(WORKED_EXAMPLE));
        assertThat(Math.toDegrees(out[2])).isCloseTo(219.0484326, within(WORKED_EXAMPLE_HUE_DEGREES));
        assertThat(out[3]).isCloseTo(0.1088421, within(WORKED_EXAMPLE));
    }

    @Test
    void theWhiteHasLightnessHundredAndNoChroma() {
        double[] white = {96.42, 100, 82.52};
        Ciecam02 cam = Ciecam02.forColourFidelity(white);
        double[] out = new double[4];
        cam.jch(white[0], white[1], white[2], out);
        assertThat(out[0]).isCloseTo(100, within(INDEX_ROUNDING));
        // HPE's first row sums to 1.00001, not 1: the white keeps a trace of chroma (about 0.0065)
        assertThat(out[1]).isLessThan(0.01);
    }

    @Test
    void fastUcsPathEqualsTheHueAnglePath() {
        Ciecam02 cam = Ciecam02.forColourFidelity(new double[] {95.05, 100, 108.88});
        double[] jch = new double[4];
        double[] ucs = new double[3];
        double[] viaAngle = new double[3];
        for (double[] xyz : new double[][] {{19.01, 20, 21.78}, {40, 20, 5}, {10, 30, 60}, {5, 5, 30}}) {
            cam.jch(xyz[0], xyz[1], xyz[2], jch);
            Cam02Ucs.jab(jch[0], jch[3], jch[2], viaAngle);
            cam.jabUcs(xyz[0], xyz[1], xyz[2], ucs);
            assertThat(ucs).containsExactly(viaAngle, within(INDEX_ROUNDING));
        }
    }
}
