package org.hybridlight.colorimetry.io;

import java.util.regex.Pattern;

/**
 * The one rule for numbers a user types into an input file or an option: plain decimal notation ({@code 380},
 * {@code -0.5}, {@code .25}, {@code 1.5e-3}) and finite ({@code 1e400} overflows). {@link Double#parseDouble} also
 * takes {@code 2f}, {@code 8d}, {@code 0x1p3} and padding blanks; none of those is a number here. Tiny values stay
 * what they are (a Gaussian's tail written by another program is full of subnormals such as {@code 4.9e-324});
 * computations scale them, see the evaluator.
 */
public final class DecimalNumber {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private DecimalNumber() {
    }

    /**
     * The value of {@code text}.
     *
     * @throws NumberFormatException whose message says why it is not a usable number ("is not a number", "is
     *     not a finite number", "is too large")
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
        return Double.isInfinite(Double.parseDouble(text)) ? "is too large (beyond ±1.8e308)" : null;
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

    /**
     * The value of {@code c[off, off + len)} by the same rule as {@link #parse(String)}, without making a String (the
     * spectrum reader's cells); NaN when it is not a usable number, whose reason {@link #problem(String)} of the
     * cell's text tells.
     */
    static double parseOrNaN(char[] c, int off, int len) {
        if (!isDecimal(c, off, len)) {
            return Double.NaN;
        }
        try {
            // FastDoubleParser (bundled with jackson-core): correctly rounded like Double.parseDouble, no String
            double v = com.fasterxml.jackson.core.io.doubleparser.JavaDoubleParser.parseDouble(c, off, len);
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The grammar of {@link #DECIMAL}, scanned by hand: [+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?. */
    private static boolean isDecimal(char[] c, int off, int len) {
        int i = off;
        int end = off + len;
        if (i < end && (c[i] == '+' || c[i] == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < end && c[i] == '.') {
            i++;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < end && (c[i] == 'e' || c[i] == 'E')) {
            i++;
            if (i < end && (c[i] == '+' || c[i] == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == end;
    }
}
