package org.hybridlight.report;

import java.util.Locale;

/**
 * The fixed-decimal form of a figure in every table the tool prints (the {@code evaluate} table and the report):
 * "-" for a number that cannot be computed, never "-0.0".
 */
public final class FixedDecimals {

    private FixedDecimals() {
    }

    /** {@code v} with {@code decimals} decimals, "-" when it cannot be computed (NaN), never "-0.0". */
    public static String format(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // a tiny negative value rounds to "-0.000": show it as zero
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }
}
