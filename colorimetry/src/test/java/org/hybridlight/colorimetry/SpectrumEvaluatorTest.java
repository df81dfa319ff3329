package org.hybridlight.colorimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class SpectrumEvaluatorTest {

    /** Chromaticity agreement of one spectrum at different scales (rounding only). */
    private static final double XY_TOLERANCE = 1e-9;
    /** LER agreement, relative. */
    private static final double LER_RELATIVE = 1e-6;

    @Test
    void colorimetryIsScaleFreeDownToSubnormalValuesAndUpToHugeOnes() {
        SpectrumEvaluator evaluator = new SpectrumEvaluator();
        double[] wl = {380, 480, 580, 680, 780};
        double[] v = {1, 2, 3, 2, 1};
        Colorimetry unit = evaluator.evaluate(new Spectrum(wl, v), new CriReference.Auto());
        for (double scale : new double[] {1e-320, 4.9e-324 * 3, 1e-200, 1e250}) {
            double[] s = v.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] *= scale;
            }
            Colorimetry c = evaluator.evaluate(new Spectrum(wl, s), new CriReference.Auto());
            assertThat(c.xy().x()).as("x at scale " + scale).isCloseTo(unit.xy().x(), within(XY_TOLERANCE));
            assertThat(c.xy().y()).isCloseTo(unit.xy().y(), within(XY_TOLERANCE));
            assertThat(c.lerLmPerW()).isCloseTo(unit.lerLmPerW(), within(LER_RELATIVE * unit.lerLmPerW()));
            assertThat(Double.isFinite(c.radiantPower())).isTrue();
        }
    }
}
