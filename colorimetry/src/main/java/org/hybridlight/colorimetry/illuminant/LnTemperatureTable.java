package org.hybridlight.colorimetry.illuminant;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.DoubleFunction;

/**
 * A vector-valued smooth function of temperature — e.g. the tristimulus sums of test samples under a blackbody —
 * tabulated on equal steps of ln T and read back by four-point Lagrange interpolation; outside the table it is
 * computed directly. The rows are computed a block at a time when first read, so a file of lamps near one
 * temperature pays for the rows around it, not for the whole range; a row's values are the same whenever and on
 * whichever thread it is computed. Thread-safe.
 */
public final class LnTemperatureTable {

    /** Rows computed together: 1.6 % of the temperature at the CIE 13.3 table's step, 6.4 % at TM-30's. */
    static final int BLOCK_ROWS = 16;

    private final double lnStart;
    private final double lnStep;
    private final int rows;
    private final int width;
    private final AtomicReferenceArray<double[]> blocks;
    private final DoubleFunction<double[]> direct;

    /**
     * @param minK lowest temperature read from the table, K
     * @param maxK highest temperature read from the table, K
     * @param lnStep step in ln T
     * @param width length of the function's value
     * @param direct the function itself; called from the threads that read the table, so it must be thread-safe
     */
    public LnTemperatureTable(double minK, double maxK, double lnStep, int width, DoubleFunction<double[]> direct) {
        this.lnStep = lnStep;
        this.width = width;
        this.direct = direct;
        // one row below the range and two above it for the four-point stencil
        lnStart = Math.log(minK) - lnStep;
        rows = (int) Math.ceil((Math.log(maxK) - lnStart) / lnStep) + 3;
        blocks = new AtomicReferenceArray<>((rows + BLOCK_ROWS - 1) / BLOCK_ROWS);
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
        // the four rows may lie in two blocks
        double[] t0 = block(i - 1);
        double[] t1 = block(i);
        double[] t2 = block(i + 1);
        double[] t3 = block(i + 2);
        int a0 = offset(i - 1);
        int a1 = offset(i);
        int a2 = offset(i + 1);
        int a3 = offset(i + 2);
        for (int k = 0; k < width; k++) {
            out[k] = w0 * t0[a0 + k] + w1 * t1[a1 + k] + w2 * t2[a2 + k] + w3 * t3[a3 + k];
        }
    }

    /** Rows of the table computed so far (for tests). */
    int rowsComputed() {
        int n = 0;
        for (int b = 0; b < blocks.length(); b++) {
            double[] block = blocks.get(b);
            n += block == null ? 0 : block.length / width;
        }
        return n;
    }

    private int offset(int row) {
        return (row % BLOCK_ROWS) * width;
    }

    /** The block that holds {@code row}, computed now if no thread has yet. */
    private double[] block(int row) {
        int b = row / BLOCK_ROWS;
        double[] block = blocks.get(b);
        if (block != null) {
            return block;
        }
        int first = b * BLOCK_ROWS;
        int count = Math.min(BLOCK_ROWS, rows - first);
        double[] made = new double[count * width];
        for (int r = 0; r < count; r++) {
            System.arraycopy(direct.apply(Math.exp(lnStart + (first + r) * lnStep)), 0, made, r * width, width);
        }
        // two threads that met the block at once made the same values: the first one stays
        return blocks.compareAndSet(b, null, made) ? made : blocks.get(b);
    }
}
