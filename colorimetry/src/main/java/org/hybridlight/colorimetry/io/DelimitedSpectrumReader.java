package org.hybridlight.colorimetry.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * file is a {@link SpectrumStream} that parses one row per spectrum asked for, so its length costs no memory; a
 * column-oriented one is parsed whole on opening into blocks of doubles (8 bytes a value, no text kept), each
 * column made a spectrum when asked for. Cells are parsed from the parser's character buffer into reused arrays: no
 * String per number.
 */
final class DelimitedSpectrumReader {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();
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
        Rows rows = new Rows(in, delimiter);
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
        private final Rows rows;
        private final SpectrumReadOptions options;
        private final Map<String, String> metadata;
        private final long sizeBytes;
        private final long columnsHeapBytes;
        private final Consumer<String> warnings;
        private final TextFileReader source;
        private final ColumnParts.Splitting splitting;

        Reading(Path file, Rows rows, SpectrumReadOptions options, Map<String, String> metadata, long sizeBytes,
                long columnsHeapBytes, Consumer<String> warnings, TextFileReader source,
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
                data.add(file, firstLine, new Rows(first, rows), columns);
            }
            try (ColumnParts parts = hasSecond ? ColumnParts.start(file, source, rows, rows.delimiter, columns,
                    splitting) : null) {
                firstDataLine = addRows(data, rows, hasSecond, firstDataLine, columns);
                Rows rest = parts == null ? null : parts.join(data, rows);
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
            for (int c = 1; c < columns; c++) {
                names[c - 1] = !firstIsData && !first[c].isEmpty() ? first[c] : columns == 2 ? base : base + "#" + c;
                if (!data.positive[c - 1]) {
                    throw new InputException(file.toString(), "spectrum '" + names[c - 1] + "' (column " + (c + 1)
                            + ") is zero at every wavelength");
                }
            }
            double[] wl = Arrays.copyOf(data.wl, data.n);
            SpectrumChecks.coverage(file, wl[0], wl[wl.length - 1], warnings);
            return new ColumnStream(data, wl, names, metadata, aheadCpu);
        }

        /** Adds the rows of {@code from} (the current one first when {@code more}); the first data line. */
        private int addRows(ColumnValues data, Rows from, boolean more, int firstDataLine, int columns)
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
            Rows head = new Rows(first, rows);
            for (int i = 0; i < n; i++) {
                wl[i] = head.number(file, firstLine, i + skip, "wavelength");
                SpectrumChecks.wavelength(file, firstLine, wl[i], i == 0 ? Double.NaN : wl[i - 1], first[i + skip]);
            }
            SpectrumChecks.unit(file, firstLine, wl, n, unit);
            SpectrumChecks.coverage(file, wl[0], wl[n - 1], warnings);
            return new RowStream(file, rows, first, skip, wl, hasSecond, metadata);
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
        private final Rows rows;
        private final String[] first;
        private final int skip;
        private final double[] wl;
        private final Map<String, String> metadata;
        private final String base;
        private final double[] v;
        /** Whether {@link #rows} holds a row not yet made a spectrum (the second row, read to detect rows). */
        private boolean pending;
        private boolean done;
        private int made;

        RowStream(Path file, Rows rows, String[] first, int skip, double[] wl, boolean pending,
                Map<String, String> metadata) {
            this.file = file;
            this.rows = rows;
            this.first = first;
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
                if (v[i] < 0) {
                    throw InputException.atLine(file, rows.line, "negative value " + rows.text(i + skip)
                            + " in column " + (i + skip + 1) + " at " + first[i + skip] + " nm");
                }
            }
            made++;
            String name = skip == 1 && rows.length(0) > 0 ? rows.text(0) : base + "#" + made;
            return SpectrumChecks.spectrum(file, name, "row at line " + rows.line, wl, v, n, metadata,
                    InstrumentFigures.NONE);
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
        private final ColumnValues data;
        private final double[] wl;
        private final String[] names;
        private final Map<String, String> metadata;
        private int next;

        private final long aheadCpu;

        ColumnStream(ColumnValues data, double[] wl, String[] names, Map<String, String> metadata, long aheadCpu) {
            this.aheadCpu = aheadCpu;
            this.data = data;
            this.wl = wl;
            this.names = names;
            this.metadata = metadata;
        }

        @Override
        public NamedSpectrum next() {
            if (next == names.length) {
                return null;
            }
            NamedSpectrum s = new NamedSpectrum(names[next], new org.hybridlight.colorimetry.spectrum.Spectrum(wl,
                    data.column(next)), metadata, InstrumentFigures.NONE);
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

    /**
     * The current row's cells, copied into one reused character array (offsets and lengths per cell): the rows of a
     * file cost no allocation once the arrays have grown to the widest row. Text without quotes is cut into cells
     * here, straight from a character buffer ({@link PlainText}); from the first row with a quote on (and for
     * blank-separated text) Jackson's CSV parser reads the rest, so quoting follows RFC 4180 exactly as before.
     */
    static final class Rows {
        private final boolean blanks;
        private final boolean decimalComma;
        private final char delimiter;
        private final Reader in;
        private PlainText plain;
        private CsvParser parser;
        /** Lines before the text the parser reads (it took over after them). */
        private int lineOffset;
        /** The cells' characters: {@link #own} for parsed or fixed rows, the plain cutter's buffer for its rows. */
        private char[] chars;
        private char[] own = new char[256];
        private int[] start = new int[16];
        private int[] length = new int[16];
        int count;
        int line;

        /** For a part read ahead ({@link ColumnParts}): a quote ends it with an IOException, not in Jackson's hands. */
        private boolean plainOnly;
        /** A reader {@link TextFileReader#limitTo limited} to a part, lifted when Jackson takes over. */
        private TextFileReader limited;
        private boolean unlimited;

        /** The rows of {@code in}, cut at {@code delimiter} ({@code ' '}: runs of blanks). */
        Rows(Reader in, char delimiter) {
            this(in, delimiter, true);
        }

        /** The same, with {@code plain} false all by Jackson's parser (for comparing the two). */
        Rows(Reader in, char delimiter, boolean plain) {
            this(in, delimiter, plain, 1);
        }

        /** The rows of {@code in}, the text of a file from line {@code firstLine} on. */
        Rows(Reader in, char delimiter, boolean plain, int firstLine) {
            this.in = in;
            this.delimiter = delimiter;
            this.blanks = delimiter == ' ';
            this.decimalComma = delimiter != ',';
            this.chars = own;
            if (!blanks && plain) {
                this.plain = new PlainText(in, delimiter, firstLine);
            }
        }

        /** Rows of a part of a file read ahead: plain text only, a quote throws. */
        static Rows plainOnly(Reader in, char delimiter, int firstLine) {
            Rows r = new Rows(in, delimiter, true, firstLine);
            r.plainOnly = true;
            return r;
        }

        /** Whether rows are still cut here, not by Jackson's parser. */
        boolean isPlain() {
            return plain != null;
        }

        /** The line number after the last row read by the plain cutter. */
        int plainLine() {
            return plain.line();
        }

        /** {@code reader}, which these rows read, is limited: lift the limit if Jackson must take over. */
        void limited(TextFileReader reader) {
            limited = reader;
        }

        /** Whether the limit of {@link #limited} had to be lifted (the rows read on past it). */
        boolean unlimited() {
            return unlimited;
        }

        /** A fixed row of texts (one read earlier), numbers read like the parser's. */
        Rows(String[] cells, Rows like) {
            this.in = null;
            this.delimiter = like.delimiter;
            this.blanks = false;
            this.decimalComma = like.decimalComma;
            this.chars = own;
            for (String c : cells) {
                append(c.toCharArray(), 0, c.length());
            }
        }

        private CsvParser parser(Reader from) throws IOException {
            CsvParser p = (CsvParser) FACTORY.createParser(from);
            p.setSchema(CsvSchema.emptySchema().withoutHeader().withColumnSeparator(delimiter)
                    .withQuoteChar('"').withoutEscapeChar());
            return p;
        }

        /** The input exception for a parse or read failure at the current position. */
        InputException failure(Path file, IOException e) {
            if (e instanceof JsonProcessingException j && parser != null) {
                return InputException.atLine(file, Math.max(1, lineOffset + parser.currentLocation().getLineNr()),
                        "not readable as delimited text: " + j.getOriginalMessage());
            }
            return TextFileReader.inputException(file, e);
        }

        void close() {
            try {
                if (parser != null) {
                    parser.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException ignored) {
                // nothing more is read; a failure that brought us here is what the user needs to know
            }
        }

        /** Moves to the next row; false at the end. */
        boolean next() throws IOException {
            if (plain != null) {
                count = 0;
                int r = plain.next(this);
                if (r >= 0) {
                    trimTrailingEmpty();
                    return r > 0;
                }
                if (plainOnly) {
                    throw new IOException("a quote at line " + plain.line());
                }
                if (limited != null) {
                    limited.unlimit();
                    limited = null;
                    unlimited = true;
                }
                lineOffset = plain.line() - 1;
                parser = parser(plain.rest());
                plain = null;
            }
            if (parser == null) {
                parser = parser(in);
            }
            chars = own;
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
                    line = lineOffset + parser.currentTokenLocation().getLineNr();
                }
                int len = parser.getTextLength();
                if (blanks) {
                    used = appendWords(parser.getTextCharacters(), parser.getTextOffset(), len, used);
                } else {
                    used = append(parser.getTextCharacters(), parser.getTextOffset(), len, used);
                }
            }
            trimTrailingEmpty();
            return true;
        }

        /** Trailing empty cells (a spreadsheet's unused columns) are not cells. */
        private void trimTrailingEmpty() {
            while (count > 0 && length[count - 1] == 0) {
                count--;
            }
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

        void append(char[] src, int off, int len) {
            append(src, off, len, used());
        }

        private int append(char[] src, int off, int len, int used) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                length = Arrays.copyOf(length, count * 2);
            }
            if (used + len > own.length) {
                own = Arrays.copyOf(own, Math.max(own.length * 2, used + len));
            }
            chars = own;
            System.arraycopy(src, off, own, used, len);
            start[count] = used;
            length[count] = len;
            count++;
            return used + len;
        }

        /** The plain cutter's next row: its cells will be in {@code buffer}. */
        void startRow(char[] buffer) {
            chars = buffer;
            count = 0;
        }

        /** A cell of the plain cutter's row, {@code buffer[off, off + len)}, not copied. */
        void cell(int off, int len) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                length = Arrays.copyOf(length, count * 2);
            }
            start[count] = off;
            length[count] = len;
            count++;
        }

        /** The length of cell {@code i}. */
        int length(int i) {
            return length[i];
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
            double v = DecimalNumber.parseOrNaN(chars, start[i], length[i], decimalComma);
            if (Double.isNaN(v)) {
                String cell = text(i);
                String problem = DecimalNumber.problem(decimalComma ? cell.replace(',', '.') : cell);
                throw InputException.atLine(file, line, what + " '" + cell + "' "
                        + (problem == null ? "is not a number" : problem));
            }
            return v;
        }
    }

    /**
     * Delimited text without quotes, cut into cells straight from a character buffer, with the rules Jackson's
     * parser applies under this reader's settings (checked against it on random text by a test): lines end at LF,
     * CR LF or CR; blank lines and lines whose first non-blank character is {@code #} are skipped; cells are trimmed of
     * blanks. A line with a quote is left to Jackson ({@link #rest}).
     */
    static final class PlainText {
        private final Reader in;
        private final char delimiter;
        private char[] buf = new char[1 << 16];
        private int pos;
        private int lim;
        private boolean eof;
        /** The line number at {@link #pos}. */
        private int line;

        PlainText(Reader in, char delimiter) {
            this(in, delimiter, 1);
        }

        PlainText(Reader in, char delimiter, int firstLine) {
            this.in = in;
            this.delimiter = delimiter;
            this.line = firstLine;
        }

        /** The line number of the next row. */
        int line() {
            return line;
        }

        /** The text from the next row on: what was buffered, then the rest of the input. */
        Reader rest() throws IOException {
            PushbackReader r = new PushbackReader(in, Math.max(1, lim - pos));
            r.unread(buf, pos, lim - pos);
            return r;
        }

        /**
         * Makes the next row {@code rows}' cells (in this buffer, not copied, valid until the next call): 1, or 0 at
         * the end of the text, or -1 when the row has a quote (left unread for {@link #rest}). One pass over the
         * characters; a line that runs past the buffer is cut again once more text is in.
         */
        int next(Rows rows) throws IOException {
            while (true) {
                char[] b = buf;
                int end = lim;
                int k = pos;
                while (k < end && b[k] == ' ') {
                    k++;
                }
                if (k == end) {
                    if (eof) {
                        return 0;
                    }
                    fill();
                    continue;
                }
                char c = b[k];
                if (c == '\n' || c == '\r' || c == '#') {
                    // a blank line or a comment
                    int e = k;
                    while (e < end && b[e] != '\n' && b[e] != '\r') {
                        e++;
                    }
                    if (!complete(e)) {
                        fill();
                        continue;
                    }
                    pos = after(e);
                    line++;
                    continue;
                }
                rows.startRow(b);
                int cell = pos;
                int e = pos;
                for (; e < end; e++) {
                    c = b[e];
                    if (c == delimiter) {
                        trimmed(rows, b, cell, e);
                        cell = e + 1;
                    } else if (c == '\n' || c == '\r') {
                        break;
                    } else if (c == '"') {
                        return -1;
                    }
                }
                if (!complete(e)) {
                    fill();
                    continue;
                }
                trimmed(rows, b, cell, e);
                rows.line = line;
                pos = after(e);
                line++;
                return 1;
            }
        }

        /** Whether the line ending at {@code e} is wholly in the buffer (with a CR's following character). */
        private boolean complete(int e) {
            return eof || e + 1 < lim || e < lim && buf[e] == '\n';
        }

        /** Past the line end at {@code e}: LF, CR LF or CR. */
        private int after(int e) {
            return e < lim && buf[e] == '\r' && e + 1 < lim && buf[e + 1] == '\n' ? e + 2 : Math.min(lim, e + 1);
        }

        private void trimmed(Rows rows, char[] b, int from, int to) {
            while (from < to && isBlank(b[from])) {
                from++;
            }
            while (to > from && isBlank(b[to - 1])) {
                to--;
            }
            rows.cell(from, to - from);
        }

        /** The blanks trimmed from cells (the delimiter never is one). */
        private boolean isBlank(char c) {
            return (c == ' ' || c == '\t') && c != delimiter;
        }

        /** Moves the unread text to the front (growing the buffer for a long line) and reads more. */
        private void fill() throws IOException {
            int n = lim - pos;
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            } else if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, n);
            }
            pos = 0;
            lim = n;
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
    }
}
