package org.hybridlight.colorimetry.illuminant;

import java.util.function.DoubleFunction;

/**
 * A vector-valued smooth function of temperature — e.g. the tristimulus sums of test samples under a blackbody —
 * tabulated once on equal steps of ln T and read back by four-point Lagrange interpolation; outside the table it
 * is computed directly. Immutable and thread-safe.
 */
public final class LnTemperatureTable {

    private final double lnStart;
    private final double lnStep;
    private final int rows;
    private final int width;
    private final double[] table;
    private final DoubleFunction<double[]> direct;

    /**
     * @param minK lowest temperature read from the table, K
     * @param maxK highest temperature read from the table, K
     * @param lnStep step in ln T
     * @param width length of the function's value
     * @param direct the function itself
     */
    public LnTemperatureTable(double minK, double maxK, double lnStep, int width, DoubleFunction<double[]> direct) {
        this.lnStep = lnStep;
        this.width = width;
        this.direct = direct;
        // one row below the range and two above it for the four-point stencil
        lnStart = Math.log(minK) - lnStep;
        rows = (int) Math.ceil((Math.log(maxK) - lnStart) / lnStep) + 3;
        table = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(direct.apply(Math.exp(lnStart + r * lnStep)), 0, table, r * width, width);
        }
    }

    /** The function at {@code temperatureK} into {@code out}. */
    public void valueInto(double temperatureK, double[] out) {
        double pos = (Math.log(temperatureK) - lnStart) / lnStep;
        int i = (int) Math.floor(pos);
        if (i < 1 || i + 2 >= rows) {
            System.arraycopy(direct.apply(temperatureK), 0, out, 0, width);
            return;
        }
        double f = pos - i;
        // Lagrange weights at nodes -1, 0, 1, 2
        double w0 = -f * (f - 1) * (f - 2) / 6;
        double w1 = (f + 1) * (f - 1) * (f - 2) / 2;
        double w2 = -(f + 1) * f * (f - 2) / 2;
        double w3 = (f + 1) * f * (f - 1) / 6;
        int a = (i - 1) * width;
        for (int k = 0; k < width; k++) {
            out[k] = w0 * table[a + k] + w1 * table[a + width + k] + w2 * table[a + 2 * width + k]
                    + w3 * table[a + 3 * width + k];
        }
    }
}
