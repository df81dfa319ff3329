package org.hybridlight.colorimetry.cam;

/**
 * The exponential by table lookup and a short series, as in P. T. P. Tang, "Table-driven implementation of the
 * exponential function in IEEE floating-point arithmetic", ACM Trans. Math. Softw. 15(2), 144–157 (1989),
 * doi:10.1145/63522.214389: y = (64 m + j) ln 2 / 64 + r with |r| ≤ ln 2 / 128, so e^y = 2^m 2^(j/64) e^r
 * with a six-term series for e^r. Relative error below 1e-15 for |y| &lt; 700 (tested against {@link Math#exp});
 * other arguments, infinities and NaN go to {@link Math#exp}.
 */
final class FastExp {

    private static final int INDEX_BITS = 6;
    private static final int SIZE = 1 << INDEX_BITS;
    /** Beyond this |y| the result may leave the normal range: left to {@link Math#exp}. */
    private static final double LIMIT = 700;
    /** 1.5 × 2^52: adding it rounds to an integer held in the low bits of the sum. */
    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    private static final double SIZE_OVER_LN2 = SIZE / Math.log(2);
    /** ln 2 / 64 split so that k · HI is exact for |k| &lt; 2^20 (fdlibm's ln 2 halves over 64). */
    private static final double LN2_OVER_SIZE_HI = 6.93147180369123816490e-01 / SIZE;
    private static final double LN2_OVER_SIZE_LO = 1.90821492927058770002e-10 / SIZE;
    /** 2^(j/64). */
    private static final double[] TWO_TO_FRACTION = new double[SIZE];

    static {
        for (int j = 0; j < SIZE; j++) {
            TWO_TO_FRACTION[j] = StrictMath.pow(2, (double) j / SIZE);
        }
    }

    private FastExp() {
    }

    /** e^y, as {@link Math#exp} to within 1e-15 relative. */
    static double exp(double y) {
        if (!(Math.abs(y) < LIMIT)) {
            return Math.exp(y);
        }
        double shifted = Math.fma(y, SIZE_OVER_LN2, SHIFTER);
        long k = Double.doubleToRawLongBits(shifted) - SHIFTER_BITS;
        double kd = shifted - SHIFTER;
        double r = Math.fma(-kd, LN2_OVER_SIZE_LO, Math.fma(-kd, LN2_OVER_SIZE_HI, y));
        // e^r − 1 for |r| ≤ ln 2 / 128: the first omitted term, r^7 / 5040, is below 1e-19
        double series = r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720))))));
        double t = TWO_TO_FRACTION[(int) k & (SIZE - 1)];
        double scale = Double.longBitsToDouble(((k >> INDEX_BITS) + 1023) << 52);
        return Math.fma(t, series, t) * scale;
    }
}
