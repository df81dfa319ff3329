package org.hybridlight.report;

import org.hybridlight.colorimetry.FigureText;

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
        return FigureText.of("%." + decimals + "f", v);
    }
}
