package org.hybridlight.colorimetry.rendering.tm30;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.cam.Ciecam02;
import org.hybridlight.colorimetry.cam.ColourFidelityCam02Ucs;
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
 * <p>The sample sums are one matrix–vector product with a transposed reflectance table built once; the
 * reference's J′a′b′ depend on the CCT alone and come from tables in ln T (daylight sums are linear in S0, S1, S2).
 * Immutable and thread-safe (each thread has its own scratch arrays).
 */
public final class Tm30ColourRendition {

    /** Scale factor of TM-30-18 / CIE 224:2017 between ΔE′ and Rf. */
    public static final double SCALE_FACTOR = 6.73;
    public static final int BINS = 16;
    static final int SAMPLES = 99;
    /**
     * Columns of the transposed reflectance table: the 99 samples, then a perfect white (the illuminant's own
     * sums), padded with zeros to 104 so that the three planar blocks of sums (104 × 8 bytes = 13 × 64 apart) share
     * one alignment for the vector loop: with 100 columns a whole evaluation ran about 1.6 times slower.
     */
    static final int COLUMNS = 104;
    /** Column of the perfect white. */
    static final int WHITE = SAMPLES;
    /** Sums per illuminant, planar: X10 of every column, then Y10, then Z10. */
    static final int SUMS = 3 * COLUMNS;
    private static final int Y_WHITE = COLUMNS + WHITE;
    private static final WavelengthGrid GRID = new WavelengthGrid(380, 780, 1);
    /** Step of the reference J′a′b′ tables in ln T; four-point interpolation error stays below 1e-9 in J′a′b′. */
    private static final double JAB_LN_STEP = 0.004;
    private static final double BLACKBODY_BELOW_K = 4000;
    private static final double DAYLIGHT_ABOVE_K = 5000;
    /** Where CIE daylight's x_D changes formula. */
    private static final double DAYLIGHT_BRANCH_K = 7000;

    private final int n;
    /** Reflectance of column j at wavelength i, {@code [i][j]}: one row per wavelength for the vector loop. */
    private final double[][] reflectance;
    /** The CIE 1964 colour-matching functions on the grid. */
    private final double[] xBar;
    private final double[] yBar;
    private final double[] zBar;
    /** Per-thread scratch: the hot path allocates nothing but its result. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final double[] s0;
    private final double[] s1;
    private final double[] s2;
    /** J′a′b′ of the 99 samples under the reference, per segment of the TM-30 rule: blackbody, blend, daylight. */
    private final LnTemperatureTable[] referenceJab;

    public Tm30ColourRendition() {
        n = GRID.size();
        double[] wl = GRID.wavelengthsNm();
        SpectralTable cmf = StandardObserver.CIE_1964_10_DEGREE.colourMatchingFunctions();
        xBar = TristimulusIntegrator.onGridOrZero(cmf, 0, wl);
        yBar = TristimulusIntegrator.onGridOrZero(cmf, 1, wl);
        zBar = TristimulusIntegrator.onGridOrZero(cmf, 2, wl);
        SpectralTable ces = CieData.colourEvaluationSamples();
        if (ces.columns().length != SAMPLES) {
            throw new IllegalStateException("expected 99 colour evaluation samples, found " + ces.columns().length);
        }
        reflectance = new double[n][COLUMNS];
        for (int j = 0; j < SAMPLES; j++) {
            double[] r = new Spectrum(ces.wavelengthsNm(), ces.column(j)).valuesOn(GRID);
            for (int i = 0; i < n; i++) {
                reflectance[i][j] = r[i];
            }
        }
        for (int i = 0; i < n; i++) {
            reflectance[i][WHITE] = 1;
        }
        SpectralTable d = CieData.daylightComponents();
        s0 = sums(new Spectrum(d.wavelengthsNm(), d.column("S0")).valuesOn(GRID));
        s1 = sums(new Spectrum(d.wavelengthsNm(), d.column("S1")).valuesOn(GRID));
        s2 = sums(new Spectrum(d.wavelengthsNm(), d.column("S2")).valuesOn(GRID));
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
        sumsInto(s, out, new Scratch());
        return out;
    }

    /**
     * The planar sums of spectrum {@code s} into {@code out}: X_j = Σ_i r_j(λ_i) S(λ_i) x̄(λ_i), likewise Y, Z.
     * The spectrum is folded with the colour-matching functions first, then two wavelengths at a time update all
     * columns in one loop over two rows. C2 (JDK 17) vectorizes that loop (AVX-512 FMAs) only while it is this
     * small and indexes the rows by the loop variable alone: a flat table ({@code r[offset + j]}) or four
     * wavelengths per pass leave it scalar, at a quarter of the speed.
     */
    private void sumsInto(double[] s, double[] out, Scratch w) {
        double[] sx = w.sx;
        double[] sy = w.sy;
        double[] sz = w.sz;
        for (int i = 0; i < n; i++) {
            sx[i] = s[i] * xBar[i];
            sy[i] = s[i] * yBar[i];
            sz[i] = s[i] * zBar[i];
        }
        java.util.Arrays.fill(out, 0);
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double[] r0 = reflectance[i];
            double[] r1 = reflectance[i + 1];
            double x0 = sx[i];
            double x1 = sx[i + 1];
            double y0 = sy[i];
            double y1 = sy[i + 1];
            double z0 = sz[i];
            double z1 = sz[i + 1];
            for (int j = 0; j < COLUMNS; j++) {
                double a = r0[j];
                double b = r1[j];
                // fused multiply-adds: one rounding each, and the vector FMA
                out[j] = Math.fma(b, x1, Math.fma(a, x0, out[j]));
                out[COLUMNS + j] = Math.fma(b, y1, Math.fma(a, y0, out[COLUMNS + j]));
                out[2 * COLUMNS + j] = Math.fma(b, z1, Math.fma(a, z0, out[2 * COLUMNS + j]));
            }
        }
        for (; i < n; i++) {
            double[] r0 = reflectance[i];
            for (int j = 0; j < COLUMNS; j++) {
                double a = r0[j];
                out[j] = Math.fma(a, sx[i], out[j]);
                out[COLUMNS + j] = Math.fma(a, sy[i], out[COLUMNS + j]);
                out[2 * COLUMNS + j] = Math.fma(a, sz[i], out[2 * COLUMNS + j]);
            }
        }
    }

    private double[] blackbodySums(double t) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = PlanckianRadiator.spectralExitanceWPerM2Nm(GRID.wavelengthNm(i), t);
        }
        return sums(s);
    }

    /**
     * Blackbody sums computed directly: only the J′a′b′ tables' nodes (about 900) and the tests' direct path need
     * them, so a table of sums (1,600 rows, the setup's largest cost) would not pay.
     */
    private double[] planckSums(double t) {
        return blackbodySums(t);
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
            out[k] = (1 - m) * p[k] / p[Y_WHITE] + m * d[k] / d[Y_WHITE];
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
        return evaluate(testOnGrid, 0, cctK);
    }

    /**
     * As {@link #evaluate(double[], double)} for a source whose grid values start at {@code offset} of {@code
     * values} (so a caller on a wider 1 nm grid need not copy its window); the CCT must be 1000–25000 K.
     */
    public Tm30Result evaluate(double[] values, int offset, double cctK) {
        return evaluate(values, offset, cctK, false);
    }

    /**
     * As {@link #evaluate(double[], double)} with the test samples' CAM02-UCS computed by the reference {@link
     * Ciecam02} instead of {@link ColourFidelityCam02Ucs} (for tests of the fast path).
     */
    Tm30Result evaluateWithReferenceCam(double[] testOnGrid, double cctK) {
        return evaluate(testOnGrid, 0, cctK, true);
    }

    private Tm30Result evaluate(double[] values, int offset, double cctK, boolean referenceCam) {
        if (!(cctK >= CctMethod.MIN_CCT_K && cctK <= CieDaylight.MAX_CCT_K)) {
            throw new IllegalArgumentException("TM-30 needs a CCT of 1000-25000 K, got " + cctK + " K");
        }
        if (offset < 0 || offset + n > values.length) {
            throw new IllegalArgumentException("TM-30 needs " + n + " values from offset " + offset + ", the array has "
                    + values.length);
        }
        Scratch w = scratch.get();
        System.arraycopy(values, offset, w.spectrum, 0, n);
        sumsInto(w.spectrum, w.sums, w);
        if (referenceCam) {
            jabInto(w.sums, w.jabTest);
        } else {
            double[] t = w.sums;
            ColourFidelityCam02Ucs.jabInto(t, COLUMNS, SAMPLES, t[WHITE], t[Y_WHITE], t[2 * COLUMNS + WHITE],
                    w.jabTest);
        }
        int segment = cctK < BLACKBODY_BELOW_K ? 0 : cctK <= DAYLIGHT_ABOVE_K ? 1 : cctK <= DAYLIGHT_BRANCH_K ? 2 : 3;
        referenceJab[segment].valueInto(cctK, w.jabRef);
        return fromJab(w.jabTest, w.jabRef, referenceLabel(cctK), w);
    }

    /** The same as {@link #evaluate} with the reference computed directly, not read from its table (for tests). */
    Tm30Result evaluateDirect(double[] testOnGrid, double cctK) {
        return fromJab(jab(sums(testOnGrid)), jab(referenceSums(cctK)), referenceLabel(cctK), new Scratch());
    }

    /** Rf, Rg and the hue bins from the samples' J′a′b′ under test and reference ({@code [3 j + c]}). */
    Tm30Result fromJab(double[] jabTest, double[] jabRef, String label, Scratch w) {
        double[] sumDe = w.sumDe;
        int[] count = w.count;
        double[][] binRef = w.binRef;
        double[][] binTest = w.binTest;
        java.util.Arrays.fill(sumDe, 0);
        java.util.Arrays.fill(count, 0);
        for (int b = 0; b < BINS; b++) {
            java.util.Arrays.fill(binRef[b], 0);
            java.util.Arrays.fill(binTest[b], 0);
        }
        double total = 0;
        for (int j = 0; j < SAMPLES; j++) {
            int o = 3 * j;
            double dj = jabTest[o] - jabRef[o];
            double da = jabTest[o + 1] - jabRef[o + 1];
            double db = jabTest[o + 2] - jabRef[o + 2];
            double de = Math.sqrt(dj * dj + da * da + db * db);
            total += de;
            int bin = hueBin(jabRef[o + 1], jabRef[o + 2]);
            sumDe[bin] += de;
            count[bin]++;
            binRef[bin][0] += jabRef[o + 1];
            binRef[bin][1] += jabRef[o + 2];
            binTest[bin][0] += jabTest[o + 1];
            binTest[bin][1] += jabTest[o + 2];
        }
        double rf = fidelity(total / SAMPLES);
        double[] rfHj = w.rfHj;
        double[] rcs = w.rcs;
        double[] rhs = w.rhs;
        for (int b = 0; b < BINS; b++) {
            int c = Math.max(1, count[b]);
            binRef[b][0] /= c;
            binRef[b][1] /= c;
            binTest[b][0] /= c;
            binTest[b][1] /= c;
            rfHj[b] = fidelity(sumDe[b] / c);
            // the bin's reference hue direction from its coordinates, no angle: cos θ = a / C, sin θ = b / C
            double chromaRef = Math.sqrt(binRef[b][0] * binRef[b][0] + binRef[b][1] * binRef[b][1]);
            double cos = binRef[b][0] / chromaRef;
            double sin = binRef[b][1] / chromaRef;
            double da = binTest[b][0] - binRef[b][0];
            double db = binTest[b][1] - binRef[b][1];
            rcs[b] = (da * cos + db * sin) / chromaRef;
            rhs[b] = (-da * sin + db * cos) / chromaRef;
        }
        double rg = 100 * area(binTest) / area(binRef);
        // the record copies its arrays: the scratch can be reused at once
        return new Tm30Result(rf, rg, rfHj, rcs, rhs, binRef, binTest, label);
    }

    /**
     * The hue bin of (a′, b′): ⌊h / (2π / 16)⌋ for its hue angle h = atan2(b′, a′) in [0, 2π), found by the signs
     * of cross products with the bin edges' directions instead of the arctangent (99 of them per evaluation).
     * Only a hue within rounding (about 1e-16 rad) of an edge can fall on the other side than the rounded angle
     * puts it, e.g. (−1, 1e-300): bin 7 here, 8 by atan2's π.
     */
    static int hueBin(double a, double b) {
        if (a == 0 && b == 0) {
            // atan2 of signed zeros: ±π for a = −0, ±0 for a = +0
            return Double.doubleToRawLongBits(a) < 0 ? BINS / 2 : 0;
        }
        int base = 0;
        double x = a;
        double y = b;
        if (y < 0 || (y == 0 && x < 0)) {
            // h in [π, 2π): turned by π into [0, π)
            x = -x;
            y = -y;
            base = BINS / 2;
        }
        // for h in [0, π) and an edge at φ in (0, π): h ≥ φ exactly when cos φ · y − sin φ · x ≥ 0
        int k = 0;
        while (k < BINS / 2 - 1 && EDGE_COS[k] * y - EDGE_SIN[k] * x >= 0) {
            k++;
        }
        return base + k;
    }

    /** cos and sin of the bin edges kπ/8, k = 1 … 7. */
    private static final double[] EDGE_COS = new double[BINS / 2 - 1];
    private static final double[] EDGE_SIN = new double[BINS / 2 - 1];

    static {
        for (int k = 1; k < BINS / 2; k++) {
            EDGE_COS[k - 1] = Math.cos(k * 2 * Math.PI / BINS);
            EDGE_SIN[k - 1] = Math.sin(k * 2 * Math.PI / BINS);
        }
    }

    /** The arrays one evaluation works in; one per thread. */
    static final class Scratch {
        final double[] spectrum = new double[GRID.size()];
        final double[] sx = new double[GRID.size()];
        final double[] sy = new double[GRID.size()];
        final double[] sz = new double[GRID.size()];
        final double[] sums = new double[SUMS];
        final double[] jabTest = new double[3 * SAMPLES];
        final double[] jabRef = new double[3 * SAMPLES];
        final double[] sumDe = new double[BINS];
        final int[] count = new int[BINS];
        final double[][] binRef = new double[BINS][2];
        final double[][] binTest = new double[BINS][2];
        final double[] rfHj = new double[BINS];
        final double[] rcs = new double[BINS];
        final double[] rhs = new double[BINS];
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
     * J′, a′, b′ of the 99 samples ({@code [3 j + c]}) from an illuminant's planar sums, normalized so that the
     * white has Y10 = 100.
     */
    private static double[] jab(double[] sums) {
        double[] out = new double[3 * SAMPLES];
        jabInto(sums, out);
        return out;
    }

    private static void jabInto(double[] sums, double[] out) {
        double k = 100 / sums[Y_WHITE];
        Ciecam02 cam = Ciecam02.forColourFidelity(new double[] {sums[WHITE] * k, 100, sums[2 * COLUMNS + WHITE] * k});
        for (int j = 0; j < SAMPLES; j++) {
            cam.jabUcs(sums[j] * k, sums[COLUMNS + j] * k, sums[2 * COLUMNS + j] * k, out, 3 * j);
        }
    }
}
