package org.hybridlight.colorimetry.rendering.tm30;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.colorimetry.Tolerances.TM30_INDEX;

import java.io.IOException;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.ReferenceCases;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Tm30ColourRendition}: Rf and Rg of every golden case within the README's 0.1; its own references. */
class Tm30ColourRenditionTest {

    /** Rf, Rg of a source against itself as reference (daylight M1, M2 rounded to three decimals). */
    private static final double SELF_INDEX = 0.05;
    /** Each bin's chroma shift of a source against itself, fraction. */
    private static final double SELF_CHROMA_SHIFT = 1e-3;

    private static SpectrumEvaluator evaluator;
    private static Tm30ColourRendition tm30;

    @BeforeAll
    static void setUp() {
        evaluator = new SpectrumEvaluator();
        tm30 = new Tm30ColourRendition();
    }

    static List<ReferenceCases.Case> cases() throws IOException {
        return ReferenceCases.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rfAndRgMatchIndependentValues(ReferenceCases.Case c) {
        double cct = evaluator.evaluate(c.spectrum(), new CriReference.Auto()).cctK();
        Tm30Result r = tm30.evaluate(c.spectrum().valuesOn(Tm30ColourRendition.grid()), cct);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.rf()).as("Rf").isCloseTo(c.expected().get("rf").asDouble(), within(TM30_INDEX));
        soft.assertThat(r.rg()).as("Rg").isCloseTo(c.expected().get("rg").asDouble(), within(TM30_INDEX));
        soft.assertAll();
        assertThat(r.rfHj()).hasSize(16);
    }

    @Test
    void planckianAndDaylightSourcesRenderPerfectly() {
        for (double t : new double[] {2700, 3900, 5500, 9000}) {
            Spectrum s = t < 4000 ? PlanckianRadiator.spectrum(t, WavelengthGrid.COMPUTATION) : CieDaylight.spectrum(t);
            Colorimetry c = evaluator.evaluate(s, new CriReference.Auto());
            assertThat(c.rf()).as("Rf at %s K", t).isCloseTo(100, within(SELF_INDEX));
            assertThat(c.rg()).as("Rg at %s K", t).isCloseTo(100, within(SELF_INDEX));
            for (double rcs : c.tm30().rcsHj()) {
                assertThat(rcs).isCloseTo(0, within(SELF_CHROMA_SHIFT));
            }
        }
    }

    @Test
    void aNarrowBandWhiteLosesFidelityAndShiftsChroma() {
        double[] v = new double[471];
        for (int i = 0; i < v.length; i++) {
            double wl = 360 + i;
            v[i] = Math.exp(-0.5 * Math.pow((wl - 450) / 8, 2)) + 1.3 * Math.exp(-0.5 * Math.pow((wl - 540) / 8, 2))
                    + 1.2 * Math.exp(-0.5 * Math.pow((wl - 615) / 8, 2));
        }
        Colorimetry c = evaluator.evaluate(Spectrum.regular(360, 1, v), new CriReference.Auto());
        assertThat(c.rf()).isLessThan(80);
        double largest = 0;
        for (double rcs : c.tm30().rcsHj()) {
            largest = Math.max(largest, Math.abs(rcs));
        }
        assertThat(largest).isGreaterThan(0.05);
    }

    @Test
    void resultsAreValuesComparedByContentAndKeepTheirArrays() {
        Tm30Result a = tm30.evaluate(PlanckianRadiator.spectrum(3000, Tm30ColourRendition.grid()).values(), 3000);
        Tm30Result b = tm30.evaluate(PlanckianRadiator.spectrum(3000, Tm30ColourRendition.grid()).values(), 3000);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(tm30.evaluate(PlanckianRadiator.spectrum(3100, Tm30ColourRendition.grid()).values(),
                3100));
        a.rfHj()[0] = -1;
        a.testABin()[0][0] = -1;
        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).contains("rf=").contains("blackbody:3000");
    }
}
