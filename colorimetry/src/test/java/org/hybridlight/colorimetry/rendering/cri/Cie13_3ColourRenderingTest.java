package org.hybridlight.colorimetry.rendering.cri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.INDEX_ROUNDING;
import static org.hybridlight.colorimetry.Tolerances.ROUNDING;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Cie13_3ColourRendering}: perfect rendering of its own references, the tabulated references, validity, scale. */
class Cie13_3ColourRenderingTest {

    /** Ra of a Planckian source against its automatic reference (the reference interpolated, 0.1 % CCT steps). */
    private static final double SELF_RA = 0.01;
    /** Each R_i of a Planckian source against its automatic reference. */
    private static final double SELF_RI = 0.02;
    /** Ra of CIE daylight against its automatic reference (M1, M2 rounded to three decimals by the CIE rule). */
    private static final double SELF_RA_DAYLIGHT = 0.05;
    /** R_i from the interpolated blackbody table against the direct computation (the class documents 10⁻⁶). */
    private static final double TABLE_RI = 1e-6;


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
        assertThat(c.ra()).isCloseTo(100, within(SELF_RA));
        for (double r : c.colourRendering().r()) {
            assertThat(r).isCloseTo(100, within(SELF_RI));
        }
        assertThat(c.colourRendering().reference()).startsWith("blackbody:");
        assertThat(c.colourRendering().valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {5100, 6504, 9000, 20000})
    void daylightSourceRendersPerfectlyAgainstAutomaticDaylight(double t) {
        Colorimetry c = evaluator.evaluate(CieDaylight.spectrum(t), new CriReference.Auto());
        assertThat(c.ra()).isCloseTo(100, within(SELF_RA_DAYLIGHT));
        assertThat(c.colourRendering().reference()).startsWith("daylight:");
    }

    @Test
    void fixedReferenceEqualsItselfAndDiffersFromOthers() {
        Spectrum bb = PlanckianRadiator.spectrum(3000, WavelengthGrid.COMPUTATION);
        assertThat(evaluator.evaluate(bb, new CriReference.Blackbody(3000)).ra()).isCloseTo(100, within(INDEX_ROUNDING));
        assertThat(evaluator.evaluate(bb, new CriReference.Tabulated("bb.csv", bb)).ra())
                .isCloseTo(100, within(INDEX_ROUNDING));
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
                assertThat(auto.colourRendering().r(i)).isCloseTo(fixed.colourRendering().r(i), within(TABLE_RI));
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
            assertThat(c.xy().x()).isCloseTo(plain.xy().x(), within(ROUNDING));
            assertThat(c.ra()).isCloseTo(plain.ra(), within(INDEX_ROUNDING));
            if (scale < 1e300) {
                assertThat(c.radiantPower() / scale * 100 / plain.radiantPower()).isCloseTo(1, within(ROUNDING));
            }
        }
    }

    @Test
    void spectraOutsideTheObserversAreRefused() {
        Spectrum uv = new Spectrum(new double[] {200, 250, 300}, new double[] {1, 2, 1});
        assertThatThrownBy(() -> evaluator.evaluate(uv, new CriReference.Auto()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the 360-830 nm");
    }

    @Test
    void theMethodAloneGivesWhatTheEvaluatorGives() {
        Cie13_3ColourRendering cri = new Cie13_3ColourRendering(
                new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, WavelengthGrid.COMPUTATION));
        Spectrum f = PlanckianRadiator.spectrum(2700, WavelengthGrid.COMPUTATION);
        double[] tinted = f.values();
        for (int i = 0; i < tinted.length; i++) {
            tinted[i] *= 1 + 0.3 * Math.sin(i / 15.0);
        }
        Spectrum s = Spectrum.onGrid(WavelengthGrid.COMPUTATION, tinted);
        Colorimetry viaEvaluator = evaluator.evaluate(s, new CriReference.Blackbody(2700));
        ColourRendering direct =
                cri.evaluate(tinted, viaEvaluator.cctDuv(), cri.prepare(new CriReference.Blackbody(2700)));
        assertThat(direct.ra()).isCloseTo(viaEvaluator.ra(), within(INDEX_ROUNDING));
        for (int i = 1; i <= 14; i++) {
            assertThat(direct.r(i)).isCloseTo(viaEvaluator.colourRendering().r(i), within(INDEX_ROUNDING));
        }
        assertThat(direct.reference()).isEqualTo("blackbody:2700");
        assertThat(direct.ra()).isLessThan(99);
    }

    @Test
    void resultsAndPreparedReferencesAreValuesComparedByContent() {
        Cie13_3ColourRendering cri = new Cie13_3ColourRendering(
                new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, WavelengthGrid.COMPUTATION));
        Cie13_3ColourRendering.PreparedReference a = cri.prepare(new CriReference.Blackbody(3000));
        Cie13_3ColourRendering.PreparedReference b = cri.prepare(new CriReference.Blackbody(3000));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(cri.prepare(new CriReference.Blackbody(3100)));
        double[] sums = a.sums();
        sums[0] = -1;
        assertThat(a).isEqualTo(b);
        double[] r = new double[14];
        java.util.Arrays.fill(r, 90);
        ColourRendering x = new ColourRendering(90, r, "blackbody:3000", true);
        r[0] = 0;
        ColourRendering y = new ColourRendering(90, x.r(), "blackbody:3000", true);
        assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
        assertThat(x.r(1)).isEqualTo(90);
        assertThat(x.toString()).contains("90.0, 90.0");
        x.r()[1] = 0;
        assertThat(x.r(2)).isEqualTo(90);
    }
}
