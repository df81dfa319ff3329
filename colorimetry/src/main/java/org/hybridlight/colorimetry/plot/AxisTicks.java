package org.hybridlight.colorimetry.plot;

import java.util.Locale;

/**
 * The value axes' ticks, one rule for every plot: a "nice" step (1, 2 or 5 × 10ⁿ) and labels with just the decimals
 * the step needs (step 5: "35", step 0.25: "0.25", step 0.1: "0.3"), so that no label shows digits the axis cannot
 * resolve ("35.000"). Steps finer than {@value #MAX_FIXED_DECIMALS} decimals (an absolute spectrum in W/nm of a
 * weak source) are labelled in scientific notation.
 */
public final class AxisTicks {

    /** Beyond this many decimals a label is scientific ("2.5e-05"): "0.000025" is hard to read. */
    static final int MAX_FIXED_DECIMALS = 4;

    /** The most decimals a step is examined for; a step is a float, so a finer remainder is rounding. */
    private static final int MAX_DECIMALS = 12;

    private AxisTicks() {
    }

    /** A step of 1, 2 or 5 × 10ⁿ giving about {@code ticks} ticks over {@code range} (> 0). */
    public static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
    }

    /** The fewest decimals that write every multiple of {@code step} (> 0) exactly: 50 → 0, 0.25 → 2, 0.1 → 1. */
    public static int decimals(double step) {
        for (int d = 0; d < MAX_DECIMALS; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, scaled)) {
                return d;
            }
        }
        return MAX_DECIMALS;
    }

    /** The label of the tick at {@code value} on an axis of {@code step}; "0" at zero, never "-0". */
    public static String label(double value, double step) {
        if (Math.abs(value) < 1e-9 * step) {
            return "0";
        }
        int d = decimals(step);
        if (d <= MAX_FIXED_DECIMALS) {
            return String.format(Locale.ROOT, "%." + d + "f", value + 0.0);
        }
        // the mantissa's decimals: the step's decimals beyond the value's own exponent
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        return String.format(Locale.ROOT, "%." + Math.max(0, d + exponent) + "e", value);
    }
}
