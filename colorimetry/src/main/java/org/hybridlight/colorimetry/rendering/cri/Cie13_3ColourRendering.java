package org.hybridlight.colorimetry.rendering.cri;

import java.util.Arrays;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.illuminant.LnTemperatureTable;
import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;

/**
 * Colour rendering indices by CIE 13.3-1995, "Method of measuring and specifying colour rendering properties of
 * light sources" (the CIE assigns this edition no DOI): the 14 test colour samples (three-decimal table, Sprague-interpolated to the computation
 * grid) under the test source and under a reference illuminant, von Kries adaptation in CIE 1960 (c, d), colour
 * differences in CIE 1964 U*V*W*, R_i = 100 − 4.6 ΔE_i and Ra the mean of R1–R8.
 *
 * <p>All tristimulus sums of one illuminant (its own X, Y, Z and the 14 samples' 42) are one matrix–vector
 * product with a table built once. References are cheap: CIE daylight is linear in S0, S1, S2, so its sums are
 * those of S0, S1, S2 weighted by M1, M2; blackbody sums are interpolated (four-point Lagrange in ln T, 0.1 %
 * steps, R_i within 10⁻⁶ of the direct computation) from a table of 1000–5000 K whose rows are computed once, when
 * first read ({@link LnTemperatureTable}), and computed directly otherwise.
 * Immutable and thread-safe; {@link #sumsInto} writes into the caller's array, and {@link #evaluateSums} allocates
 * the 14 indices of its result (and, for the automatic reference, the reference's 45 sums).
 */
public final class Cie13_3ColourRendering {

    /** |Duv| above which CIE 13.3 calls the indices not meaningful. */
    public static final double MAX_DUV = 5.4e-3;
    /** CCT from which the automatic reference is CIE daylight instead of a blackbody, K. */
    public static final double DAYLIGHT_FROM_K = 5000;

    static final int SAMPLES = 14;
    /** Sums per illuminant: X, Y, Z of the illuminant, then X, Y, Z of each sample. */
    /** Length of the sums vector: X, Y, Z of the source, then X, Y, Z of each test-colour sample. */
    public static final int SUMS = 3 + 3 * SAMPLES;

    private static final double LN_STEP = 0.001;
    private static final double TABLE_MIN_K = CctMethod.MIN_CCT_K;

    private final TristimulusIntegrator integrator;
    private final int n;
    /** Number of tabulated wavelengths of the test colour samples (5 nm, 360–830 nm: 95). */
    private final int nodes;
    /** Grid range of each node's interpolation weights: first grid index and count. */
    private final int[] supportStart;
    private final int[] supportLength;
    private final int[] supportOffset;
    /** c_m(λ) x̄(λ), c_m(λ) ȳ(λ), c_m(λ) z̄(λ) over each node's support, where c_m is the Sprague weight of node m. */
    private final double[] cx;
    private final double[] cy;
    private final double[] cz;
    /** Tabulated reflectances, [sample][node]. */
    private final double[] reflectance;
    private final double[] daylightS0;
    private final double[] daylightS1;
    private final double[] daylightS2;
    private final LnTemperatureTable planckTable;
    private final PlanckianRadiator.OnGrid blackbody;

    public Cie13_3ColourRendering(TristimulusIntegrator integrator) {
        if (integrator.observer() != StandardObserver.CIE_1931_2_DEGREE) {
            throw new IllegalArgumentException("CIE 13.3 is defined for the CIE 1931 2° observer");
        }
        this.integrator = integrator;
        WavelengthGrid grid = integrator.grid();
        double[] wl = grid.wavelengthsNm();
        n = wl.length;
        double[] xb = integrator.xBar();
        double[] yb = integrator.yBar();
        double[] zb = integrator.zBar();
        // Sprague interpolation is linear in the tabulated values: R_j(λ) = Σ_m c_m(λ) R_j(λ_m). So
        // Σ_λ S R_j x̄ = Σ_m R_j(λ_m) G_m with G_m = Σ_λ c_m(λ) S(λ) x̄(λ), and each c_m is non-zero over about
        // 30 nm only: half the multiplications of summing the 42 interpolated products directly.
        SpectralTable tcs = CieData.testColourSamples();
        double[] nodeWl = tcs.wavelengthsNm();
        nodes = nodeWl.length;
        reflectance = new double[SAMPLES * nodes];
        for (int j = 0; j < SAMPLES; j++) {
            System.arraycopy(tcs.column(j), 0, reflectance, j * nodes, nodes);
        }
        supportStart = new int[nodes];
        supportLength = new int[nodes];
        supportOffset = new int[nodes + 1];
        double[][] c = new double[nodes][];
        for (int m = 0; m < nodes; m++) {
            double[] unit = new double[nodes];
            unit[m] = 1;
            c[m] = new Spectrum(nodeWl, unit).valuesAt(wl);
            int first = 0;
            while (first < n && c[m][first] == 0) {
                first++;
            }
            int last = n - 1;
            while (last >= first && c[m][last] == 0) {
                last--;
            }
            supportStart[m] = first;
            supportLength[m] = Math.max(0, last - first + 1);
            supportOffset[m + 1] = supportOffset[m] + supportLength[m];
        }
        cx = new double[supportOffset[nodes]];
        cy = new double[supportOffset[nodes]];
        cz = new double[supportOffset[nodes]];
        for (int m = 0; m < nodes; m++) {
            for (int k = 0; k < supportLength[m]; k++) {
                int i = supportStart[m] + k;
                cx[supportOffset[m] + k] = c[m][i] * xb[i];
                cy[supportOffset[m] + k] = c[m][i] * yb[i];
                cz[supportOffset[m] + k] = c[m][i] * zb[i];
            }
        }
        SpectralTable daylight = CieData.daylightComponents();
        daylightS0 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S0")).valuesOn(grid));
        daylightS1 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S1")).valuesOn(grid));
        daylightS2 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S2")).valuesOn(grid));

        blackbody = new PlanckianRadiator.OnGrid(grid);
        planckTable = new LnTemperatureTable(TABLE_MIN_K, DAYLIGHT_FROM_K, LN_STEP, SUMS, this::blackbodySums);
    }

    public TristimulusIntegrator integrator() {
        return integrator;
    }

    /** The 45 tristimulus sums of an illuminant given on the computation grid. */
    double[] sumsOf(double[] spectrumOnGrid) {
        double[] out = new double[SUMS];
        sumsInto(spectrumOnGrid, out);
        return out;
    }

    /**
     * The sums of a spectrum on the grid into {@code out}: first G_m for every node (three interleaved
     * accumulator pairs per node so that the FMA chains overlap), then the samples' sums as Σ_m R_j(λ_m) G_m, and
     * the illuminant's own X, Y, Z as Σ_m G_m (the Sprague weights of a point sum to one).
     */
    public void sumsInto(double[] s, double[] out) {
        double[] g = new double[3 * nodes];
        for (int m = 0; m < nodes; m++) {
            int i = supportStart[m];
            int o = supportOffset[m];
            int len = supportLength[m];
            double x0 = 0;
            double y0 = 0;
            double z0 = 0;
            double x1 = 0;
            double y1 = 0;
            double z1 = 0;
            int k = 0;
            for (; k + 1 < len; k += 2) {
                double s0 = s[i + k];
                double s1 = s[i + k + 1];
                x0 += s0 * cx[o + k];
                y0 += s0 * cy[o + k];
                z0 += s0 * cz[o + k];
                x1 += s1 * cx[o + k + 1];
                y1 += s1 * cy[o + k + 1];
                z1 += s1 * cz[o + k + 1];
            }
            if (k < len) {
                double s0 = s[i + k];
                x0 += s0 * cx[o + k];
                y0 += s0 * cy[o + k];
                z0 += s0 * cz[o + k];
            }
            g[3 * m] = x0 + x1;
            g[3 * m + 1] = y0 + y1;
            g[3 * m + 2] = z0 + z1;
        }
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int m = 0; m < nodes; m++) {
            sx += g[3 * m];
            sy += g[3 * m + 1];
            sz += g[3 * m + 2];
        }
        out[0] = sx;
        out[1] = sy;
        out[2] = sz;
        for (int j = 0; j < SAMPLES; j += 2) {
            int r0 = j * nodes;
            int r1 = r0 + nodes;
            double ax = 0;
            double ay = 0;
            double az = 0;
            double bx = 0;
            double by = 0;
            double bz = 0;
            for (int m = 0; m < nodes; m++) {
                double ra = reflectance[r0 + m];
                double rb = reflectance[r1 + m];
                double gx = g[3 * m];
                double gy = g[3 * m + 1];
                double gz = g[3 * m + 2];
                ax += ra * gx;
                ay += ra * gy;
                az += ra * gz;
                bx += rb * gx;
                by += rb * gy;
                bz += rb * gz;
            }
            out[3 + 3 * j] = ax;
            out[4 + 3 * j] = ay;
            out[5 + 3 * j] = az;
            out[6 + 3 * j] = bx;
            out[7 + 3 * j] = by;
            out[8 + 3 * j] = bz;
        }
    }

    private double[] blackbodySums(double temperatureK) {
        double[] s = new double[n];
        blackbody.exitanceInto(temperatureK, s);
        return sumsOf(s);
    }

    private void daylightSums(double cctK, double[] out) {
        double[] m = CieDaylight.componentWeights(cctK);
        for (int k = 0; k < SUMS; k++) {
            out[k] = daylightS0[k] + m[0] * daylightS1[k] + m[1] * daylightS2[k];
        }
    }

    /**
     * A reference prepared once for many evaluations (its sums), or {@code null} for the automatic choice.
     */
    public PreparedReference prepare(CriReference reference) {
        double[] s = new double[SUMS];
        if (reference instanceof CriReference.Auto) {
            return new PreparedReference(reference, null);
        } else if (reference instanceof CriReference.Blackbody b) {
            s = blackbodySums(b.temperatureK());
        } else if (reference instanceof CriReference.Daylight d) {
            daylightSums(d.cctK(), s);
        } else if (reference instanceof CriReference.Tabulated t) {
            s = sumsOf(t.spectrum().valuesOn(integrator.grid()));
        }
        return new PreparedReference(reference, s);
    }

    /**
     * A reference illuminant with its tristimulus sums, ready to use.
     *
     * @param reference what it is
     * @param sums its 45 sums, or {@code null} for {@link CriReference.Auto}
     */
    public record PreparedReference(CriReference reference, double[] sums) {

        public PreparedReference {
            sums = sums == null ? null : sums.clone();
        }

        /** True for the automatic reference, whose sums depend on each source's CCT. */
        public boolean isAuto() {
            return sums == null;
        }

        @Override
        public double[] sums() {
            return sums == null ? null : sums.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PreparedReference p && reference.equals(p.reference) && Arrays.equals(sums, p.sums);
        }

        @Override
        public int hashCode() {
            return 31 * reference.hashCode() + Arrays.hashCode(sums);
        }

        @Override
        public String toString() {
            return "PreparedReference[" + reference.label() + "]";
        }
    }

    /**
     * CIE 13.3 indices of a test source given on the computation grid.
     *
     * @param testOnGrid the source's spectral power on the grid
     * @param sourceCct the source's CCT and Duv (for the automatic reference and the validity flag)
     * @param reference the reference, from {@link #prepare}
     */
    public ColourRendering evaluate(double[] testOnGrid, CctDuv sourceCct, PreparedReference reference) {
        double[] test = new double[SUMS];
        sumsInto(testOnGrid, test);
        return evaluateSums(test, sourceCct, reference);
    }

    /** Colour rendering from the test source's sums (of {@link #sumsInto}), shared with its XYZ by the evaluator. */
    public ColourRendering evaluateSums(double[] test, CctDuv sourceCct, PreparedReference reference) {
        double[] ref;
        String label;
        if (!reference.isAuto()) {
            ref = reference.sums;
            label = reference.reference().label();
        } else {
            ref = new double[SUMS];
            double cct = sourceCct.cctK();
            if (cct < DAYLIGHT_FROM_K) {
                planckTable.valueInto(cct, ref);
                label = "blackbody:" + CriReference.kelvin(cct);
            } else {
                daylightSums(cct, ref);
                label = "daylight:" + CriReference.kelvin(cct);
            }
        }
        double[] r = new double[SAMPLES];
        double ra = indices(test, ref, r);
        return new ColourRendering(ra, r, label, Math.abs(sourceCct.duv()) <= MAX_DUV);
    }

    /** R1–R14 into {@code r} from the sums of the test source and the reference; returns Ra. */
    static double indices(double[] test, double[] ref, double[] r) {
        double kTest = 100 / test[1];
        double kRef = 100 / ref[1];
        double ck = c(test[0], test[1], test[2]);
        double dk = d(test[0], test[1], test[2]);
        double cr = c(ref[0], ref[1], ref[2]);
        double dr = d(ref[0], ref[1], ref[2]);
        double ur = u(ref[0], ref[1], ref[2]);
        double vr = v(ref[0], ref[1], ref[2]);
        double ra = 0;
        for (int j = 0; j < SAMPLES; j++) {
            int o = 3 + 3 * j;
            // reference: samples under the reference illuminant
            double xr = ref[o];
            double yr = ref[o + 1];
            double zr = ref[o + 2];
            double wr = 25 * Math.cbrt(yr * kRef) - 17;
            double uRef = 13 * wr * (u(xr, yr, zr) - ur);
            double vRef = 13 * wr * (v(xr, yr, zr) - vr);
            // test: von Kries-adapted to the reference white
            double xt = test[o];
            double yt = test[o + 1];
            double zt = test[o + 2];
            double cki = c(xt, yt, zt) * cr / ck;
            double dki = d(xt, yt, zt) * dr / dk;
            double den = 16.518 + 1.481 * cki - dki;
            double ua = (10.872 + 0.404 * cki - 4 * dki) / den;
            double va = 5.520 / den;
            double wt = 25 * Math.cbrt(yt * kTest) - 17;
            double uTest = 13 * wt * (ua - ur);
            double vTest = 13 * wt * (va - vr);
            double de = Math.sqrt(sq(uTest - uRef) + sq(vTest - vRef) + sq(wt - wr));
            r[j] = 100 - 4.6 * de;
            if (j < 8) {
                ra += r[j];
            }
        }
        return ra / 8;
    }

    private static double u(double x, double y, double z) {
        return 4 * x / (x + 15 * y + 3 * z);
    }

    private static double v(double x, double y, double z) {
        return 6 * y / (x + 15 * y + 3 * z);
    }

    private static double c(double x, double y, double z) {
        double u = u(x, y, z);
        double v = v(x, y, z);
        return (4 - u - 10 * v) / v;
    }

    private static double d(double x, double y, double z) {
        double u = u(x, y, z);
        double v = v(x, y, z);
        return (1.708 * v + 0.404 - 1.481 * u) / v;
    }

    private static double sq(double x) {
        return x * x;
    }
}
