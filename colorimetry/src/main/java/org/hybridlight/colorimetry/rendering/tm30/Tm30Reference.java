package org.hybridlight.colorimetry.rendering.tm30;

import static org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition.SAMPLES;
import static org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition.SUMS;
import static org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition.Y_WHITE;

import java.util.function.UnaryOperator;
import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.LnTemperatureTable;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * The reference illuminant of ANSI/IES TM-30-18 (that of CIE 224:2017; A. David et al., Opt. Express 23(12),
 * 15888–15906 (2015), doi:10.1364/OE.23.015888) at a CCT: a blackbody below 4000 K, CIE daylight above 5000 K, a mix
 * of both normalized to equal Y₁₀ between. Gives the 99 samples' planar sums under it computed directly, and for the
 * hot path their J′a′b′ read from tables in ln T (daylight sums are linear in S0, S1, S2).
 */
final class Tm30Reference {

    private static final double BLACKBODY_BELOW_K = 4000;
    private static final double DAYLIGHT_ABOVE_K = 5000;
    /** Where CIE daylight's x_D changes formula. */
    private static final double DAYLIGHT_BRANCH_K = 7000;
    /** Step of the reference J′a′b′ tables in ln T; four-point interpolation error stays below 1e-9 in J′a′b′. */
    private static final double JAB_LN_STEP = 0.004;

    /** A spectrum on {@link Tm30ColourRendition#grid()} to its planar sums ({@link Tm30ColourRendition#SUMS}). */
    private final UnaryOperator<double[]> sampleSums;
    private final PlanckianRadiator.OnGrid blackbody = new PlanckianRadiator.OnGrid(Tm30ColourRendition.grid());
    private final double[] s0;
    private final double[] s1;
    private final double[] s2;
    /** J′a′b′ of the 99 samples under the reference, per segment of the TM-30 rule: blackbody, blend, daylight. */
    private final LnTemperatureTable[] jab;

    /** Builds the tables with {@code sampleSums}, a spectrum on the TM-30 grid to its planar sums. */
    Tm30Reference(UnaryOperator<double[]> sampleSums) {
        this.sampleSums = sampleSums;
        WavelengthGrid grid = Tm30ColourRendition.grid();
        SpectralTable d = CieData.daylightComponents();
        s0 = sampleSums.apply(new Spectrum(d.wavelengthsNm(), d.column("S0")).valuesOn(grid));
        s1 = sampleSums.apply(new Spectrum(d.wavelengthsNm(), d.column("S1")).valuesOn(grid));
        s2 = sampleSums.apply(new Spectrum(d.wavelengthsNm(), d.column("S2")).valuesOn(grid));
        // the reference side depends on the CCT alone: its CIECAM02 is tabulated too, one table per segment of
        // the rule, each extended smoothly past its ends so no stencil straddles the kinks at 4000 and 5000 K
        // (daylight here with unrounded M1, M2, split at the 7000 K branch of x_D: smooth in T)
        jab = new LnTemperatureTable[] {
            new LnTemperatureTable(CctMethod.MIN_CCT_K, BLACKBODY_BELOW_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> Tm30ColourRendition.jab(blackbodySums(t))),
            new LnTemperatureTable(BLACKBODY_BELOW_K, DAYLIGHT_ABOVE_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> Tm30ColourRendition.jab(blendSums(t, CieDaylight.smoothComponentWeights(t, true)))),
            new LnTemperatureTable(DAYLIGHT_ABOVE_K, DAYLIGHT_BRANCH_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> Tm30ColourRendition.jab(daylightSums(CieDaylight.smoothComponentWeights(t, true)))),
            new LnTemperatureTable(DAYLIGHT_BRANCH_K, CieDaylight.MAX_CCT_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> Tm30ColourRendition.jab(daylightSums(CieDaylight.smoothComponentWeights(t, false))))};
    }

    /** The samples' J′a′b′ ({@code [3 j + c]}) under the reference at {@code cctK}, from its segment's table. */
    void jabInto(double cctK, double[] out) {
        int segment = cctK < BLACKBODY_BELOW_K ? 0 : cctK <= DAYLIGHT_ABOVE_K ? 1 : cctK <= DAYLIGHT_BRANCH_K ? 2 : 3;
        jab[segment].valueInto(cctK, out);
    }

    /** Reference sums at {@code cctK} by the TM-30-18 rule, computed directly (for tests of the tables). */
    double[] sums(double cctK) {
        if (cctK < BLACKBODY_BELOW_K) {
            return blackbodySums(cctK);
        }
        if (cctK > DAYLIGHT_ABOVE_K) {
            return daylightSums(CieDaylight.componentWeights(cctK));
        }
        return blendSums(cctK, CieDaylight.componentWeights(cctK));
    }

    /** The reference's label, e.g. "blackbody:3000 K". */
    static String label(double cctK) {
        String k = CriReference.kelvin(cctK);
        return cctK < BLACKBODY_BELOW_K ? "blackbody:" + k : cctK > DAYLIGHT_ABOVE_K ? "daylight:" + k
                : "blend:" + k;
    }

    /**
     * Blackbody sums computed directly: only the J′a′b′ tables' nodes (about 900) and the tests' direct path need
     * them, so a table of sums (1,600 rows, the setup's largest cost) would not pay.
     */
    private double[] blackbodySums(double t) {
        double[] s = new double[Tm30ColourRendition.grid().size()];
        blackbody.exitanceInto(t, s);
        return sampleSums.apply(s);
    }

    private double[] daylightSums(double[] m) {
        double[] out = new double[SUMS];
        for (int k = 0; k < SUMS; k++) {
            out[k] = s0[k] + m[0] * s1[k] + m[1] * s2[k];
        }
        return out;
    }

    /** The 4000–5000 K mix of blackbody and daylight, each normalized to Y10 = 1 (linear in the sums). */
    private double[] blendSums(double cctK, double[] daylightWeights) {
        double[] p = blackbodySums(cctK);
        double[] d = daylightSums(daylightWeights);
        double m = (cctK - BLACKBODY_BELOW_K) / (DAYLIGHT_ABOVE_K - BLACKBODY_BELOW_K);
        double[] out = new double[SUMS];
        for (int k = 0; k < SUMS; k++) {
            out[k] = (1 - m) * p[k] / p[Y_WHITE] + m * d[k] / d[Y_WHITE];
        }
        return out;
    }
}
