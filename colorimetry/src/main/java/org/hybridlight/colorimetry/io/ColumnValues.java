package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Column-oriented values row by row in blocks of whole rows (about {@link #BLOCK} doubles, or one row when a row is
 * longer; growing costs no copy, so the peak is the values themselves), each row found through a table of its block
 * and offset, so that the rows of another part of the file are appended without copying them; the wavelengths apart,
 * and per column its sum and its negative values (kept: {@link NegativeValues}).
 */
final class ColumnValues {
    static final int BLOCK = 1 << 16;
    double[] wl = new double[512];
    /** Row r's values are {@code rowBlock[r][rowAt[r] .. rowAt[r] + width)}. */
    private double[][] rowBlock = new double[512][];
    private int[] rowAt = new int[512];
    private double[] block;
    private int blockUsed;
    final double[] sum;
    final int[] negatives;
    /** Each column's lowest negative value and its row. */
    final double[] lowest;
    final int[] lowestRow;
    private final int width;
    private final int rowsPerBlock;
    int n;

    ColumnValues(int columns) {
        width = columns - 1;
        rowsPerBlock = Math.max(1, BLOCK / width);
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
        double w = row.number(file, line, 0, "wavelength");
        SpectrumChecks.wavelength(file, line, w, n == 0 ? Double.NaN : wl[n - 1], row.text(0));
        if (block == null || blockUsed + width > block.length) {
            block = new double[rowsPerBlock * width];
            blockUsed = 0;
        }
        double[] b = block;
        int at = blockUsed;
        for (int c = 1; c < columns; c++) {
            double v = row.number(file, line, c, "value");
            if (v < 0) {
                negative(c - 1, v, n);
            }
            sum[c - 1] += v;
            b[at + c - 1] = v;
        }
        blockUsed += width;
        ensureRows(n + 1);
        wl[n] = w;
        rowBlock[n] = b;
        rowAt[n] = at;
        n++;
    }

    private void ensureRows(int rows) {
        if (rows > wl.length) {
            int length = Math.max(wl.length * 2, rows);
            wl = Arrays.copyOf(wl, length);
            rowBlock = Arrays.copyOf(rowBlock, length);
            rowAt = Arrays.copyOf(rowAt, length);
        }
    }

    private void negative(int c, double v, int row) {
        if (negatives[c] == 0 || v < lowest[c]) {
            lowest[c] = v;
            lowestRow[c] = row;
        }
        negatives[c]++;
    }

    /**
     * Whether the rows of {@code part} (read from the text after this one's, with the same columns) may follow
     * these: its first wavelength is above this one's last. The caller reads the text again when not.
     */
    boolean mayAppend(ColumnValues part) {
        return part.n == 0 || n == 0 || part.wl[0] > wl[n - 1];
    }

    /** Appends the rows of {@code part}, sharing its blocks; rows added later start a block of their own. */
    void append(ColumnValues part) {
        ensureRows(n + part.n);
        System.arraycopy(part.wl, 0, wl, n, part.n);
        System.arraycopy(part.rowBlock, 0, rowBlock, n, part.n);
        System.arraycopy(part.rowAt, 0, rowAt, n, part.n);
        for (int c = 0; c < width; c++) {
            sum[c] += part.sum[c];
            if (part.negatives[c] > 0) {
                int count = negatives[c];
                negative(c, part.lowest[c], n + part.lowestRow[c]);
                negatives[c] = count + part.negatives[c];
            }
        }
        block = null;
        n += part.n;
    }

    /**
     * Whether spectrum column {@code c} has a value above zero: asked only when its sum is not (a sum above zero has
     * one), so the parsing loop tests no value against zero; a test that the data never met before would stop the
     * compiled loop the first time a zero comes.
     */
    boolean hasPositive(int c) {
        for (int r = 0; r < n; r++) {
            if (rowBlock[r][rowAt[r] + c] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of the {@code count} spectrum columns from {@code from} (0 for the first after the wavelengths) into
     * {@code dest[0..count)}, each of at least {@link #n} values. Neighbouring columns are neighbours in a row, so
     * gathering many at once reads each row's cache line and page once, not once per column (one column alone
     * touches a new page at every wavelength).
     */
    void columns(int from, int count, double[][] dest) {
        for (int r = 0; r < n; r++) {
            double[] b = rowBlock[r];
            int at = rowAt[r] + from;
            for (int j = 0; j < count; j++) {
                dest[j][r] = b[at + j];
            }
        }
    }
}
