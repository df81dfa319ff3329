package org.hybridlight.colorimetry.rendering.tm30;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hybridlight.colorimetry.cam.Ciecam02;
import org.hybridlight.colorimetry.cam.ColourFidelityCam02Ucs;
import org.junit.jupiter.api.Test;

/**
 * TM-30 with the test samples' CAM02-UCS from {@link ColourFidelityCam02Ucs} (what {@link
 * Tm30ColourRendition#evaluate} uses) against the same with the reference {@link Ciecam02}, on random spectra
 * from smooth to narrow-band: the fast path must not move any index by more than rounding would.
 */
class Tm30FastCamTest {

    /** Rf, Rg and each hue bin's Rf,hj, the two routes: 10^8 times below the golden 0.1 (measured: 2e-12). */
    private static final double FAST_CAM_INDEX = 1e-9;
    /** A hue bin's chroma shift (fraction) and hue shift (radians). */
    private static final double FAST_CAM_SHIFT = 1e-10;
    private static final int SPECTRA = 300;

    @Test
    void fastCamGivesTheReferenceCamsIndices() {
        Tm30ColourRendition tm30 = new Tm30ColourRendition();
        SplittableRandom random = new SplittableRandom(30);
        int n = Tm30ColourRendition.grid().size();
        double worstIndex = 0;
        double worstShift = 0;
        int finite = 0;
        for (int s = 0; s < SPECTRA; s++) {
            double[] v = randomSpectrum(random, n);
            double cct = Math.exp(random.nextDouble(Math.log(1000), Math.log(25000)));
            Tm30Result fast = tm30.evaluate(v, cct);
            Tm30Result direct = tm30.evaluateWithReferenceCam(v, cct);
            assertThat(fast.reference()).isEqualTo(direct.reference());
            finite += Double.isNaN(direct.rf()) ? 0 : 1;
            worstIndex = Math.max(worstIndex, gap(fast.rf(), direct.rf()));
            worstIndex = Math.max(worstIndex, gap(fast.rg(), direct.rg()));
            for (int b = 0; b < Tm30ColourRendition.BINS; b++) {
                worstIndex = Math.max(worstIndex, gap(fast.rfHj()[b], direct.rfHj()[b]));
                worstShift = Math.max(worstShift, gap(fast.rcsHj()[b], direct.rcsHj()[b]));
                worstShift = Math.max(worstShift, gap(fast.rhsHj()[b], direct.rhsHj()[b]));
            }
        }
        assertThat(finite).as("spectra with an Rf").isGreaterThan(SPECTRA * 9 / 10);
        assertThat(worstIndex).as("max |ΔRf|, |ΔRg|, |ΔRf,hj|").isLessThan(FAST_CAM_INDEX);
        assertThat(worstShift).as("max |ΔRcs,hj|, |ΔRhs,hj|").isLessThan(FAST_CAM_SHIFT);
    }

    @Test
    void hueBinsAreThoseOfTheHueAngle() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 200_000; i++) {
            double a = random.nextDouble(-40, 40);
            double b = random.nextDouble(-40, 40);
            assertThat(Tm30ColourRendition.hueBin(a, b)).as("bin of (%s, %s)", a, b).isEqualTo(binByAngle(a, b));
        }
        // the axes and the origin, with both signs of zero
        for (double[] p : new double[][] {{1, 0}, {1, -0.0}, {0, 1}, {-1, 0}, {-1, -0.0}, {0, -1}, {0, 0}, {-0.0, 0},
            {-0.0, -0.0}, {1, -1e-300}}) {
            assertThat(Tm30ColourRendition.hueBin(p[0], p[1])).as("bin of (%s, %s)", p[0], p[1])
                    .isEqualTo(binByAngle(p[0], p[1]));
        }
    }

    /** TM-30's definition: ⌊h / (2π / 16)⌋ of h = atan2(b′, a′) taken into [0, 2π). */
    private static int binByAngle(double a, double b) {
        double hue = Math.atan2(b, a);
        if (hue < 0) {
            hue += 2 * Math.PI;
        }
        return Math.min(Tm30ColourRendition.BINS - 1, (int) Math.floor(hue / (2 * Math.PI / Tm30ColourRendition.BINS)));
    }

    /**
     * |a − b|, and 0 when both are NaN: some narrow-band spectra have no CIECAM02 value by either route (a
     * negative achromatic response), and near 1000 K some hue bins hold no sample (their chroma shift is 0 / 0);
     * infinite when only one is NaN.
     */
    private static double gap(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b);
    }

    /** One to four Gaussian bands (5–120 nm wide) over an optional flat floor, at a random overall scale. */
    private static double[] randomSpectrum(SplittableRandom random, int n) {
        double[] v = new double[n];
        double floor = random.nextBoolean() ? random.nextDouble(0, 0.2) : 0;
        int bands = 1 + random.nextInt(4);
        double scale = Math.exp(random.nextDouble(-10, 10));
        double[] peak = new double[bands];
        double[] width = new double[bands];
        double[] height = new double[bands];
        for (int k = 0; k < bands; k++) {
            peak[k] = random.nextDouble(400, 680);
            width[k] = random.nextDouble(5, 120);
            height[k] = random.nextDouble(0.1, 1);
        }
        for (int i = 0; i < n; i++) {
            double wl = 380 + i;
            double e = floor;
            for (int k = 0; k < bands; k++) {
                double d = (wl - peak[k]) / width[k];
                e += height[k] * Math.exp(-0.5 * d * d);
            }
            v[i] = scale * e;
        }
        return v;
    }
}
