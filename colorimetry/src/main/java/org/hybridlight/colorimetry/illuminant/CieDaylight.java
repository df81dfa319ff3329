package org.hybridlight.colorimetry.illuminant;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * CIE daylight illuminants at any correlated colour temperature from 4000 K to 25000 K (CIE 015:2018 §4.1.2,
 * doi:10.25039/TR.015.2018, after D. B. Judd, D. L. MacAdam and G. Wyszecki, J. Opt. Soc. Am. 54(8), 1031–1040 (1964),
 * doi:10.1364/JOSA.54.001031):
 * chromaticity from the CCT by the CIE cubic formulae, relative spectrum S = S0 + M1 S1 + M2 S2 with M1, M2
 * rounded to three decimals as the CIE recommends (this is how D65 itself was tabulated).
 */
public final class CieDaylight {

    public static final double MIN_CCT_K = 4000;
    public static final double MAX_CCT_K = 25000;

    private CieDaylight() {
    }

    /** The chromaticity x_D, y_D of CIE daylight at {@code cctK}. */
    public static Chromaticity chromaticity(double cctK) {
        requireRange(cctK);
        double x = xD(cctK, cctK <= 7000);
        return new Chromaticity(x, -3.000 * x * x + 2.870 * x - 0.275);
    }

    private static double xD(double t, boolean lowBranch) {
        return lowBranch
                ? -4.6070e9 / (t * t * t) + 2.9678e6 / (t * t) + 0.09911e3 / t + 0.244063
                : -2.0064e9 / (t * t * t) + 1.9018e6 / (t * t) + 0.24748e3 / t + 0.237040;
    }

    /** The weights {M1, M2} of S1 and S2 at {@code cctK}, rounded to three decimals. */
    public static double[] componentWeights(double cctK) {
        Chromaticity c = chromaticity(cctK);
        double m = 0.0241 + 0.2562 * c.x() - 0.7341 * c.y();
        double m1 = (-1.3515 - 1.7703 * c.x() + 5.9114 * c.y()) / m;
        double m2 = (0.0300 - 31.4424 * c.x() + 30.0717 * c.y()) / m;
        return new double[] {round3(m1), round3(m2)};
    }

    /**
     * M1, M2 unrounded, from the x_D branch for T ≤ 7000 K ({@code lowBranch}) or above, at any temperature: a smooth
     * function of T for tables that interpolate across the branch point and the ends of the range.
     */
    public static double[] smoothComponentWeights(double cctK, boolean lowBranch) {
        double x = xD(cctK, lowBranch);
        double y = -3.000 * x * x + 2.870 * x - 0.275;
        double m = 0.0241 + 0.2562 * x - 0.7341 * y;
        return new double[] {(-1.3515 - 1.7703 * x + 5.9114 * y) / m, (0.0300 - 31.4424 * x + 30.0717 * y) / m};
    }

    /** The relative spectral power of CIE daylight at {@code cctK}, on the 5 nm grid of S0–S2 (300–830 nm). */
    public static Spectrum spectrum(double cctK) {
        double[] m = componentWeights(cctK);
        SpectralTable s = CieData.daylightComponents();
        double[] s0 = s.column("S0");
        double[] s1 = s.column("S1");
        double[] s2 = s.column("S2");
        double[] v = new double[s0.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = s0[i] + m[0] * s1[i] + m[1] * s2[i];
        }
        return new Spectrum(s.wavelengthsNm(), v);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static void requireRange(double cctK) {
        if (!(cctK >= MIN_CCT_K && cctK <= MAX_CCT_K)) {
            throw new IllegalArgumentException("CIE daylight is defined from " + (int) MIN_CCT_K + " K to "
                    + (int) MAX_CCT_K + " K, got " + cctK + " K");
        }
    }
}
