package org.hybridlight.colorimetry.io;

import java.util.Arrays;
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

    /** Exact powers of ten as doubles: 10^0 … 10^22 (10^22 is the largest exactly representable). */
    private static final double[] POWERS_OF_TEN = new double[23];
    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Digits whose value stays exact in a double's 53-bit significand. */
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** Decimal digits that always make an integer below 2^53. */
    private static final int EXACT_DIGITS = 15;

    /**
     * The number of {@code count} decimal digits {@code digits}, {@code fraction} of them after the point (-1: no
     * point), by the exact rule of {@link #parseOrNaN}; NaN when there are no digits or more than 15 (the caller
     * reads the text then).
     */
    static double ofDigits(long digits, int count, int fraction, boolean negative) {
        if (count == 0 || count > EXACT_DIGITS) {
            return Double.NaN;
        }
        return exact(digits, fraction > 0 ? -fraction : 0, negative);
    }

    /**
     * {@code mantissa} × 10^{@code e10}, both exact as doubles (mantissa below 2^53, |e10| at most 22): one correctly
     * rounded multiplication or division.
     */
    private static double exact(long mantissa, int e10, boolean negative) {
        double v = e10 >= 0 ? mantissa * POWERS_OF_TEN[e10] : mantissa / POWERS_OF_TEN[-e10];
        return negative ? -v : v;
    }

    /**
     * The value of {@code c[off, off + len)} by the same rule as {@link #parse(String)}, without making a String (the
     * spectrum reader's cells); NaN when it is not a usable number, whose reason {@link #problem(String)} of the
     * cell's text tells. With {@code decimalComma} a comma is a decimal point ({@code 0,5}).
     *
     * <p>The grammar is checked and the digits gathered in one pass. A number whose digits make an integer below
     * 2^53 and whose decimal exponent is within ±22 is then an exact integer times or divided by an exact power of
     * ten: one correctly rounded operation, so the result is the double {@link Double#parseDouble} gives (Clinger,
     * "How to read floating point numbers accurately", PLDI 1990, DOI 10.1145/93542.93557). Anything else goes to
     * FastDoubleParser (bundled with jackson-core), correctly rounded too.
     */
    static double parseOrNaN(char[] c, int off, int len, boolean decimalComma) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && (c[i] == '+' || c[i] == '-')) {
            negative = c[i] == '-';
            i++;
        }
        long mantissa = 0;
        int scale = 0;
        boolean exact = true;
        int intDigits = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9') {
            if (mantissa < MAX_EXACT_MANTISSA / 10) {
                mantissa = mantissa * 10 + (c[i] - '0');
            } else {
                exact = false;
            }
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        int point = -1;
        if (i < end && (c[i] == '.' || decimalComma && c[i] == ',')) {
            point = i;
            i++;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (mantissa < MAX_EXACT_MANTISSA / 10) {
                    mantissa = mantissa * 10 + (c[i] - '0');
                    scale--;
                } else {
                    exact = false;
                }
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < end && (c[i] == 'e' || c[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (c[i] == '+' || c[i] == '-')) {
                negativeExponent = c[i] == '-';
                i++;
            }
            int expDigits = 0;
            while (i < end && c[i] >= '0' && c[i] <= '9') {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (c[i] - '0');
                }
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != end) {
            return Double.NaN;
        }
        int e10 = scale + exponent;
        if (exact && e10 >= -22 && e10 <= 22) {
            return exact(mantissa, e10, negative);
        }
        return slow(c, off, len, point);
    }

    /** FastDoubleParser on the cell (its decimal comma made a point). */
    private static double slow(char[] c, int off, int len, int point) {
        char[] text = c;
        int from = off;
        if (point >= 0 && c[point] == ',') {
            text = Arrays.copyOfRange(c, off, off + len);
            text[point - off] = '.';
            from = 0;
        }
        try {
            double v = com.fasterxml.jackson.core.io.doubleparser.JavaDoubleParser.parseDouble(text, from, len);
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
