package org.hybridlight.colorimetry.tristimulus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

class TristimulusIntegratorTest {

    /** D65 white points against CIE 015:2018's five-decimal values (x, y), which the CIE sums at 5 nm. */
    private static final double PUBLISHED_WHITE_POINT = 3e-5;
    /** Luminous flux and efficacy of 1 W at 555 nm against 683 lm/W (V(555 nm) = 1.0000 in the table). */
    private static final double PEAK_EFFICACY_LM_PER_W = 0.5;

    private static Spectrum d65() {
        SpectralTable t = CieData.illuminantD65();
        return new Spectrum(t.wavelengthsNm(), t.column("D65"));
    }

    @Test
    void d65WhitePointsForBothObservers() {
        // CIE 015:2018 Table 3: D65 is x = 0.31272, y = 0.32903 (2°) and x = 0.31382, y = 0.33100 (10°)
        Chromaticity two = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, WavelengthGrid.COMPUTATION)
                .relativeXyz(d65()).chromaticity();
        Chromaticity ten = new TristimulusIntegrator(StandardObserver.CIE_1964_10_DEGREE, WavelengthGrid.COMPUTATION)
                .relativeXyz(d65()).chromaticity();
        // the CIE sums the 5 nm tables at 5 nm; Sprague-interpolating D65 to 1 nm moves x, y by up to 2.2e-5
        assertThat(two.x()).isCloseTo(0.31272, within(PUBLISHED_WHITE_POINT));
        assertThat(two.y()).isCloseTo(0.32903, within(PUBLISHED_WHITE_POINT));
        assertThat(ten.x()).isCloseTo(0.31382, within(PUBLISHED_WHITE_POINT));
        assertThat(ten.y()).isCloseTo(0.33100, within(PUBLISHED_WHITE_POINT));
    }

    @Test
    void oneWattAt555nmIs683Lumens() {
        // a 1 nm wide band of 1 W centred on 555 nm, where V = 1
        double[] wl = {553, 554, 555, 556, 557};
        double[] w = {0, 0, 1, 0, 0};
        Spectrum s = new Spectrum(wl, w);
        Colorimetry c = new SpectrumEvaluator().evaluate(s, new CriReference.Auto());
        assertThat(c.radiantPower()).isCloseTo(1, within(ROUNDING));
        assertThat(c.luminousFlux()).isCloseTo(683, within(PEAK_EFFICACY_LM_PER_W));
        assertThat(c.lerLmPerW()).isCloseTo(683, within(PEAK_EFFICACY_LM_PER_W));
    }
}
