package org.hybridlight.colorimetry.cct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Robertson1968Cct} against {@link Ohno2013Cct}, the more accurate method, on random points. */
class Robertson1968CctTest {

    /** Robertson interpolates linearly between lines 10 to 25 mired apart: its CCT error, in mired. */
    private static final double INTERPOLATION_MIRED = 0.25;
    /** Robertson's Duv error from the same interpolation. */
    private static final double INTERPOLATION_DUV = 2e-4;

    private static TristimulusIntegrator integrator;
    private static Ohno2013Cct ohno;
    private static Robertson1968Cct robertson;
    private static PlanckianLocus locus;

    @BeforeAll
    static void setUp() {
        integrator = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, WavelengthGrid.COMPUTATION);
        ohno = new Ohno2013Cct(integrator);
        robertson = new Robertson1968Cct(integrator);
        locus = new PlanckianLocus(integrator);
    }

    @Test
    void agreesWithOhnoWithinItsInterpolationError() {
        Random random = new Random(7);
        for (int k = 0; k < 300; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.93 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.02;
            Uv q = ohno.uvOf(t, duv);
            CctDuv a = ohno.cctDuv(q);
            CctDuv b = robertson.cctDuv(q);
            assertThat(1e6 / b.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(1e6 / a.cctK(),
                    within(INTERPOLATION_MIRED));
            assertThat(b.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(a.duv(), within(INTERPOLATION_DUV));
        }
    }

    @Test
    void invertsToOhnosPointsAndFindsThemAgain() {
        Random random = new Random(11);
        for (int k = 0; k < 100; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.93 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.02;
            Uv a = ohno.uvOf(t, duv);
            Uv b = robertson.uvOf(t, duv);
            assertThat(b).isEqualTo(a);
            CctDuv back = robertson.cctDuv(b);
            assertThat(1e6 / back.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(1e6 / t, within(INTERPOLATION_MIRED));
            assertThat(back.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(duv, within(INTERPOLATION_DUV));
        }
        assertThatThrownBy(() -> robertson.uvOf(500, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000-100000 K");
    }

    @Test
    void outsideTheSupportedRangeIsAClearError() {
        assertThatThrownBy(() -> robertson.cctDuv(locus.uv(400))).isInstanceOf(CctOutOfRangeException.class);
        assertThatThrownBy(() -> robertson.cctDuv(locus.uv(1e7))).isInstanceOf(CctOutOfRangeException.class);
    }
}
