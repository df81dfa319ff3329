package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Arrays;

/**
 * Delimited text without quotes, cut into cells straight from a character buffer, with the rules Jackson's
 * parser applies under this reader's settings (checked against it on random text by a test): lines end at LF,
 * CR LF or CR; blank lines and lines whose first non-blank character is {@code #} are skipped; cells are trimmed of
 * blanks. A line with a quote is left to Jackson ({@link #rest}).
 */
final class PlainTextCutter {
    private final Reader in;
    private final char delimiter;
    /** The decimal point besides '.': ',' where it is not the delimiter (as {@link DelimitedRows} reads numbers). */
    private final char point;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** The line number at {@link #pos}. */
    private int line;

    PlainTextCutter(Reader in, char delimiter) {
        this(in, delimiter, 1);
    }

    PlainTextCutter(Reader in, char delimiter, int firstLine) {
        this.in = in;
        this.delimiter = delimiter;
        this.point = delimiter == ',' ? '.' : ',';
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
     * characters, also for a line that runs past the buffer (its cutting goes on where it stopped).
     */
    int next(DelimitedRows rows) throws IOException {
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
            // each cell's number is read as it is cut (one pass over the characters); a cell that is not plain
            // digits with an optional sign and point is left to DecimalNumber.parseOrNaN (NaN here)
            long digits = 0;
            int dot = -1;
            boolean negative = false;
            boolean plain = true;
            while (true) {
                for (; e < end; e++) {
                    c = b[e];
                    int d = c - '0';
                    if (d >= 0 && d <= 9) {
                        // two digits a step where they come in pairs: half the multiply-add chain
                        int d2 = e + 1 < end ? b[e + 1] - '0' : -1;
                        if (d2 >= 0 && d2 <= 9) {
                            digits = digits * 100 + (d * 10 + d2);
                            e++;
                        } else {
                            digits = digits * 10 + d;
                        }
                    } else if (c == delimiter) {
                        cell(rows, b, cell, e, plain ? number(digits, cell, e, dot, negative) : Double.NaN);
                        cell = e + 1;
                        digits = 0;
                        dot = -1;
                        negative = false;
                        plain = true;
                    } else if ((c == '.' || c == point) && dot < 0) {
                        dot = e;
                    } else if (c == '-' && e == cell) {
                        negative = true;
                    } else if (c == '\n' || c == '\r') {
                        break;
                    } else if (c == '"') {
                        return -1;
                    } else {
                        plain = false;
                    }
                }
                if (complete(e)) {
                    break;
                }
                // the line runs past the buffer: move it to the front, read more and go on where the cut stopped
                // (cutting a long line again from its start cost a column file's rows about a quarter more)
                int shift = pos;
                fill();
                b = buf;
                end = lim;
                rows.moved(b, shift);
                cell -= shift;
                e -= shift;
                if (dot >= 0) {
                    dot -= shift;
                }
            }
            cell(rows, b, cell, e, plain ? number(digits, cell, e, dot, negative) : Double.NaN);
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

    /**
     * The number of a cell {@code [from, to)} of digits only, but for a leading minus and a point at {@code dot}
     * (-1: none), whose digits make {@code digits}.
     */
    private static double number(long digits, int from, int to, int dot, boolean negative) {
        int count = to - from - (negative ? 1 : 0) - (dot >= 0 ? 1 : 0);
        return DecimalNumber.ofDigits(digits, count, dot >= 0 ? to - dot - 1 : -1, negative);
    }

    /** The cell {@code [from, to)}, trimmed of blanks, with its number read as it was cut (NaN: not read). */
    private void cell(DelimitedRows rows, char[] b, int from, int to, double value) {
        if (Double.isNaN(value)) {
            while (from < to && isBlank(b[from])) {
                from++;
            }
            while (to > from && isBlank(b[to - 1])) {
                to--;
            }
        }
        rows.cell(from, to - from, value);
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
