package org.hybridlight.ciedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the bundled standard tables: {@code #} provenance lines, a header {@code wavelength_nm,<names>}, then
 * one comma-separated row per wavelength. A malformed resource is a packaging bug, reported with its line.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static SpectralTable readResource(String resource) {
        try (InputStream in = CsvTableReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("standard table resource missing: " + resource);
            }
            return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard table " + resource, e);
        }
    }

    private static SpectralTable read(String name, BufferedReader reader) throws IOException {
        StringBuilder description = new StringBuilder();
        List<String> header = null;
        List<double[]> rows = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.startsWith("#")) {
                description.append(line.substring(1).trim()).append('\n');
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (header == null) {
                if (!cells[0].equals("wavelength_nm")) {
                    throw bad(name, lineNumber, "header must start with wavelength_nm");
                }
                header = Arrays.asList(cells).subList(1, cells.length);
                continue;
            }
            if (cells.length != header.size() + 1) {
                throw bad(name, lineNumber, "expected " + (header.size() + 1) + " cells, found " + cells.length);
            }
            double[] row = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                try {
                    row[i] = Double.parseDouble(cells[i]);
                } catch (NumberFormatException e) {
                    throw bad(name, lineNumber, "not a number: '" + cells[i] + "'");
                }
                if (!Double.isFinite(row[i])) {
                    throw bad(name, lineNumber, "not finite: '" + cells[i] + "'");
                }
            }
            if (!rows.isEmpty() && row[0] <= rows.get(rows.size() - 1)[0]) {
                throw bad(name, lineNumber, "wavelengths must increase");
            }
            rows.add(row);
        }
        if (header == null || rows.size() < 2) {
            throw new IllegalStateException(name + ": no data");
        }
        double[] wavelengths = new double[rows.size()];
        double[][] columns = new double[header.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            wavelengths[r] = rows.get(r)[0];
            for (int c = 0; c < header.size(); c++) {
                columns[c][r] = rows.get(r)[c + 1];
            }
        }
        return new SpectralTable(description.toString().trim(), wavelengths, header, columns);
    }

    private static IllegalStateException bad(String name, int line, String what) {
        return new IllegalStateException(name + ":" + line + ": " + what);
    }
}
