package org.hybridlight.ciedata;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable standard table: one wavelength column (nm, strictly increasing) and named value columns.
 *
 * <p>Accessors return copies, so a table can be shared between threads freely.
 *
 * @param description the provenance lines of the resource file (its {@code #} comments)
 * @param wavelengthsNm wavelengths in nm
 * @param columnNames names of the value columns, in file order
 * @param columns one array per column, each as long as {@code wavelengthsNm}
 */
public record SpectralTable(String description, double[] wavelengthsNm, List<String> columnNames, double[][] columns) {

    public SpectralTable {
        wavelengthsNm = wavelengthsNm.clone();
        columnNames = List.copyOf(columnNames);
        double[][] copy = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].length != wavelengthsNm.length) {
                throw new IllegalArgumentException("column " + columnNames.get(i) + " has " + columns[i].length
                        + " values for " + wavelengthsNm.length + " wavelengths");
            }
            copy[i] = columns[i].clone();
        }
        if (copy.length != columnNames.size()) {
            throw new IllegalArgumentException(columnNames.size() + " names for " + copy.length + " columns");
        }
        columns = copy;
    }

    @Override
    public double[] wavelengthsNm() {
        return wavelengthsNm.clone();
    }

    @Override
    public double[][] columns() {
        double[][] copy = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            copy[i] = columns[i].clone();
        }
        return copy;
    }

    public int size() {
        return wavelengthsNm.length;
    }

    public double firstWavelengthNm() {
        return wavelengthsNm[0];
    }

    public double lastWavelengthNm() {
        return wavelengthsNm[wavelengthsNm.length - 1];
    }

    /** The values of the named column (a copy). */
    public double[] column(String name) {
        int index = columnNames.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + columnNames);
        }
        return columns[index].clone();
    }

    /** The values of the column at {@code index} (a copy). */
    public double[] column(int index) {
        return columns[index].clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpectralTable t && Arrays.equals(wavelengthsNm, t.wavelengthsNm)
                && columnNames.equals(t.columnNames) && Arrays.deepEquals(columns, t.columns);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(wavelengthsNm) + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return "SpectralTable" + columnNames + " " + firstWavelengthNm() + "-" + lastWavelengthNm() + " nm, "
                + size() + " rows";
    }
}
