package org.hybridlight.colorimetry;

import java.util.Locale;

/**
 * How a figure is written where it may be missing (NaN: not computable for this spectrum): a dash, never "NaN".
 * The one rule for the plots' headings and the designer's panels; the command line's aligned ASCII tables write
 * "-" by their own rule.
 */
public final class FigureText {

    /** What stands for a figure that cannot be computed. */
    public static final String MISSING = "–";

    private FigureText() {
    }

    /**
     * {@code v} written by {@code format} (one {@code %f}-style conversion), {@link #MISSING} when not finite; a
     * value that rounds to zero is written as zero, "0" not "-0" ({@code %+.4f}: "+0.0000" for -0.00002).
     */
    public static String of(String format, double v) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        String s = String.format(Locale.ROOT, format, v + 0.0); // + 0.0: -0.0 is 0.0
        return v < 0 && noNonZeroDigit(s) ? String.format(Locale.ROOT, format, 0.0) : s;
    }

    private static boolean noNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
