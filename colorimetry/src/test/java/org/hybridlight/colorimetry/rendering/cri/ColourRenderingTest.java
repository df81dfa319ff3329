package org.hybridlight.colorimetry.rendering.cri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColourRenderingTest {

    private static SpectrumEvaluator evaluator;

    @BeforeAll
    static void setUp() {
        evaluator = new SpectrumEvaluator();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1200, 2000, 2700, 3000, 4000, 4999})
    void planckianSourceRendersPerfectly(double t) {
        Colorimetry c = evaluator.evaluate(PlanckianRadiator.spectrum(t, WavelengthGrid.COMPUTATION),
                new CriReference.Auto());
        assertThat(c.ra()).isCloseTo(100, within(0.01));
        for (double r : c.colourRendering().r()) {
            assertThat(r).isCloseTo(100, within(0.02));
        }
        assertThat(c.colourRendering().reference()).startsWith("blackbody:");
        assertThat(c.colourRendering().valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {5100, 6504, 9000, 20000})
    void daylightSourceRendersPerfectlyAgainstAutomaticDaylight(double t) {
        Colorimetry c = evaluator.evaluate(CieDaylight.spectrum(t), new CriReference.Auto());
        assertThat(c.ra()).isCloseTo(100, within(0.05));
        assertThat(c.colourRendering().reference()).startsWith("daylight:");
    }

    @Test
    void fixedReferenceEqualsItselfAndDiffersFromOthers() {
        Spectrum bb = PlanckianRadiator.spectrum(3000, WavelengthGrid.COMPUTATION);
        assertThat(evaluator.evaluate(bb, new CriReference.Blackbody(3000)).ra()).isCloseTo(100, within(1e-9));
        assertThat(evaluator.evaluate(bb, new CriReference.Tabulated("bb.csv", bb)).ra())
                .isCloseTo(100, within(1e-9));
        assertThat(evaluator.evaluate(bb, new CriReference.Blackbody(2500)).ra()).isLessThan(99);
    }

    @Test
    void tabulatedPlanckReferenceMatchesDirectComputation() {
        // the automatic reference below 5000 K interpolates a table; a fixed reference is computed directly
        for (double t = 1003.7; t < 5000; t *= 1.0913) {
            Spectrum s = PlanckianRadiator.spectrum(t * 1.01, WavelengthGrid.COMPUTATION);
            Colorimetry auto = evaluator.evaluate(s, new CriReference.Auto());
            Colorimetry fixed = evaluator.evaluate(s, new CriReference.Blackbody(auto.cctK()));
            for (int i = 1; i <= 14; i++) {
                assertThat(auto.colourRendering().r(i)).isCloseTo(fixed.colourRendering().r(i), within(1e-6));
            }
        }
    }

    @Test
    void farFromThePlanckianLocusTheIndicesAreMarkedNotMeaningful() {
        // a blackbody tinted green by a narrow 540 nm band: still computed, flagged
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        double[] v = PlanckianRadiator.spectrum(3000, g).values();
        double[] tinted = v.clone();
        for (int i = 0; i < v.length; i++) {
            double wl = g.wavelengthNm(i);
            tinted[i] += 60 * Math.exp(-0.5 * Math.pow((wl - 540) / 10, 2));
        }
        Colorimetry c = evaluator.evaluate(Spectrum.onGrid(g, tinted), new CriReference.Auto());
        assertThat(Math.abs(c.duv())).isGreaterThan(Cie13_3ColourRendering.MAX_DUV);
        assertThat(c.colourRendering().valid()).isFalse();
        assertThat(c.ra()).isFinite();
        Colorimetry plain = evaluator.evaluate(Spectrum.onGrid(g, v), new CriReference.Auto());
        assertThat(plain.colourRendering().valid()).isTrue();
    }

    @Test
    void extremeMagnitudesGiveTheSameColorimetry() {
        Spectrum s = PlanckianRadiator.spectrum(3200, WavelengthGrid.COMPUTATION);
        Colorimetry plain = evaluator.evaluate(s, new CriReference.Auto());
        for (double scale : new double[] {1e-250, 1e250, Double.MAX_VALUE / 1e3}) {
            Colorimetry c = evaluator.evaluate(s.scaled(scale / 100), new CriReference.Auto());
            assertThat(c.xy().x()).isCloseTo(plain.xy().x(), within(1e-12));
            assertThat(c.ra()).isCloseTo(plain.ra(), within(1e-9));
            if (scale < 1e300) {
                assertThat(c.radiantPower() / scale * 100 / plain.radiantPower()).isCloseTo(1, within(1e-9));
            }
        }
    }

    @Test
    void spectraOutsideTheObserversAreRefused() {
        Spectrum uv = new Spectrum(new double[] {200, 250, 300}, new double[] {1, 2, 1});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluator.evaluate(uv, new CriReference.Auto()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the 360-830 nm");
    }
}
