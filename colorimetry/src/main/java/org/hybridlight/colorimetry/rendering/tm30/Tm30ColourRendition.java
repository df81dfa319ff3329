package org.hybridlight.colorimetry.rendering.tm30;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.cam.Ciecam02;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.LnTemperatureTable;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;

/**
 * Colour rendition by ANSI/IES TM-30-18, "IES Method for Evaluating Light Source Color Rendition", whose fidelity
 * index Rf is that of CIE 224:2017, "CIE 2017 Colour Fidelity Index for accurate scientific use" (the method is published in A. David et al.,
 * "Development of the IES method for evaluating the color rendition of light sources", Opt. Express 23(12),
 * 15888–15906 (2015), doi:10.1364/OE.23.015888; the standards themselves carry no DOI): the 99 colour
 * evaluation samples (1 nm, 380–780 nm) under the test source and a reference at the same CCT (a blackbody
 * below 4000 K, CIE daylight above 5000 K, a mix of both normalized to equal Y₁₀ between), CIE 1964 10°
 * tristimulus values, CIECAM02 (L_A = 100 cd/m², Y_b = 20, average surround, D = 1) and CAM02-UCS (Luo, Cui and
 * Li, Color Res. Appl. 31, 320, 2006, doi:10.1002/col.20227); Rf = 10 ln(exp((100 − 6.73 ΔE′)/10) + 1) with ΔE′ the mean CAM02-UCS
 * difference; Rg = 100 × the area of the test polygon of 16 hue-bin averages over that of the reference.
 *
 * <p>The sample sums are one banded matrix–vector product with a table built once; blackbody sums come from a
 * table in ln T and daylight sums are linear in S0, S1, S2, as in {@link Cie13_3ColourRendering}. Immutable and
 * thread-safe.
 */
public final class Tm30ColourRendition {

    /** Scale factor of TM-30-18 / CIE 224:2017 between ΔE′ and Rf. */
    public static final double SCALE_FACTOR = 6.73;
    public static final int BINS = 16;
    static final int SAMPLES = 99;
    /** Sums per illuminant: X10, Y10, Z10 of the illuminant, then of each sample; padded to a multiple of 8. */
    static final int SUMS = 304;
    private static final WavelengthGrid GRID = new WavelengthGrid(380, 780, 1);
    private static final double LN_STEP = 0.001;
    /** Step of the reference J′a′b′ tables in ln T; four-point interpolation error stays below 1e-9 in J′a′b′. */
    private static final double JAB_LN_STEP = 0.004;
    private static final double BLACKBODY_BELOW_K = 4000;
    private static final double DAYLIGHT_ABOVE_K = 5000;
    /** Where CIE daylight's x_D changes formula. */
    private static final double DAYLIGHT_BRANCH_K = 7000;

    private final int n;
    /** [block of 8 sums][λ][8]. */
    private final double[] weights;
    private final double[] s0;
    private final double[] s1;
    private final double[] s2;
    private final LnTemperatureTable planckTable;
    /** J′a′b′ of the 99 samples under the reference, per segment of the TM-30 rule: blackbody, blend, daylight. */
    private final LnTemperatureTable[] referenceJab;

    public Tm30ColourRendition() {
        n = GRID.size();
        double[] wl = GRID.wavelengthsNm();
        SpectralTable cmf = StandardObserver.CIE_1964_10_DEGREE.colourMatchingFunctions();
        double[] xb = TristimulusIntegrator.onGridOrZero(cmf, 0, wl);
        double[] yb = TristimulusIntegrator.onGridOrZero(cmf, 1, wl);
        double[] zb = TristimulusIntegrator.onGridOrZero(cmf, 2, wl);
        SpectralTable ces = CieData.colourEvaluationSamples();
        if (ces.columns().length != SAMPLES) {
            throw new IllegalStateException("expected 99 colour evaluation samples, found " + ces.columns().length);
        }
        double[][] r = new double[SAMPLES][];
        for (int j = 0; j < SAMPLES; j++) {
            r[j] = new Spectrum(ces.wavelengthsNm(), ces.column(j)).valuesOn(GRID);
        }
        weights = new double[n * SUMS];
        double[] row = new double[SUMS];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(row, 0);
            row[0] = xb[i];
            row[1] = yb[i];
            row[2] = zb[i];
            for (int j = 0; j < SAMPLES; j++) {
                row[3 + 3 * j] = r[j][i] * xb[i];
                row[4 + 3 * j] = r[j][i] * yb[i];
                row[5 + 3 * j] = r[j][i] * zb[i];
            }
            for (int k = 0; k < SUMS; k++) {
                weights[(k / 8) * n * 8 + i * 8 + k % 8] = row[k];
            }
        }
        SpectralTable d = CieData.daylightComponents();
        s0 = sums(new Spectrum(d.wavelengthsNm(), d.column("S0")).valuesOn(GRID));
        s1 = sums(new Spectrum(d.wavelengthsNm(), d.column("S1")).valuesOn(GRID));
        s2 = sums(new Spectrum(d.wavelengthsNm(), d.column("S2")).valuesOn(GRID));
        planckTable = new LnTemperatureTable(CctMethod.MIN_CCT_K, DAYLIGHT_ABOVE_K, LN_STEP, SUMS,
                this::blackbodySums);
        // the reference side depends on the CCT alone: its CIECAM02 is tabulated too, one table per segment of
        // the rule, each extended smoothly past its ends so no stencil straddles the kinks at 4000 and 5000 K
        // (daylight here with unrounded M1, M2, split at the 7000 K branch of x_D: smooth in T)
        referenceJab = new LnTemperatureTable[] {
            new LnTemperatureTable(CctMethod.MIN_CCT_K, BLACKBODY_BELOW_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> jab(planckSums(t))),
            new LnTemperatureTable(BLACKBODY_BELOW_K, DAYLIGHT_ABOVE_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> jab(blendSums(t, CieDaylight.smoothComponentWeights(t, true)))),
            new LnTemperatureTable(DAYLIGHT_ABOVE_K, DAYLIGHT_BRANCH_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> jab(daylightSums(CieDaylight.smoothComponentWeights(t, true)))),
            new LnTemperatureTable(DAYLIGHT_BRANCH_K, CieDaylight.MAX_CCT_K, JAB_LN_STEP, 3 * SAMPLES,
                    t -> jab(daylightSums(CieDaylight.smoothComponentWeights(t, false))))};
    }

    /** The grid TM-30 works on: 380–780 nm, 1 nm. */
    public static WavelengthGrid grid() {
        return GRID;
    }

    private double[] sums(double[] s) {
        double[] out = new double[SUMS];
        for (int b = 0; b < SUMS / 8; b++) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            double a4 = 0;
            double a5 = 0;
            double a6 = 0;
            double a7 = 0;
            int o = b * n * 8;
            for (int i = 0; i < n; i++, o += 8) {
                double si = s[i];
                a0 += si * weights[o];
                a1 += si * weights[o + 1];
                a2 += si * weights[o + 2];
                a3 += si * weights[o + 3];
                a4 += si * weights[o + 4];
                a5 += si * weights[o + 5];
                a6 += si * weights[o + 6];
                a7 += si * weights[o + 7];
            }
            int k = b * 8;
            out[k] = a0;
            out[k + 1] = a1;
            out[k + 2] = a2;
            out[k + 3] = a3;
            out[k + 4] = a4;
            out[k + 5] = a5;
            out[k + 6] = a6;
            out[k + 7] = a7;
        }
        return out;
    }

    private double[] blackbodySums(double t) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = PlanckianRadiator.spectralExitanceWPerM2Nm(GRID.wavelengthNm(i), t);
        }
        return sums(s);
    }

    private double[] planckSums(double t) {
        double[] out = new double[SUMS];
        planckTable.valueInto(t, out);
        return out;
    }

    private double[] daylightSums(double cctK) {
        return daylightSums(CieDaylight.componentWeights(cctK));
    }

    private double[] daylightSums(double[] m) {
        double[] out = new double[SUMS];
        for (int k = 0; k < SUMS; k++) {
            out[k] = s0[k] + m[0] * s1[k] + m[1] * s2[k];
        }
        return out;
    }

    /** Reference sums at {@code cctK} by the TM-30-18 rule, and its label. */
    private double[] referenceSums(double cctK) {
        if (cctK < BLACKBODY_BELOW_K) {
            return planckSums(cctK);
        }
        if (cctK > DAYLIGHT_ABOVE_K) {
            return daylightSums(cctK);
        }
        return blendSums(cctK, CieDaylight.componentWeights(cctK));
    }

    /** The 4000–5000 K mix of blackbody and daylight, each normalized to Y10 = 1 (linear in the sums). */
    private double[] blendSums(double cctK, double[] daylightWeights) {
        double[] p = planckSums(cctK);
        double[] d = daylightSums(daylightWeights);
        double m = (cctK - BLACKBODY_BELOW_K) / (DAYLIGHT_ABOVE_K - BLACKBODY_BELOW_K);
        double[] out = new double[SUMS];
        for (int k = 0; k < SUMS; k++) {
            out[k] = (1 - m) * p[k] / p[1] + m * d[k] / d[1];
        }
        return out;
    }

    static String referenceLabel(double cctK) {
        String k = CriReference.kelvin(cctK);
        return cctK < BLACKBODY_BELOW_K ? "blackbody:" + k : cctK > DAYLIGHT_ABOVE_K ? "daylight:" + k
                : "blend:" + k;
    }

    /**
     * TM-30-18 colour rendition of a source given on {@link #grid()}, with its CCT (Ohno 2013, CIE 1931 2°).
     * CCTs above 25000 K have no CIE daylight reference and are refused.
     */
    public Tm30Result evaluate(double[] testOnGrid, double cctK) {
        if (!(cctK >= CctMethod.MIN_CCT_K && cctK <= CieDaylight.MAX_CCT_K)) {
            throw new IllegalArgumentException("TM-30 needs a CCT of 1000-25000 K, got " + cctK + " K");
        }
        double[] jabTest = jab(sums(testOnGrid));
        double[] jabRef = new double[3 * SAMPLES];
        int segment = cctK < BLACKBODY_BELOW_K ? 0 : cctK <= DAYLIGHT_ABOVE_K ? 1 : cctK <= DAYLIGHT_BRANCH_K ? 2 : 3;
        referenceJab[segment].valueInto(cctK, jabRef);
        return fromJab(jabTest, jabRef, referenceLabel(cctK));
    }

    /** The same as {@link #evaluate} with the reference computed directly, not read from its table (for tests). */
    Tm30Result evaluateDirect(double[] testOnGrid, double cctK) {
        return fromJab(jab(sums(testOnGrid)), jab(referenceSums(cctK)), referenceLabel(cctK));
    }

    /** Rf, Rg and the hue bins from the samples' J′a′b′ under test and reference ({@code [3 j + c]}). */
    Tm30Result fromJab(double[] jabTest, double[] jabRef, String label) {
        double[] sumDe = new double[BINS];
        int[] count = new int[BINS];
        double[][] binRef = new double[BINS][2];
        double[][] binTest = new double[BINS][2];
        double total = 0;
        for (int j = 0; j < SAMPLES; j++) {
            int o = 3 * j;
            double dj = jabTest[o] - jabRef[o];
            double da = jabTest[o + 1] - jabRef[o + 1];
            double db = jabTest[o + 2] - jabRef[o + 2];
            double de = Math.sqrt(dj * dj + da * da + db * db);
            total += de;
            double hue = Math.atan2(jabRef[o + 2], jabRef[o + 1]);
            if (hue < 0) {
                hue += 2 * Math.PI;
            }
            int bin = Math.min(BINS - 1, (int) Math.floor(hue / (2 * Math.PI / BINS)));
            sumDe[bin] += de;
            count[bin]++;
            binRef[bin][0] += jabRef[o + 1];
            binRef[bin][1] += jabRef[o + 2];
            binTest[bin][0] += jabTest[o + 1];
            binTest[bin][1] += jabTest[o + 2];
        }
        double rf = fidelity(total / SAMPLES);
        double[] rfHj = new double[BINS];
        double[] rcs = new double[BINS];
        double[] rhs = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            int c = Math.max(1, count[b]);
            binRef[b][0] /= c;
            binRef[b][1] /= c;
            binTest[b][0] /= c;
            binTest[b][1] /= c;
            rfHj[b] = fidelity(sumDe[b] / c);
            double chromaRef = Math.hypot(binRef[b][0], binRef[b][1]);
            double theta = Math.atan2(binRef[b][1], binRef[b][0]);
            double da = binTest[b][0] - binRef[b][0];
            double db = binTest[b][1] - binRef[b][1];
            rcs[b] = (da * Math.cos(theta) + db * Math.sin(theta)) / chromaRef;
            rhs[b] = (-da * Math.sin(theta) + db * Math.cos(theta)) / chromaRef;
        }
        double rg = 100 * area(binTest) / area(binRef);
        return new Tm30Result(rf, rg, rfHj, rcs, rhs, binRef, binTest, label);
    }

    private static double fidelity(double meanDe) {
        return 10 * Math.log(Math.exp((100 - SCALE_FACTOR * meanDe) / 10) + 1);
    }

    /** Shoelace area of the polygon through the bin averages in hue order. */
    private static double area(double[][] p) {
        double a = 0;
        for (int i = 0; i < p.length; i++) {
            double[] q = p[i];
            double[] r = p[(i + 1) % p.length];
            a += q[0] * r[1] - r[0] * q[1];
        }
        return Math.abs(a) / 2;
    }

    /**
     * J′, a′, b′ of the 99 samples ({@code [3 j + c]}) from an illuminant's sums, normalized so that the white has
     * Y10 = 100.
     */
    private static double[] jab(double[] sums) {
        double k = 100 / sums[1];
        double[] white = {sums[0] * k, 100, sums[2] * k};
        Ciecam02 cam = Ciecam02.forColourFidelity(white);
        double[] out = new double[3 * SAMPLES];
        for (int j = 0; j < SAMPLES; j++) {
            cam.jabUcs(sums[3 + 3 * j] * k, sums[4 + 3 * j] * k, sums[5 + 3 * j] * k, out, 3 * j);
        }
        return out;
    }
}
