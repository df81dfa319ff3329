package org.hybridlight.colorimetry;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;

/**
 * Colour rendering indices by CIE 13.3-1995, "Method of measuring and specifying colour rendering properties of
 * light sources": the 14 test colour samples (three-decimal table, Sprague-interpolated to the computation
 * grid) under the test source and under a reference illuminant, von Kries adaptation in CIE 1960 (c, d), colour
 * differences in CIE 1964 U*V*W*, R_i = 100 − 4.6 ΔE_i and Ra the mean of R1–R8.
 *
 * <p>All tristimulus sums of one illuminant (its own X, Y, Z and the 14 samples' 42) are one matrix–vector
 * product with a table built once. References are cheap: CIE daylight is linear in S0, S1, S2, so its sums are
 * those of S0, S1, S2 weighted by M1, M2; blackbody sums are interpolated (four-point Lagrange in ln T, 0.1 %
 * steps, R_i within 10⁻⁶ of the direct computation) from a table built once for 1000–5000 K, and computed directly otherwise.
 * Immutable and thread-safe; {@link #evaluate} allocates only its small result.
 */
public final class Cie13_3ColourRendering {

    /** |Duv| above which CIE 13.3 calls the indices not meaningful. */
    public static final double MAX_DUV = 5.4e-3;
    /** CCT from which the automatic reference is CIE daylight instead of a blackbody, K. */
    public static final double DAYLIGHT_FROM_K = 5000;

    static final int SAMPLES = 14;
    /**
     * Sums per illuminant: X, Y, Z of the illuminant, then X, Y, Z of each sample (45), padded with zeros to 48
     * so that the inner loop is a whole number of SIMD vectors.
     */
    static final int SUMS = 48;

    private static final double LN_STEP = 0.001;
    private static final double TABLE_MIN_K = CctMethod.MIN_CCT_K;

    private final TristimulusIntegrator integrator;
    private final int n;
    /** Per λ: x̄, ȳ, z̄ then R_j x̄, R_j ȳ, R_j z̄ for each sample j, stored as [block of 8 sums][λ][8]. */
    private final double[] weights;
    private final double[] daylightS0;
    private final double[] daylightS1;
    private final double[] daylightS2;
    private final double lnTableStart;
    private final double[] planckTable;
    private final int planckRows;

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
        SpectralTable tcs = CieData.testColourSamples();
        double[][] reflectance = new double[SAMPLES][];
        for (int j = 0; j < SAMPLES; j++) {
            reflectance[j] = new Spectrum(tcs.wavelengthsNm(), tcs.column(j)).valuesAt(wl);
        }
        weights = new double[n * SUMS];
        for (int i = 0; i < n; i++) {
            double[] row = new double[SUMS];
            row[0] = xb[i];
            row[1] = yb[i];
            row[2] = zb[i];
            for (int j = 0; j < SAMPLES; j++) {
                row[3 + 3 * j] = reflectance[j][i] * xb[i];
                row[4 + 3 * j] = reflectance[j][i] * yb[i];
                row[5 + 3 * j] = reflectance[j][i] * zb[i];
            }
            for (int k = 0; k < SUMS; k++) {
                weights[(k / 8) * n * 8 + i * 8 + k % 8] = row[k];
            }
        }
        SpectralTable daylight = CieData.daylightComponents();
        daylightS0 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S0")).valuesOn(grid));
        daylightS1 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S1")).valuesOn(grid));
        daylightS2 = sumsOf(new Spectrum(daylight.wavelengthsNm(), daylight.column("S2")).valuesOn(grid));

        // rows from one step below 1000 K to two steps above 5000 K for the four-point stencil
        lnTableStart = Math.log(TABLE_MIN_K) - LN_STEP;
        planckRows = (int) Math.ceil((Math.log(DAYLIGHT_FROM_K) - lnTableStart) / LN_STEP) + 3;
        planckTable = new double[planckRows * SUMS];
        double[] row = new double[SUMS];
        for (int r = 0; r < planckRows; r++) {
            blackbodySums(Math.exp(lnTableStart + r * LN_STEP), row);
            System.arraycopy(row, 0, planckTable, r * SUMS, SUMS);
        }
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
     * The sums of a spectrum on the grid into {@code out}; allocation-free. The weights are stored in blocks of
     * eight sums ({@code [block][λ][8]}) and each block is accumulated in eight locals: independent FMA chains
     * that the JIT keeps in registers, twice as fast as an axpy over {@code out}, which it cannot vectorize for
     * fear of aliasing.
     */
    void sumsInto(double[] s, double[] out) {
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
    }

    private void blackbodySums(double temperatureK, double[] out) {
        double[] s = new double[n];
        WavelengthGrid grid = integrator.grid();
        for (int i = 0; i < n; i++) {
            s[i] = PlanckianRadiator.spectralExitanceWPerM2Nm(grid.wavelengthNm(i), temperatureK);
        }
        sumsInto(s, out);
    }

    /** Sums of a blackbody, from the table in its range. */
    private void planckSums(double temperatureK, double[] out) {
        double pos = (Math.log(temperatureK) - lnTableStart) / LN_STEP;
        int i = (int) Math.floor(pos);
        if (i < 1 || i + 2 >= planckRows) {
            blackbodySums(temperatureK, out);
            return;
        }
        double f = pos - i;
        // four-point Lagrange weights at nodes -1, 0, 1, 2
        double w0 = -f * (f - 1) * (f - 2) / 6;
        double w1 = (f + 1) * (f - 1) * (f - 2) / 2;
        double w2 = -(f + 1) * f * (f - 2) / 2;
        double w3 = (f + 1) * f * (f - 1) / 6;
        int a = (i - 1) * SUMS;
        for (int k = 0; k < SUMS; k++) {
            out[k] = w0 * planckTable[a + k] + w1 * planckTable[a + SUMS + k] + w2 * planckTable[a + 2 * SUMS + k]
                    + w3 * planckTable[a + 3 * SUMS + k];
        }
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
            blackbodySums(b.temperatureK(), s);
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

    ColourRendering evaluateSums(double[] test, CctDuv sourceCct, PreparedReference reference) {
        double[] ref;
        String label;
        if (reference.sums() != null) {
            ref = reference.sums();
            label = reference.reference().label();
        } else {
            ref = new double[SUMS];
            double cct = sourceCct.cctK();
            if (cct < DAYLIGHT_FROM_K) {
                planckSums(cct, ref);
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
