package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/**
 * Reads spectra from delimited text: first column wavelength in nm, each further column one spectrum; an optional
 * header row naming the columns; {@code #} comment lines and blank lines ignored. The delimiter (tab, comma,
 * semicolon or blanks) is taken from the first non-comment line. A file may hold thousands of spectra.
 *
 * <p>Every problem is an {@link InputException} naming the file and line: a missing or empty file, a cell that
 * is not a number, NaN, an infinite or negative value, wavelengths that do not increase, a row with the wrong
 * number of cells, fewer than two points, a spectrum that is zero everywhere.
 */
public final class SpectrumFileReader {

    /** The range a spectrum should cover for colorimetry; less gets a warning. */
    public static final double VISIBLE_FROM_NM = 380;
    public static final double VISIBLE_TO_NM = 780;

    private SpectrumFileReader() {
    }

    /** Reads every spectrum of {@code file}; warnings (e.g. a short range) go to {@code warnings}. */
    public static List<NamedSpectrum> read(Path file, Consumer<String> warnings) throws InputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (MalformedInputException e) {
            throw new InputException(file.toString(), "not a text file (invalid UTF-8)");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return parse(file, text, warnings);
    }

    static List<NamedSpectrum> parse(Path file, String text, Consumer<String> warnings) throws InputException {
        if (text.indexOf('\0') >= 0) {
            throw new InputException(file.toString(), "not a text file (contains NUL bytes)");
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        char delimiter = 0;
        String[] header = null;
        int columns = -1;
        int dataLines = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty() && line.charAt(0) != '#') {
                dataLines++;
            }
        }
        double[] wavelengths = new double[dataLines];
        double[][] values = null;
        int row = 0;
        int firstDataLine = -1;
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln].strip();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int lineNumber = ln + 1;
            if (delimiter == 0) {
                delimiter = detectDelimiter(line);
            }
            String[] cells = split(line, delimiter);
            if (columns < 0) {
                columns = cells.length;
                if (columns < 2) {
                    throw InputException.atLine(file, lineNumber,
                            "need a wavelength column and at least one spectrum column, found 1 column");
                }
                if (!isNumber(cells[0])) {
                    header = cells;
                    wavelengths = new double[dataLines - 1];
                    values = new double[columns - 1][dataLines - 1];
                    continue;
                }
                values = new double[columns - 1][dataLines];
            }
            if (cells.length != columns) {
                throw InputException.atLine(file, lineNumber,
                        "expected " + columns + " cells like the first row, found " + cells.length);
            }
            double wl = number(file, lineNumber, cells[0], "wavelength");
            if (!(wl > 0)) {
                throw InputException.atLine(file, lineNumber, "wavelength must be positive, got " + cells[0]);
            }
            if (row > 0 && wl <= wavelengths[row - 1]) {
                throw InputException.atLine(file, lineNumber, "wavelengths must increase: " + cells[0] + " nm after "
                        + format(wavelengths[row - 1]) + " nm");
            }
            wavelengths[row] = wl;
            for (int c = 1; c < columns; c++) {
                double v = number(file, lineNumber, cells[c], "value");
                if (v < 0) {
                    throw InputException.atLine(file, lineNumber,
                            "negative value " + cells[c] + " in column " + (c + 1) + " at " + cells[0] + " nm");
                }
                values[c - 1][row] = v;
            }
            if (firstDataLine < 0) {
                firstDataLine = lineNumber;
            }
            row++;
        }
        if (columns < 0) {
            throw new InputException(file.toString(), "no data (the file is empty or only comments)");
        }
        if (row == 0) {
            throw new InputException(file.toString(), "no data rows, only a header");
        }
        if (row < 2) {
            throw InputException.atLine(file, firstDataLine, "a spectrum needs at least two wavelengths, found 1");
        }
        String base = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<NamedSpectrum> result = new ArrayList<>(columns - 1);
        for (int c = 1; c < columns; c++) {
            String name = header != null && !header[c].isEmpty() ? header[c]
                    : columns == 2 ? base : base + "#" + c;
            boolean any = false;
            for (double v : values[c - 1]) {
                if (v > 0) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                throw new InputException(file.toString(), "spectrum '" + name + "' (column " + (c + 1)
                        + ") is zero at every wavelength");
            }
            result.add(new NamedSpectrum(name, new Spectrum(wavelengths, values[c - 1])));
        }
        double first = wavelengths[0];
        double last = wavelengths[row - 1];
        if (first > VISIBLE_FROM_NM || last < VISIBLE_TO_NM) {
            warnings.accept(file + ": spectra cover " + format(first) + "-" + format(last)
                    + " nm, not all of 380-780 nm; they are extended with their end values");
        }
        return result;
    }

    private static char detectDelimiter(String line) {
        if (line.indexOf('\t') >= 0) {
            return '\t';
        }
        if (line.indexOf(',') >= 0) {
            return ',';
        }
        if (line.indexOf(';') >= 0) {
            return ';';
        }
        return ' ';
    }

    private static String[] split(String line, char delimiter) {
        if (delimiter == ' ') {
            return line.trim().split("\\s+");
        }
        List<String> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = line.indexOf(delimiter, start);
            if (end < 0) {
                cells.add(unquote(line.substring(start).strip()));
                break;
            }
            cells.add(unquote(line.substring(start, end).strip()));
            start = end + 1;
        }
        return cells.toArray(new String[0]);
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"'
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(Path file, int line, String cell, String what) throws InputException {
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw InputException.atLine(file, line, what + " '" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw InputException.atLine(file, line, what + " '" + cell + "' is not a finite number");
        }
        return v;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
