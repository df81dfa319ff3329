package org.hybridlight.colorimetry.io;

import java.util.regex.Pattern;

/**
 * The one rule for numbers a user types into an input file or an option: plain decimal notation ({@code 380},
 * {@code -0.5}, {@code .25}, {@code 1.5e-3}), finite, and either zero or at least the smallest normal double
 * (2.2 × 10⁻³⁰⁸) in magnitude. {@link Double#parseDouble} also takes {@code 2f}, {@code 8d}, {@code 0x1p3} and
 * padding blanks, and turns {@code 1e-320} into a subnormal that overflows as soon as it is inverted; none of
 * those is a number here.
 */
public final class DecimalNumber {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** A mantissa with a non-zero digit: the text is not a zero. */
    private static final Pattern NONZERO_MANTISSA = Pattern.compile("^[+-]?[0.]*[1-9].*");

    private DecimalNumber() {
    }

    /**
     * The value of {@code text}.
     *
     * @throws NumberFormatException whose message says why it is not a usable number ("is not a number", "is
     *     not a finite number", "is too large", "is too small")
     */
    public static double parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new NumberFormatException("'" + text + "' " + problem);
        }
        return Double.parseDouble(text);
    }

    /** Why {@code text} is not a usable number, or null when it is one. */
    public static String problem(String text) {
        if (NON_FINITE.matcher(text).matches()) {
            return "is not a finite number";
        }
        if (!DECIMAL.matcher(text).matches()) {
            return "is not a number";
        }
        return magnitudeProblem(Double.parseDouble(text), NONZERO_MANTISSA.matcher(text).matches());
    }

    /**
     * Why a number parsed elsewhere (a JSON token) is unusable: infinite after parsing, or non-zero in its text
     * but below the normal range. Null when it is usable.
     */
    public static String magnitudeProblem(double value, boolean textIsNonZero) {
        if (Double.isInfinite(value)) {
            return "is too large (beyond ±1.8e308)";
        }
        if (textIsNonZero && Math.abs(value) < Double.MIN_NORMAL) {
            return "is too small to compute with (non-zero but below 2.2e-308 in magnitude)";
        }
        return null;
    }

    /** True when {@code text} starts like a number (a digit, a sign or a point before a digit, or NaN/Infinity). */
    public static boolean looksNumeric(String text) {
        int i = 0;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i)) || NON_FINITE.matcher(text).matches();
    }
}
