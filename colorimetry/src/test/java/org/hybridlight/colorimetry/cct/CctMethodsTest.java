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

class CctMethodsTest {

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

    @ParameterizedTest
    @ValueSource(doubles = {1001, 1500, 2700, 3000, 4000, 5000, 6500, 10000, 25000, 60000, 99000})
    void ohnoFindsPlanckianTemperatures(double t) {
        CctDuv r = ohno.cctDuv(locus.uv(t));
        assertThat(r.cctK()).isCloseTo(t, within(1e-5 * t));
        assertThat(r.duv()).isCloseTo(0, within(1e-7));
    }

    @Test
    void ohnoRecoversPointsOffTheLocusAlongTheNormal() {
        Random random = new Random(42);
        for (int k = 0; k < 300; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.96 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.03;
            Uv q = offLocus(t, duv);
            CctDuv r = ohno.cctDuv(q);
            assertThat(r.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(t, within(1e-4 * t));
            assertThat(r.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(duv, within(2e-6));
        }
    }

    @Test
    void ohnoAndRobertsonAgree() {
        Random random = new Random(7);
        for (int k = 0; k < 300; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.93 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.02;
            Uv q = offLocus(t, duv);
            CctDuv a = ohno.cctDuv(q);
            CctDuv b = robertson.cctDuv(q);
            // Robertson interpolates linearly between lines 10 to 25 mired apart: agreement within 0.25 mired
            assertThat(1e6 / b.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(1e6 / a.cctK(), within(0.25));
            assertThat(b.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(a.duv(), within(2e-4));
        }
    }

    @Test
    void bothMethodsInvertToTheSamePointsAndFindThemAgain() {
        Random random = new Random(11);
        for (int k = 0; k < 100; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.93 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.02;
            Uv a = ohno.uvOf(t, duv);
            Uv b = robertson.uvOf(t, duv);
            assertThat(b).isEqualTo(a);
            CctDuv back = robertson.cctDuv(b);
            // within Robertson's interpolation error (see ohnoAndRobertsonAgree)
            assertThat(1e6 / back.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(1e6 / t, within(0.25));
            assertThat(back.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(duv, within(2e-4));
        }
        assertThatThrownBy(() -> robertson.uvOf(500, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000-100000 K");
    }

    private static Uv offLocus(double t, double duv) {
        return ohno.uvOf(t, duv);
    }

    @Test
    void outsideTheSupportedRangeIsAClearError() {
        Uv hot = locus.uv(400);
        assertThatThrownBy(() -> ohno.cctDuv(hot)).isInstanceOf(CctOutOfRangeException.class)
                .hasMessageContaining("below the supported range 1000-100000 K");
        assertThatThrownBy(() -> robertson.cctDuv(hot)).isInstanceOf(CctOutOfRangeException.class);
        Uv blue = locus.uv(1e7);
        assertThatThrownBy(() -> ohno.cctDuv(blue)).isInstanceOf(CctOutOfRangeException.class)
                .hasMessageContaining("above");
        assertThatThrownBy(() -> robertson.cctDuv(blue)).isInstanceOf(CctOutOfRangeException.class);
    }
}
