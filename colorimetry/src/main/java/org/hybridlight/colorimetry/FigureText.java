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

    /** {@code v} written by {@code format} (one {@code %f}-style conversion), {@link #MISSING} when not finite. */
    public static String of(String format, double v) {
        // + 0.0 turns -0.0 into 0.0: no "-0" for a value that rounds to zero
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v + 0.0) : MISSING;
    }
}
