package org.hybridlight.colorimetry.tristimulus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.junit.jupiter.api.Test;

class SrgbTest {

    /** The transfer function's value at its break point against the power-law branch (the published constants
     *  0.0031308 and 12.92 join it to 10⁻⁶). */
    private static final double BREAK_POINT = 1e-6;

    private final Srgb srgb = new Srgb();

    @Test
    void theWhitePointIsEqualEnergyInRgb() {
        double[] rgb = srgb.linear(0.3127 / 0.3290, 1, (1 - 0.3127 - 0.3290) / 0.3290);
        assertThat(rgb).containsExactly(new double[] {1, 1, 1}, within(ROUNDING));
    }

    @Test
    void eachPrimaryMapsToItsOwnChannelAndHasItsChromaticity() {
        double[][] primaries = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
        for (int c = 0; c < 3; c++) {
            double x = primaries[c][0];
            double y = primaries[c][1];
            double[] rgb = srgb.linear(x / y, 1, (1 - x - y) / y);
            for (int k = 0; k < 3; k++) {
                if (k != c) {
                    assertThat(rgb[k]).as("primary %d channel %d", c, k).isCloseTo(0, within(ROUNDING));
                }
            }
            assertThat(rgb[c]).isPositive();
        }
    }

    @Test
    void transferFunctionIsContinuousAtItsBreakAndMapsOneToOne() {
        assertThat(Srgb.transfer(0.0031308)).isCloseTo(1.055 * Math.pow(0.0031308, 1 / 2.4) - 0.055, within(BREAK_POINT));
        assertThat(Srgb.transfer(1)).isCloseTo(1, within(ROUNDING));
        assertThat(Srgb.transfer(0)).isZero();
    }

    @Test
    void outOfGamutColoursAreBroughtInside() {
        // a spectral 520 nm green lies far outside sRGB
        double[] rgb = srgb.encoded(0.0633, 0.7100, 0.0782);
        for (double v : rgb) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        assertThat(rgb[1]).isGreaterThan(rgb[0]).isGreaterThan(rgb[2] - 1e-9);
    }
}
