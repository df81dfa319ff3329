package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.Orientation;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.WavelengthUnit;
import org.hybridlight.colorimetry.spectrum.Spectrum;

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
 * file is a {@link SpectrumStream} that parses one row per spectrum asked for, so its length costs no memory; a
 * column-oriented one is parsed whole on opening into blocks of doubles (8 bytes a value, no text kept), each
 * column made a spectrum when asked for ({@link ColumnValues}; a large one in parts on several threads,
 * {@link ColumnParts}). Rows are cut by {@link DelimitedRows} (plain text by {@link PlainTextCutter}, quoted text by
 * Jackson's parser) into reused arrays, and numbers parsed from there: no String per number.
 */
final class DelimitedSpectrumReader {

    private static final Pattern MICROMETRE_HEADER = Pattern.compile("(?i).*[\\[(]\\s*(µm|um|micron|micrometre"
            + "|micrometer)s?\\s*[\\])].*");
    /** Heap per value of a column-oriented file: the double, with a margin for the spectra made of it. */
    static final double COLUMNS_MEMORY_PER_VALUE = 10;

    private DelimitedSpectrumReader() {
    }

    /** The spectra of {@code text} read whole; the coverage warning goes to {@code warnings}. */
    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        try (SpectrumStream s = open(file, new StringReader(text), delimiter(text, true), options, Map.of(), -1, 0,
                warnings)) {
            return s.toList();
        }
    }

    /**
     * The spectra of delimited text from {@code in}, cut at {@code delimiter} ({@code ' '} for blanks); every
     * spectrum gets {@code metadata}. The header (and for columns the whole text) is read here; {@code in} is closed
     * with the stream, or here on an error.
     *
     * @param sizeBytes the size of the text's file, for the memory check of a column-oriented one (-1: unknown)
     * @param cellsPerChar cells per character in the text's head ({@link #cellsPerChar}), for the same check
     * @param warnings receives the coverage warning (the spectra of one file share their wavelengths)
     */
    static SpectrumStream open(Path file, Reader in, char delimiter, SpectrumReadOptions options,
            Map<String, String> metadata, long sizeBytes, double cellsPerChar, Consumer<String> warnings)
            throws InputException {
        return open(file, in, null, ColumnParts.Splitting.NONE, delimiter, options, metadata, sizeBytes, cellsPerChar,
                warnings);
    }

    /**
     * The same, where {@code in} reads {@code source} (after its head): a large column-oriented file is then parsed
     * in parts by {@code splitting} ({@link ColumnParts}).
     */
    static SpectrumStream open(Path file, Reader in, TextFileReader source, ColumnParts.Splitting splitting,
            char delimiter, SpectrumReadOptions options, Map<String, String> metadata, long sizeBytes,
            double cellsPerChar, Consumer<String> warnings) throws InputException {
        DelimitedRows rows = new DelimitedRows(in, delimiter);
        try {
            SpectrumStream s = new Reading(file, rows, options, metadata, sizeBytes, (long) (sizeBytes * cellsPerChar
                    * COLUMNS_MEMORY_PER_VALUE), warnings, source, splitting).run();
            if (s.readWhole()) {
                rows.close();
            }
            return s;
        } catch (IOException e) {
            rows.close();
            throw rows.failure(file, e);
        } catch (InputException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * The delimiter of the first line that is neither blank nor a comment (outside quotes); {@code '\0'} when that
     * line runs to the end of a text that is not {@code complete} (more must be read to tell).
     */
    static char delimiter(CharSequence text, boolean complete) {
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
                if (end == n && !complete) {
                    return '\0';
                }
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
        return complete ? ',' : '\0';
    }

    /** Cells per character of {@code head}: delimiters and line ends (blanks for blank-separated text) per char. */
    static double cellsPerChar(CharSequence head, char delimiter) {
        int cells = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            cells += c == delimiter || c == '\n' || c == '\r' || delimiter == ' ' && c == '\t' ? 1 : 0;
        }
        return head.length() == 0 ? 0 : (double) cells / head.length();
    }

    /** The header, the orientation, then the data (all of it for columns, none yet for rows). */
    private static final class Reading {
        private final Path file;
        private final DelimitedRows rows;
        private final SpectrumReadOptions options;
        private final Map<String, String> metadata;
        private final long sizeBytes;
        private final long columnsHeapBytes;
        private final Consumer<String> warnings;
        private final TextFileReader source;
        private final ColumnParts.Splitting splitting;

        Reading(Path file, DelimitedRows rows, SpectrumReadOptions options, Map<String, String> metadata,
                long sizeBytes, long columnsHeapBytes, Consumer<String> warnings, TextFileReader source,
                ColumnParts.Splitting splitting) {
            this.file = file;
            this.source = source;
            this.splitting = splitting;
            this.rows = rows;
            this.options = options;
            this.metadata = metadata;
            this.sizeBytes = sizeBytes;
            this.columnsHeapBytes = columnsHeapBytes;
            this.warnings = warnings;
        }

        SpectrumStream run() throws IOException, InputException {
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

        private SpectrumStream columnsOf(String[] first, int firstLine, boolean firstIsData, boolean hasSecond,
                WavelengthUnit unit) throws IOException, InputException {
            int columns = first.length;
            if (columns < 2) {
                throw InputException.atLine(file, firstLine,
                        "need a wavelength column and at least one spectrum column, found 1 column");
            }
            InputFiles.requireHeap(file, sizeBytes, columnsHeapBytes);
            ColumnValues data = new ColumnValues(columns);
            int firstDataLine = -1;
            long aheadCpu;
            if (firstIsData) {
                firstDataLine = firstLine;
                data.add(file, firstLine, new DelimitedRows(first, rows), columns);
            }
            try (ColumnParts parts = hasSecond ? ColumnParts.start(file, source, rows, rows.delimiter(), columns,
                    splitting) : null) {
                firstDataLine = addRows(data, rows, hasSecond, firstDataLine, columns);
                DelimitedRows rest = parts == null ? null : parts.join(data, rows);
                aheadCpu = parts == null ? 0 : parts.cpuNanos();
                if (rest != null) {
                    try {
                        firstDataLine = addRows(data, rest, rest.next(), firstDataLine, columns);
                    } finally {
                        rest.close();
                    }
                }
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
            String[] names = new String[columns - 1];
            NegativeValues negatives = new NegativeValues();
            for (int c = 1; c < columns; c++) {
                names[c - 1] = !firstIsData && !first[c].isEmpty() ? first[c] : columns == 2 ? base : base + "#" + c;
                if (!(data.sum[c - 1] > 0)) {
                    String what = "spectrum '" + names[c - 1] + "' (column " + (c + 1) + ")";
                    if (!data.hasPositive(c - 1)) {
                        throw new InputException(file.toString(), what + " is zero at every wavelength");
                    }
                    SpectrumChecks.notDark(file, -1, what + " values", data.sum[c - 1]);
                }
                negatives.add(names[c - 1], data.negatives[c - 1], data.lowest[c - 1],
                        data.wl[data.lowestRow[c - 1]]);
            }
            negatives.warn(file, names.length, data.n, "values", warnings);
            double[] wl = Arrays.copyOf(data.wl, data.n);
            SpectrumChecks.coverage(file, wl[0], wl[wl.length - 1], warnings);
            return new ColumnStream(data, wl, names, metadata, aheadCpu);
        }

        /** Adds the rows of {@code from} (the current one first when {@code more}); the first data line. */
        private int addRows(ColumnValues data, DelimitedRows from, boolean more, int firstDataLine, int columns)
                throws IOException, InputException {
            for (; more; more = from.next()) {
                if (firstDataLine < 0) {
                    firstDataLine = from.line;
                }
                data.add(file, from.line, from, columns);
            }
            return firstDataLine;
        }

        private SpectrumStream rowsOf(String[] first, int firstLine, boolean firstIsData, boolean hasSecond,
                WavelengthUnit unit) throws InputException {
            // a first row of numbers only has no label cell: its rows have no names either
            int skip = firstIsData ? 0 : 1;
            int n = first.length - skip;
            if (n < 2) {
                throw InputException.atLine(file, firstLine, "a spectrum needs at least two wavelengths, found "
                        + Math.max(n, 0));
            }
            double[] wl = new double[n];
            DelimitedRows head = new DelimitedRows(first, rows);
            for (int i = 0; i < n; i++) {
                wl[i] = head.number(file, firstLine, i + skip, "wavelength");
                SpectrumChecks.wavelength(file, firstLine, wl[i], i == 0 ? Double.NaN : wl[i - 1], first[i + skip]);
            }
            SpectrumChecks.unit(file, firstLine, wl, n, unit);
            SpectrumChecks.coverage(file, wl[0], wl[n - 1], warnings);
            return new RowStream(file, rows, skip, wl, hasSecond, metadata, warnings);
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

    /** One spectrum per row, each parsed when asked for. */
    private static final class RowStream implements SpectrumStream {
        private final Path file;
        private final DelimitedRows rows;
        private final int skip;
        private final double[] wl;
        private final Map<String, String> metadata;
        private final String base;
        private final double[] v;
        /** The last spectrum made: the next shares its wavelengths. */
        private Spectrum shape;
        /** Whether {@link #rows} holds a row not yet made a spectrum (the second row, read to detect rows). */
        private boolean pending;
        private boolean done;
        private int made;

        private final Consumer<String> warnings;
        private final NegativeValues negatives = new NegativeValues();

        RowStream(Path file, DelimitedRows rows, int skip, double[] wl, boolean pending,
                Map<String, String> metadata, Consumer<String> warnings) {
            this.warnings = warnings;
            this.file = file;
            this.rows = rows;
            this.skip = skip;
            this.wl = wl;
            this.pending = pending;
            this.metadata = metadata;
            this.base = SpectrumChecks.baseName(file);
            this.v = new double[wl.length];
        }

        @Override
        public NamedSpectrum next() throws InputException {
            if (done) {
                return null;
            }
            try {
                if (!pending && !rows.next()) {
                    done = true;
                    close();
                    if (made == 0) {
                        throw new InputException(file.toString(), "no data rows, only the wavelength row");
                    }
                    negatives.warn(file, made, wl.length, "values", warnings);
                    return null;
                }
            } catch (IOException e) {
                done = true;
                close();
                throw rows.failure(file, e);
            }
            pending = false;
            int n = wl.length;
            if (rows.count != n + skip) {
                throw InputException.atLine(file, rows.line, "expected " + (n + skip)
                        + " cells like the first row, found " + rows.count);
            }
            for (int i = 0; i < n; i++) {
                v[i] = rows.number(file, rows.line, i + skip, "value");
            }
            made++;
            String name = skip == 1 && rows.length(0) > 0 ? rows.text(0) : base + "#" + made;
            SpectrumChecks.notZero(file, name, "row at line " + rows.line, v, n);
            shape = shape == null ? new Spectrum(wl, v) : shape.withValues(v);
            NamedSpectrum s = new NamedSpectrum(name, shape, metadata, InstrumentFigures.NONE);
            negatives.scan(file, rows.line, name, () -> "values of '" + name + "'", wl, v, n);
            return s;
        }

        @Override
        public boolean readWhole() {
            return false;
        }

        @Override
        public boolean hasInstrumentFigures() {
            return false;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** Column-oriented data parsed whole; each column becomes a spectrum when asked for. */
    private static final class ColumnStream implements SpectrumStream {
        /** Columns gathered at once ({@link ColumnValues#columns}); their arrays are reused, a spectrum copies. */
        private static final int GATHER = 64;
        private final ColumnValues data;
        private final double[] wl;
        private final String[] names;
        private final Map<String, String> metadata;
        private final long aheadCpu;
        private final double[][] gathered;
        private int gatheredFrom;
        /** The last spectrum made: the next shares its wavelengths. */
        private Spectrum shape;
        private int next;

        ColumnStream(ColumnValues data, double[] wl, String[] names, Map<String, String> metadata, long aheadCpu) {
            this.aheadCpu = aheadCpu;
            this.data = data;
            this.wl = wl;
            this.names = names;
            this.metadata = metadata;
            gathered = new double[Math.min(GATHER, names.length)][wl.length];
            gatheredFrom = -gathered.length;
        }

        @Override
        public NamedSpectrum next() {
            if (next == names.length) {
                return null;
            }
            if (next - gatheredFrom == gathered.length) {
                gatheredFrom = next;
                data.columns(next, Math.min(gathered.length, names.length - next), gathered);
            }
            double[] v = gathered[next - gatheredFrom];
            shape = shape == null ? new Spectrum(wl, v) : shape.withValues(v);
            NamedSpectrum s = new NamedSpectrum(names[next], shape, metadata, InstrumentFigures.NONE);
            next++;
            return s;
        }

        @Override
        public boolean readWhole() {
            return true;
        }

        @Override
        public long readAheadCpuNanos() {
            return aheadCpu;
        }

        @Override
        public boolean hasInstrumentFigures() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
