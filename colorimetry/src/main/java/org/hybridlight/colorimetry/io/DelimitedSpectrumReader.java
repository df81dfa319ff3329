package org.hybridlight.colorimetry.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.Orientation;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.WavelengthUnit;

/**
 * Delimited text as spreadsheets and scripts write it, parsed by Jackson's streaming CSV parser (RFC 4180: quoted
 * cells with delimiters, doubled quotes and line breaks; CR LF, LF or CR line ends; {@code #} comment lines; blank
 * lines). The delimiter is the first of tab, {@code ;}, {@code ,} found outside quotes in the first line that is not a
 * comment, else blanks (runs of blanks count as one). With tab or {@code ;} a decimal comma is a decimal point
 * ({@code 0,5}). Trailing empty cells are dropped. A first row whose first cell does not start like a number is a
 * header ({@code Wavelength [nm],lamp}); a header {@code [µm]} or {@code (um)} gives the wavelengths in µm.
 *
 * <p>Spectra in columns (first column wavelengths) or in rows (first row wavelengths after a label cell, each
 * further row a name and its values); rows are detected when the first row's cells after its first are increasing
 * numbers and the second row's first cell is a name, else columns, or given by {@link Orientation}. A row-oriented
 * file becomes one spectrum per row as it is parsed. Cells are parsed from the parser's character buffer into
 * reused arrays: no String per number.
 */
final class DelimitedSpectrumReader {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Pattern MICROMETRE_HEADER = Pattern.compile("(?i).*[\\[(]\\s*(µm|um|micron|micrometre"
            + "|micrometer)s?\\s*[\\])].*");

    private DelimitedSpectrumReader() {
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        return read(file, new StringReader(text), delimiter(text), options, Map.of());
    }

    /**
     * Reads the spectra of delimited text from {@code in}, cut at {@code delimiter} ({@code ' '} for blanks);
     * every spectrum gets {@code metadata}.
     */
    static List<NamedSpectrum> read(Path file, Reader in, char delimiter, SpectrumReadOptions options,
            Map<String, String> metadata) throws InputException {
        try (CsvParser p = (CsvParser) FACTORY.createParser(in)) {
            p.setSchema(CsvSchema.emptySchema().withoutHeader().withColumnSeparator(delimiter)
                    .withQuoteChar('"').withoutEscapeChar());
            Rows rows = new Rows(p, delimiter == ' ', delimiter != ',');
            try {
                return new Reading(file, rows, options, metadata).run();
            } catch (JsonProcessingException e) {
                throw InputException.atLine(file, Math.max(1, p.currentLocation().getLineNr()),
                        "not readable as delimited text: " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + IoErrors.reason(e), e);
        }
    }

    /** The delimiter of the first line that is neither blank nor a comment (outside quotes). */
    static char delimiter(CharSequence text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = i;
            while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                s++;
            }
            if (s < end && text.charAt(s) != '#') {
                boolean quoted = false;
                boolean tab = false;
                boolean semicolon = false;
                boolean comma = false;
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted) {
                        tab |= c == '\t';
                        semicolon |= c == ';';
                        comma |= c == ',';
                    }
                }
                return tab ? '\t' : semicolon ? ';' : comma ? ',' : ' ';
            }
            i = end + 1;
        }
        return ',';
    }

    /** One pass over the rows: header, orientation, then the data. */
    private static final class Reading {
        private final Path file;
        private final Rows rows;
        private final SpectrumReadOptions options;
        private final Map<String, String> metadata;

        Reading(Path file, Rows rows, SpectrumReadOptions options, Map<String, String> metadata) {
            this.file = file;
            this.rows = rows;
            this.options = options;
            this.metadata = metadata;
        }

        List<NamedSpectrum> run() throws IOException, InputException {
            if (!rows.next()) {
                throw new InputException(file.toString(), "no data (the file is empty or only comments)");
            }
            String[] first = rows.texts();
            int firstLine = rows.line;
            boolean firstIsData = DecimalNumber.looksNumeric(first[0]);
            boolean hasSecond = rows.next();
            Orientation o = options.orientation();
            if (o == null) {
                o = !firstIsData && hasSecond && rows.count > 0 && !DecimalNumber.looksNumeric(rows.text(0))
                        && increasingNumbers(first) ? Orientation.ROWS : Orientation.COLUMNS;
            }
            WavelengthUnit unit = options.wavelengthUnit();
            if (unit == null && !firstIsData && MICROMETRE_HEADER.matcher(first[0]).matches()) {
                unit = WavelengthUnit.UM;
            }
            return o == Orientation.ROWS ? rowsOf(first, firstLine, firstIsData, hasSecond, unit)
                    : columnsOf(first, firstLine, firstIsData, hasSecond, unit);
        }

        private List<NamedSpectrum> columnsOf(String[] first, int firstLine, boolean firstIsData, boolean hasSecond,
                WavelengthUnit unit) throws IOException, InputException {
            int columns = first.length;
            if (columns < 2) {
                throw InputException.atLine(file, firstLine,
                        "need a wavelength column and at least one spectrum column, found 1 column");
            }
            Columns data = new Columns(columns, 512);
            int firstDataLine = -1;
            if (firstIsData) {
                firstDataLine = firstLine;
                data.add(file, firstLine, new Rows(first, rows), columns);
            }
            for (boolean more = hasSecond; more; more = rows.next()) {
                if (firstDataLine < 0) {
                    firstDataLine = rows.line;
                }
                data.add(file, rows.line, rows, columns);
            }
            if (data.n == 0) {
                throw new InputException(file.toString(), "no data rows, only a header");
            }
            if (data.n < 2) {
                throw InputException.atLine(file, firstDataLine,
                        "a spectrum needs at least two wavelengths, found 1");
            }
            SpectrumChecks.unit(file, firstDataLine, data.wl, data.n, unit);
            String base = SpectrumChecks.baseName(file);
            List<NamedSpectrum> result = new ArrayList<>(columns - 1);
            double[] wl = Arrays.copyOf(data.wl, data.n);
            for (int c = 1; c < columns; c++) {
                String name = !firstIsData && !first[c].isEmpty() ? first[c] : columns == 2 ? base : base + "#" + c;
                result.add(SpectrumChecks.spectrum(file, name, "column " + (c + 1), wl, data.values[c - 1], data.n,
                        metadata, InstrumentFigures.NONE));
            }
            return result;
        }

        private List<NamedSpectrum> rowsOf(String[] first, int firstLine, boolean firstIsData, boolean hasSecond,
                WavelengthUnit unit) throws IOException, InputException {
            // a first row of numbers only has no label cell: its rows have no names either
            int skip = firstIsData ? 0 : 1;
            int n = first.length - skip;
            if (n < 2) {
                throw InputException.atLine(file, firstLine, "a spectrum needs at least two wavelengths, found "
                        + Math.max(n, 0));
            }
            double[] wl = new double[n];
            Rows head = new Rows(first, rows);
            for (int i = 0; i < n; i++) {
                wl[i] = head.number(file, firstLine, i + skip, "wavelength");
                SpectrumChecks.wavelength(file, firstLine, wl[i], i == 0 ? Double.NaN : wl[i - 1], first[i + skip]);
            }
            SpectrumChecks.unit(file, firstLine, wl, n, unit);
            List<NamedSpectrum> result = new ArrayList<>();
            String base = SpectrumChecks.baseName(file);
            for (boolean more = hasSecond; more; more = rows.next()) {
                if (rows.count != n + skip) {
                    throw InputException.atLine(file, rows.line, "expected " + (n + skip)
                            + " cells like the first row, found " + rows.count);
                }
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rows.number(file, rows.line, i + skip, "value");
                    if (v[i] < 0) {
                        throw InputException.atLine(file, rows.line, "negative value " + rows.text(i + skip)
                                + " in column " + (i + skip + 1) + " at " + first[i + skip] + " nm");
                    }
                }
                String name = skip == 1 && !rows.text(0).isEmpty() ? rows.text(0) : base + "#" + (result.size() + 1);
                result.add(SpectrumChecks.spectrum(file, name, "row at line " + rows.line, wl, v, n, metadata,
                        InstrumentFigures.NONE));
            }
            if (result.isEmpty()) {
                throw new InputException(file.toString(), "no data rows, only the wavelength row");
            }
            return result;
        }

        private static boolean increasingNumbers(String[] cells) {
            if (cells.length < 3) {
                return false;
            }
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 1; i < cells.length; i++) {
                if (DecimalNumber.problem(cells[i]) != null) {
                    return false;
                }
                double v = Double.parseDouble(cells[i]);
                if (!(v > previous)) {
                    return false;
                }
                previous = v;
            }
            return true;
        }
    }

    /** Growing columns: wavelengths and one array per spectrum. */
    private static final class Columns {
        double[] wl;
        final double[][] values;
        int n;

        Columns(int columns, int capacity) {
            wl = new double[capacity];
            values = new double[columns - 1][capacity];
        }

        void add(Path file, int line, Rows row, int columns) throws InputException {
            if (row.count != columns) {
                throw InputException.atLine(file, line, "expected " + columns + " cells like the first row, found "
                        + row.count);
            }
            if (n == wl.length) {
                int capacity = Math.max(16, wl.length * 2);
                wl = Arrays.copyOf(wl, capacity);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], capacity);
                }
            }
            double w = row.number(file, line, 0, "wavelength");
            SpectrumChecks.wavelength(file, line, w, n == 0 ? Double.NaN : wl[n - 1], row.text(0));
            wl[n] = w;
            for (int c = 1; c < columns; c++) {
                double v = row.number(file, line, c, "value");
                if (v < 0) {
                    throw InputException.atLine(file, line, "negative value " + row.text(c) + " in column " + (c + 1)
                            + " at " + row.text(0) + " nm");
                }
                values[c - 1][n] = v;
            }
            n++;
        }
    }

    /**
     * The current row's cells, copied from the parser into one reused character array (offsets and lengths per
     * cell): the rows of a file cost no allocation once the arrays have grown to the widest row.
     */
    static final class Rows {
        private final CsvParser parser;
        private final boolean blanks;
        private final boolean decimalComma;
        private char[] chars = new char[256];
        private int[] start = new int[16];
        private int[] length = new int[16];
        private char[] scratch = new char[64];
        int count;
        int line;

        Rows(CsvParser parser, boolean blanks, boolean decimalComma) {
            this.parser = parser;
            this.blanks = blanks;
            this.decimalComma = decimalComma;
        }

        /** A fixed row of texts (one read earlier), numbers read like the parser's. */
        Rows(String[] cells, Rows like) {
            this(null, false, like.decimalComma);
            for (String c : cells) {
                append(c.toCharArray(), 0, c.length());
            }
        }

        /** Moves to the next row; false at the end. */
        boolean next() throws IOException {
            JsonToken t = parser.nextToken();
            while (t != null && t != JsonToken.START_ARRAY) {
                t = parser.nextToken();
            }
            if (t == null) {
                return false;
            }
            line = -1;
            count = 0;
            int used = 0;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (line < 0) {
                    // the row's own location lags a row behind; its first cell's is exact
                    line = parser.currentTokenLocation().getLineNr();
                }
                int len = parser.getTextLength();
                if (blanks) {
                    used = appendWords(parser.getTextCharacters(), parser.getTextOffset(), len, used);
                } else {
                    used = append(parser.getTextCharacters(), parser.getTextOffset(), len, used);
                }
            }
            // trailing empty cells (a spreadsheet's unused columns) are not cells
            while (count > 0 && length[count - 1] == 0) {
                count--;
            }
            return true;
        }

        /** Blank-separated text: every run of blanks or tabs separates, none makes an empty cell. */
        private int appendWords(char[] src, int off, int len, int used) {
            int end = off + len;
            int i = off;
            while (i < end) {
                while (i < end && Character.isWhitespace(src[i])) {
                    i++;
                }
                int s = i;
                while (i < end && !Character.isWhitespace(src[i])) {
                    i++;
                }
                if (i > s) {
                    used = append(src, s, i - s, used);
                }
            }
            return used;
        }

        private int used() {
            return count == 0 ? 0 : start[count - 1] + length[count - 1];
        }

        private void append(char[] src, int off, int len) {
            append(src, off, len, used());
        }

        private int append(char[] src, int off, int len, int used) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                length = Arrays.copyOf(length, count * 2);
            }
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(src, off, chars, used, len);
            start[count] = used;
            length[count] = len;
            count++;
            return used + len;
        }

        String text(int i) {
            return new String(chars, start[i], length[i]);
        }

        String[] texts() {
            String[] t = new String[count];
            for (int i = 0; i < count; i++) {
                t[i] = text(i);
            }
            return t;
        }

        /** Cell {@code i} as a number by the {@link DecimalNumber} rule; a decimal comma counts when allowed. */
        double number(Path file, int line, int i, String what) throws InputException {
            char[] c = chars;
            int off = start[i];
            int len = length[i];
            if (decimalComma) {
                for (int k = off; k < off + len; k++) {
                    if (c[k] == ',') {
                        if (scratch.length < len) {
                            scratch = new char[len];
                        }
                        System.arraycopy(c, off, scratch, 0, len);
                        for (int j = 0; j < len; j++) {
                            if (scratch[j] == ',') {
                                scratch[j] = '.';
                            }
                        }
                        c = scratch;
                        off = 0;
                        break;
                    }
                }
            }
            double v = DecimalNumber.parseOrNaN(c, off, len);
            if (Double.isNaN(v)) {
                String cell = text(i);
                String problem = DecimalNumber.problem(new String(c, off, len));
                throw InputException.atLine(file, line, what + " '" + cell + "' "
                        + (problem == null ? "is not a number" : problem));
            }
            return v;
        }
    }
}
