package org.hybridlight.colorimetry.cam;

/**
 * x^a for one fixed exponent a, by the argument reduction of P. T. P. Tang's table-driven logarithm (ACM Trans.
 * Math. Softw. 16(4), 378–400 (1990), doi:10.1145/98267.98294) without the logarithm: x = 2^e m and m = c_k (1 +
 * r) with c_k the nearest of 128 table points (|r| &lt; 2^−8), so x^a = (2^e)^a · c_k^a · (1 + r)^a, the first two
 * from tables and the last from its binomial series. One table lookup pair and one short polynomial, where
 * {@code Math.pow} or {@code exp(a ln x)} costs two; relative error below 1e-15 for 2^−128 ≤ x &lt; 2^128
 * (tested against {@link Math#pow}), other arguments (zero, negative, tiny, huge, infinite, NaN) go to {@link
 * Math#pow}, so every special case is the same. Immutable and thread-safe.
 */
final class FixedExponentPow {

    private static final int INDEX_BITS = 7;
    private static final int SIZE = 1 << INDEX_BITS;
    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;
    private static final long EXPONENT_ONE = 0x3FF0000000000000L;
    /** Binary exponents with table rows; beyond them {@link Math#pow}. */
    private static final int MIN_EXPONENT = -128;
    private static final int MAX_EXPONENT = 127;
    private static final long LOWEST = Double.doubleToRawLongBits(Math.scalb(1.0, MIN_EXPONENT));
    private static final long BEYOND = Double.doubleToRawLongBits(Math.scalb(1.0, MAX_EXPONENT + 1));
    /** Terms of the binomial series of (1 + r)^a after the constant: r^7 |C(a, 7)| &lt; 1e-18 for 0 &lt; a ≤ 2. */
    private static final int TERMS = 6;

    private final double exponent;
    /** (2^e)^a, e from {@link #MIN_EXPONENT}. */
    private final double[] powerOfTwo = new double[MAX_EXPONENT - MIN_EXPONENT + 1];
    /** 1 / c_k, c_k = 1 + (k + ½) / 128; rounded, and {@link #centre} made from the rounded value. */
    private final double[] inverse = new double[SIZE];
    /** (1 / inverse[k])^a. */
    private final double[] centre = new double[SIZE];
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double c5;
    private final double c6;

    /** @param exponent a, above 0 and at most 2 (the series' error bound) */
    FixedExponentPow(double exponent) {
        if (!(exponent > 0 && exponent <= 2)) {
            throw new IllegalArgumentException("exponent must be in (0, 2], got " + exponent);
        }
        this.exponent = exponent;
        for (int e = MIN_EXPONENT; e <= MAX_EXPONENT; e++) {
            powerOfTwo[e - MIN_EXPONENT] = StrictMath.pow(Math.scalb(1.0, e), exponent);
        }
        for (int k = 0; k < SIZE; k++) {
            inverse[k] = 1 / (1 + (k + 0.5) / SIZE);
            centre[k] = StrictMath.pow(inverse[k], -exponent);
        }
        double[] c = new double[TERMS + 1];
        c[0] = 1;
        for (int n = 1; n <= TERMS; n++) {
            c[n] = c[n - 1] * (exponent - n + 1) / n;
        }
        c1 = c[1];
        c2 = c[2];
        c3 = c[3];
        c4 = c[4];
        c5 = c[5];
        c6 = c[6];
    }

    /** x^a, as {@link Math#pow} to within 1e-15 relative. */
    double pow(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < LOWEST || bits >= BEYOND) {
            return Math.pow(x, exponent);
        }
        int e = (int) (bits >>> MANTISSA_BITS) - 1023;
        int k = (int) (bits >>> (MANTISSA_BITS - INDEX_BITS)) & (SIZE - 1);
        double m = Double.longBitsToDouble((bits & MANTISSA_MASK) | EXPONENT_ONE);
        double r = Math.fma(m, inverse[k], -1);
        double series = r * (c1 + r * (c2 + r * (c3 + r * (c4 + r * (c5 + r * c6)))));
        double scale = powerOfTwo[e - MIN_EXPONENT] * centre[k];
        return Math.fma(scale, series, scale);
    }
}
