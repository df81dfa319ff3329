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

/** {@link Ohno2013Cct}: the locus found again, points off it recovered along the normal, range errors. */
class Ohno2013CctTest {

    /** CCT of a point on the locus found again, relative: the fine table's interpolation error. */
    private static final double ON_LOCUS_CCT_RELATIVE = 1e-5;
    /** Duv of a point on the locus found again. */
    private static final double ON_LOCUS_DUV = 1e-7;
    /** CCT of a point off the locus (|Duv| up to 0.03) recovered, relative. */
    private static final double OFF_LOCUS_CCT_RELATIVE = 1e-4;
    /** Duv of a point off the locus recovered. */
    private static final double OFF_LOCUS_DUV = 2e-6;

    private static Ohno2013Cct ohno;
    private static PlanckianLocus locus;

    @BeforeAll
    static void setUp() {
        TristimulusIntegrator integrator =
                new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, WavelengthGrid.COMPUTATION);
        ohno = new Ohno2013Cct(integrator);
        locus = new PlanckianLocus(integrator);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1001, 1500, 2700, 3000, 4000, 5000, 6500, 10000, 25000, 60000, 99000})
    void findsPlanckianTemperatures(double t) {
        CctDuv r = ohno.cctDuv(locus.uv(t));
        assertThat(r.cctK()).isCloseTo(t, within(ON_LOCUS_CCT_RELATIVE * t));
        assertThat(r.duv()).isCloseTo(0, within(ON_LOCUS_DUV));
    }

    @Test
    void recoversPointsOffTheLocusAlongTheNormal() {
        Random random = new Random(42);
        for (int k = 0; k < 300; k++) {
            double t = 1000 * Math.pow(100, 0.02 + 0.96 * random.nextDouble());
            double duv = (random.nextDouble() * 2 - 1) * 0.03;
            CctDuv r = ohno.cctDuv(ohno.uvOf(t, duv));
            assertThat(r.cctK()).as("T=%s Duv=%s", t, duv).isCloseTo(t, within(OFF_LOCUS_CCT_RELATIVE * t));
            assertThat(r.duv()).as("T=%s Duv=%s", t, duv).isCloseTo(duv, within(OFF_LOCUS_DUV));
        }
    }

    @Test
    void theTriangularAndParabolicSolutionsJoinAtTheirBoundary() {
        // Ohno switches solution at |Duv| = 0.002: no step in CCT across it
        for (double t : new double[] {2000, 3000, 6500, 20000}) {
            double below = ohno.cctDuv(ohno.uvOf(t, 0.002 - 1e-9)).cctK();
            double above = ohno.cctDuv(ohno.uvOf(t, 0.002 + 1e-9)).cctK();
            assertThat(above).as("T=%s", t).isCloseTo(below, within(OFF_LOCUS_CCT_RELATIVE * t));
        }
    }

    @Test
    void outsideTheSupportedRangeIsAClearError() {
        Uv hot = locus.uv(400);
        assertThatThrownBy(() -> ohno.cctDuv(hot)).isInstanceOf(CctOutOfRangeException.class)
                .hasMessageContaining("below the supported range 1000-100000 K");
        Uv blue = locus.uv(1e7);
        assertThatThrownBy(() -> ohno.cctDuv(blue)).isInstanceOf(CctOutOfRangeException.class)
                .hasMessageContaining("above");
    }
}
