package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Column-oriented values row by row in blocks of {@link #BLOCK} doubles (growing costs no copy, so the peak is the
 * values themselves), the wavelengths apart, and per column whether it has a positive value, its sum and its negative
 * values (kept: {@link NegativeValues}).
 */
final class ColumnValues {
    static final int BLOCK_BITS = 16;
    static final int BLOCK = 1 << BLOCK_BITS;
    double[] wl = new double[512];
    private final List<double[]> blocks = new ArrayList<>();
    final boolean[] positive;
    final double[] sum;
    final int[] negatives;
    /** Each column's lowest negative value and its row. */
    final double[] lowest;
    final int[] lowestRow;
    private final int width;
    int n;
    private long size;

    ColumnValues(int columns) {
        width = columns - 1;
        positive = new boolean[width];
        sum = new double[width];
        negatives = new int[width];
        lowest = new double[width];
        lowestRow = new int[width];
    }

    void add(Path file, int line, DelimitedRows row, int columns) throws InputException {
        if (row.count != columns) {
            throw InputException.atLine(file, line, "expected " + columns + " cells like the first row, found "
                    + row.count);
        }
        if (n == wl.length) {
            wl = Arrays.copyOf(wl, wl.length * 2);
        }
        double w = row.number(file, line, 0, "wavelength");
        SpectrumChecks.wavelength(file, line, w, n == 0 ? Double.NaN : wl[n - 1], row.text(0));
        wl[n] = w;
        for (int c = 1; c < columns; c++) {
            double v = row.number(file, line, c, "value");
            if (v < 0) {
                negative(c - 1, v, n);
            }
            positive[c - 1] |= v > 0;
            sum[c - 1] += v;
            put(v);
        }
        n++;
    }

    private void negative(int c, double v, int row) {
        if (negatives[c] == 0 || v < lowest[c]) {
            lowest[c] = v;
            lowestRow[c] = row;
        }
        negatives[c]++;
    }

    private void put(double v) {
        int b = (int) (size >>> BLOCK_BITS);
        if (b == blocks.size()) {
            blocks.add(new double[BLOCK]);
        }
        blocks.get(b)[(int) (size & (BLOCK - 1))] = v;
        size++;
    }

    /**
     * Whether the rows of {@code part} (read from the text after this one's, with the same columns) may follow
     * these: its first wavelength is above this one's last. The caller reads the text again when not.
     */
    boolean mayAppend(ColumnValues part) {
        return part.n == 0 || n == 0 || part.wl[0] > wl[n - 1];
    }

    /** Appends the rows of {@code part}, releasing its blocks as they are copied. */
    void append(ColumnValues part) {
        if (n + part.n > wl.length) {
            wl = Arrays.copyOf(wl, Math.max(wl.length * 2, n + part.n));
        }
        System.arraycopy(part.wl, 0, wl, n, part.n);
        for (int c = 0; c < width; c++) {
            positive[c] |= part.positive[c];
            sum[c] += part.sum[c];
            if (part.negatives[c] > 0) {
                int count = negatives[c];
                negative(c, part.lowest[c], n + part.lowestRow[c]);
                negatives[c] = count + part.negatives[c];
            }
        }
        long copied = 0;
        for (int b = 0; b < part.blocks.size() && copied < part.size; b++) {
            double[] block = part.blocks.get(b);
            part.blocks.set(b, null);
            int len = (int) Math.min(BLOCK, part.size - copied);
            for (int off = 0; off < len; ) {
                int at = (int) (size & (BLOCK - 1));
                if (at == 0 && (size >>> BLOCK_BITS) == blocks.size()) {
                    blocks.add(new double[BLOCK]);
                }
                int m = Math.min(len - off, BLOCK - at);
                System.arraycopy(block, off, blocks.get((int) (size >>> BLOCK_BITS)), at, m);
                off += m;
                size += m;
            }
            copied += len;
        }
        n += part.n;
    }

    /** The values of spectrum column {@code c} (0 for the first after the wavelengths). */
    double[] column(int c) {
        double[] v = new double[n];
        for (int r = 0; r < n; r++) {
            long k = (long) r * width + c;
            v[r] = blocks.get((int) (k >>> BLOCK_BITS))[(int) (k & (BLOCK - 1))];
        }
        return v;
    }
}
