package org.hybridlight.colorimetry.tristimulus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.junit.jupiter.api.Test;

class ChromaticityTest {

    /** Equal-energy white's chromaticities, exact fractions: the last bit only. */
    private static final double LAST_BIT = 1e-15;

    @Test
    void xyAndUvConvertBothWays() {
        for (double x = 0.2; x < 0.6; x += 0.05) {
            for (double y = 0.2; y < 0.5; y += 0.05) {
                Chromaticity c = new Chromaticity(x, y);
                Chromaticity back = c.uv1960().toChromaticityFrom1960();
                assertThat(back.x()).isCloseTo(x, within(ROUNDING));
                assertThat(back.y()).isCloseTo(y, within(ROUNDING));
                Xyz xyz = new Xyz(x / y * 100, 100, (1 - x - y) / y * 100);
                assertThat(xyz.uv1960().u()).isCloseTo(c.uv1960().u(), within(ROUNDING));
                assertThat(xyz.uvPrime1976().v()).isCloseTo(1.5 * c.uv1960().v(), within(ROUNDING));
            }
        }
    }

    @Test
    void equalEnergyWhite() {
        Xyz e = new Xyz(100, 100, 100);
        assertThat(e.chromaticity().x()).isCloseTo(1.0 / 3, within(LAST_BIT));
        assertThat(e.uvPrime1976().u()).isCloseTo(4.0 / 19, within(LAST_BIT));
        assertThat(e.uvPrime1976().v()).isCloseTo(9.0 / 19, within(LAST_BIT));
    }
}
