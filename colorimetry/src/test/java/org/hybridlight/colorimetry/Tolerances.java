package org.hybridlight.colorimetry;

/**
 * Named tolerances shared by the colorimetry tests. The first group is the golden README's
 * ({@code ../shared/reference/README.md}): what a correct implementation meets against independent values. The
 * rest are for identities that hold up to floating-point rounding.
 */
public final class Tolerances {

    /** x, y, u, v, u′, v′ against independent values. */
    public static final double CHROMATICITY = 5e-5;
    /** CCT against independent values, relative (0.05 %). */
    public static final double CCT_RELATIVE = 5e-4;
    /** Duv against independent values. */
    public static final double DUV = 5e-5;
    /** Ra against independent values. */
    public static final double RA = 0.05;
    /** Each special index R_i against independent values. */
    public static final double RI = 0.2;
    /** Luminous efficacy of radiation against independent values, relative (0.2 %). */
    public static final double LER_RELATIVE = 2e-3;
    /** TM-30 Rf and Rg against independent values. */
    public static final double TM30_INDEX = 0.1;

    /** Two computations of the same quantity by algebraically equal routes (rounding only). */
    public static final double ROUNDING = 1e-12;
    /** An index (Ra, R_i, Rf) computed by two equal routes whose sums are accumulated in different orders. */
    public static final double INDEX_ROUNDING = 1e-9;

    private Tolerances() {
    }
}
