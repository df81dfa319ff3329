package org.hybridlight.colorimetry.io;

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
 * is not a number by the {@link DecimalNumber} rule (so neither {@code 2f} nor {@code 0x1p3}), NaN, an infinite
 * or negative value, wavelengths that do not increase, a row with the wrong number of cells, fewer than
 * two points, a spectrum that is zero everywhere, a file larger than {@link #MAX_FILE_BYTES} or than the heap can
 * hold. A UTF-8 byte-order mark is dropped; a first row is a header when its first cell does not start like a
 * number.
 */
public final class SpectrumFileReader {

    /** The range a spectrum should cover for colorimetry; less gets a warning. */
    public static final double VISIBLE_FROM_NM = 380;
    public static final double VISIBLE_TO_NM = 780;

    private SpectrumFileReader() {
    }

    /**
     * The largest spectrum file read (1 GiB; 10,000 spectra of 401 points take 35 MB). Reading needs about
     * {@link #MEMORY_PER_BYTE} bytes of heap per byte of the file: the bytes, the text, the values and the spectra.
     */
    public static final long MAX_FILE_BYTES = 1L << 30;
    static final int MEMORY_PER_BYTE = 4;

    /** Reads every spectrum of {@code file}; warnings (e.g. a short range) go to {@code warnings}. */
    public static List<NamedSpectrum> read(Path file, Consumer<String> warnings) throws InputException {
        return parse(file, InputFiles.readText(file, MAX_FILE_BYTES, MEMORY_PER_BYTE), warnings);
    }

    static List<NamedSpectrum> parse(Path file, String text, Consumer<String> warnings) throws InputException {
        text = InputFiles.withoutBom(text);
        if (text.indexOf('\0') >= 0) {
            throw new InputException(file.toString(), "not a text file (contains NUL bytes)");
        }
        char delimiter = 0;
        String[] header = null;
        int columns = -1;
        int dataLines = 0;
        // lines are scanned in place, not split into an array: a large file is not held twice
        for (Lines it = new Lines(text); it.next(); ) {
            String line = it.line.strip();
            if (!line.isEmpty() && line.charAt(0) != '#') {
                dataLines++;
            }
        }
        double[] wavelengths = new double[dataLines];
        double[][] values = null;
        int row = 0;
        int firstDataLine = -1;
        for (Lines it = new Lines(text); it.next(); ) {
            String line = it.line.strip();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int lineNumber = it.number;
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
                if (!DecimalNumber.looksNumeric(cells[0])) {
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

    private static double number(Path file, int line, String cell, String what) throws InputException {
        String problem = DecimalNumber.problem(cell);
        if (problem != null) {
            throw InputException.atLine(file, line, what + " '" + cell + "' " + problem);
        }
        return Double.parseDouble(cell);
    }

    /** The lines of a text (line ends \n, \r\n or \r) with their 1-based numbers. */
    private static final class Lines {
        private final String text;
        private int pos;
        String line;
        int number;

        Lines(String text) {
            this.text = text;
        }

        boolean next() {
            if (pos > text.length()) {
                return false;
            }
            int end = pos;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            line = text.substring(pos, end);
            number++;
            pos = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            return true;
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
