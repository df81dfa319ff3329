package org.hybridlight.colorimetry.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The current row's cells, copied into one reused character array (offsets and lengths per cell): the rows of a
 * file cost no allocation once the arrays have grown to the widest row. Text without quotes is cut into cells
 * here, straight from a character buffer ({@link PlainTextCutter}); from the first row with a quote on (and for
 * blank-separated text) Jackson's CSV parser reads the rest, so quoting follows RFC 4180 exactly as before.
 */
final class DelimitedRows {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    private final boolean blanks;
    private final boolean decimalComma;
    private final char delimiter;
    private final Reader in;
    private PlainTextCutter plain;
    private CsvParser parser;
    /** Lines before the text the parser reads (it took over after them). */
    private int lineOffset;
    /** The cells' characters: {@link #own} for parsed or fixed rows, the plain cutter's buffer for its rows. */
    private char[] chars;
    private char[] own = new char[256];
    private int[] start = new int[16];
    private int[] length = new int[16];
    /** Each cell's number where the cutter read it as it cut, else NaN. */
    private double[] value = new double[16];
    int count;
    int line;

    /** For a part read ahead ({@link ColumnParts}): a quote ends it with an IOException, not in Jackson's hands. */
    private boolean plainOnly;
    /** A reader {@link TextFileReader#limitTo limited} to a part, lifted when Jackson takes over. */
    private TextFileReader limited;
    private boolean unlimited;

    /** The rows of {@code in}, cut at {@code delimiter} ({@code ' '}: runs of blanks). */
    DelimitedRows(Reader in, char delimiter) {
        this(in, delimiter, true);
    }

    /** The same, with {@code plain} false all by Jackson's parser (for comparing the two). */
    DelimitedRows(Reader in, char delimiter, boolean plain) {
        this(in, delimiter, plain, 1);
    }

    /** The rows of {@code in}, the text of a file from line {@code firstLine} on. */
    DelimitedRows(Reader in, char delimiter, boolean plain, int firstLine) {
        this.in = in;
        this.delimiter = delimiter;
        this.blanks = delimiter == ' ';
        this.decimalComma = delimiter != ',';
        this.chars = own;
        if (!blanks && plain) {
            this.plain = new PlainTextCutter(in, delimiter, firstLine);
        }
    }

    /** DelimitedRows of a part of a file read ahead: plain text only, a quote throws. */
    static DelimitedRows plainOnly(Reader in, char delimiter, int firstLine) {
        DelimitedRows r = new DelimitedRows(in, delimiter, true, firstLine);
        r.plainOnly = true;
        return r;
    }

    char delimiter() {
        return delimiter;
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
    DelimitedRows(String[] cells, DelimitedRows like) {
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
            grow();
        }
        if (used + len > own.length) {
            own = Arrays.copyOf(own, Math.max(own.length * 2, used + len));
        }
        chars = own;
        System.arraycopy(src, off, own, used, len);
        start[count] = used;
        length[count] = len;
        value[count] = Double.NaN;
        count++;
        return used + len;
    }

    /** The plain cutter's next row: its cells will be in {@code buffer}. */
    void startRow(char[] buffer) {
        chars = buffer;
        count = 0;
    }

    /** The plain cutter moved its text {@code shift} characters to the front of {@code buffer}, mid-row. */
    void moved(char[] buffer, int shift) {
        chars = buffer;
        for (int i = 0; i < count; i++) {
            start[i] -= shift;
        }
    }

    /**
     * A cell of the plain cutter's row, {@code buffer[off, off + len)}, not copied, with its number as the cutter
     * read it (NaN: not read, {@link #number} reads the text).
     */
    void cell(int off, int len, double number) {
        if (count == start.length) {
            grow();
        }
        start[count] = off;
        length[count] = len;
        value[count] = number;
        count++;
    }

    private void grow() {
        start = Arrays.copyOf(start, count * 2);
        length = Arrays.copyOf(length, count * 2);
        value = Arrays.copyOf(value, count * 2);
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
        double v = value[i];
        if (!Double.isNaN(v)) {
            return v;
        }
        v = DecimalNumber.parseOrNaN(chars, start[i], length[i], decimalComma);
        if (Double.isNaN(v)) {
            String cell = text(i);
            String problem = DecimalNumber.problem(decimalComma ? cell.replace(',', '.') : cell);
            throw InputException.atLine(file, line, what + " '" + cell + "' "
                    + (problem == null ? "is not a number" : problem));
        }
        return v;
    }
}
