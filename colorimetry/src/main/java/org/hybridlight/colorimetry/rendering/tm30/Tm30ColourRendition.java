package org.hybridlight.colorimetry.rendering.tm30;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.cam.Ciecam02;
import org.hybridlight.colorimetry.cam.ColourFidelityCam02Ucs;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.rendering.FusedMultiplyAdd;
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
    /** Index of the perfect white's Y10 in the sums. */
    static final int Y_WHITE = COLUMNS + WHITE;
    private static final WavelengthGrid GRID = new WavelengthGrid(380, 780, 1);

    private final int n;
    /** Reflectance of column j at wavelength i, {@code [i][j]}: one row per wavelength for the vector loop. */
    private final double[][] reflectance;
    /** The CIE 1964 colour-matching functions on the grid. */
    private final double[] xBar;
    private final double[] yBar;
    private final double[] zBar;
    /** Per-thread scratch: the hot path allocates nothing but its result. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    /** The reference illuminant at a CCT, with its J′a′b′ tables. */
    private final Tm30Reference reference;

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
        // last: the reference's tables are built with this object's sums
        reference = new Tm30Reference(this::sums);
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
                out[j] = FusedMultiplyAdd.madd(b, x1, FusedMultiplyAdd.madd(a, x0, out[j]));
                out[COLUMNS + j] = FusedMultiplyAdd.madd(b, y1, FusedMultiplyAdd.madd(a, y0, out[COLUMNS + j]));
                out[2 * COLUMNS + j] = FusedMultiplyAdd.madd(b, z1, FusedMultiplyAdd.madd(a, z0, out[2 * COLUMNS + j]));
            }
        }
        for (; i < n; i++) {
            double[] r0 = reflectance[i];
            for (int j = 0; j < COLUMNS; j++) {
                double a = r0[j];
                out[j] = FusedMultiplyAdd.madd(a, sx[i], out[j]);
                out[COLUMNS + j] = FusedMultiplyAdd.madd(a, sy[i], out[COLUMNS + j]);
                out[2 * COLUMNS + j] = FusedMultiplyAdd.madd(a, sz[i], out[2 * COLUMNS + j]);
            }
        }
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
        reference.jabInto(cctK, w.jabRef);
        return fromJab(w.jabTest, w.jabRef, Tm30Reference.label(cctK), w);
    }

    /** The same as {@link #evaluate} with the reference computed directly, not read from its table (for tests). */
    Tm30Result evaluateDirect(double[] testOnGrid, double cctK) {
        return fromJab(jab(sums(testOnGrid)), jab(reference.sums(cctK)), Tm30Reference.label(cctK), new Scratch());
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
            int bin = Tm30HueBins.of(jabRef[o + 1], jabRef[o + 2]);
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
        double rg = 100 * Tm30HueBins.area(binTest) / Tm30HueBins.area(binRef);
        // the record copies its arrays: the scratch can be reused at once
        return new Tm30Result(rf, rg, rfHj, rcs, rhs, binRef, binTest, label);
    }

    /** The hue bin of (a′, b′) ({@link Tm30HueBins#of}). */
    static int hueBin(double a, double b) {
        return Tm30HueBins.of(a, b);
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

    /**
     * J′, a′, b′ of the 99 samples ({@code [3 j + c]}) from an illuminant's planar sums, normalized so that the
     * white has Y10 = 100.
     */
    static double[] jab(double[] sums) {
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
