package org.hybridlight.source;

/** Named tolerances shared by the source-model tests, one per kind of comparison. */
public final class Tolerances {

    /** Two algebraically equal computations: rounding only. */
    public static final double ROUNDING = 1e-12;
    /** A value computed two equal ways in a few operations: the last bits only. */
    public static final double LAST_BIT = 1e-15;
    /** An energy or photon balance summed over the grid, relative: the sums' rounding over ~10³ terms. */
    public static final double BALANCE_RELATIVE = 1e-9;
    /** A value interpolated or shifted on a table and compared with its source, relative. */
    public static final double TABLE_RELATIVE = 1e-9;
    /** A quantity found by a numerical solver (FWHM, half-height crossing), relative or in eV. */
    public static final double SOLVED = 1e-6;

    private Tolerances() {
    }
}
