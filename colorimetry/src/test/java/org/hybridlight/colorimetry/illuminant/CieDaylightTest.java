package org.hybridlight.colorimetry.illuminant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

class CieDaylightTest {

    /** D65 computed from S0, S1, S2 against the CIE's tabulated D65, relative (its values have 3-4 digits). */
    private static final double TABULATED_D65_RELATIVE = 2e-3;
    /** M1, M2 are rounded to three decimals: ×1000 they are integers up to rounding. */
    private static final double THREE_DECIMALS = 1e-9;
    /** The chromaticity on either side of the 7000 K switch of the CIE's two cubics. */
    private static final double CUBIC_JOIN = 1e-5;

    /** D65 is CIE daylight at 6500 K × 1.4388/1.4380 (the c2 change since its definition). */
    private static final double D65_CCT_K = 6500 * 1.4388 / 1.4380;

    @Test
    void d65FromComponentsMatchesTabulatedD65() {
        SpectralTable d65 = CieData.illuminantD65();
        Spectrum computed = CieDaylight.spectrum(D65_CCT_K);
        double[] wl = d65.wavelengthsNm();
        double[] tab = d65.column("D65");
        double[] comp = computed.valuesAt(wl);
        for (int i = 0; i < wl.length; i++) {
            // the table is S0 + M1 S1 + M2 S2 rounded to its six figures; S is 100 at 560 nm in both
            assertThat(comp[i]).as("%s nm", wl[i]).isCloseTo(tab[i], within(TABULATED_D65_RELATIVE * Math.max(tab[i], 1)));
        }
    }

    @Test
    void d65ComponentWeightsAreTheCieRoundedOnes() {
        double[] m = CieDaylight.componentWeights(D65_CCT_K);
        // M1, M2 rounded to three decimals as CIE 015 says
        assertThat(m[0] * 1000).isCloseTo(Math.rint(m[0] * 1000), within(THREE_DECIMALS));
        assertThat(m[1] * 1000).isCloseTo(Math.rint(m[1] * 1000), within(THREE_DECIMALS));
    }

    @Test
    void chromaticityIsOnTheCieDaylightLocus() {
        for (double t = 4000; t <= 25000; t += 250) {
            Chromaticity c = CieDaylight.chromaticity(t);
            assertThat(c.y()).isCloseTo(-3 * c.x() * c.x() + 2.87 * c.x() - 0.275, within(ROUNDING));
        }
    }

    @Test
    void chromaticityIsContinuousAt7000K() {
        Chromaticity below = CieDaylight.chromaticity(7000);
        Chromaticity above = CieDaylight.chromaticity(7000.0001);
        assertThat(above.x()).isCloseTo(below.x(), within(CUBIC_JOIN));
    }

    @Test
    void outsideItsRangeIsAClearError() {
        assertThatThrownBy(() -> CieDaylight.spectrum(3000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4000 K to 25000 K");
        assertThatThrownBy(() -> CieDaylight.spectrum(30000)).isInstanceOf(IllegalArgumentException.class);
    }
}
