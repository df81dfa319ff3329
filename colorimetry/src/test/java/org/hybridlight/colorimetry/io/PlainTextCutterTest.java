package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader's own cutting of unquoted text into cells ({@link PlainTextCutter}) against Jackson's
 * CSV parser with the reader's settings, on random text of the characters that matter (delimiters, blanks, comment
 * marks, line ends): the same rows, cells and line numbers. With a quote the rest goes to Jackson.
 */
class PlainTextCutterTest {

    private static final String ALPHABET = "0123456789.,;\t #\n\r\na-e";

    /** Every row as "line: cell|cell|…", as {@code rows} gives them. */
    private static List<String> rows(DelimitedRows rows) throws IOException {
        List<String> out = new ArrayList<>();
        while (rows.next()) {
            StringBuilder b = new StringBuilder().append(rows.line).append(':');
            for (int i = 0; i < rows.count; i++) {
                b.append(i == 0 ? "" : "|").append(rows.text(i));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Up to {@code maxLength} characters of {@link #ALPHABET}, with now and then a quoted {@code "q"} if asked. */
    private static String randomText(Random rnd, int maxLength, boolean quotes) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(maxLength);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            if (quotes && rnd.nextInt(300) == 0) {
                b.append("\"q\"");
            }
        }
        return b.toString();
    }

    private static List<String> both(String text, char delimiter) throws IOException {
        List<String> jackson = rows(new DelimitedRows(new StringReader(text), delimiter, false));
        List<String> plain = rows(new DelimitedRows(new StringReader(text), delimiter, true));
        assertThat(plain).as("%s", text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
                .isEqualTo(jackson);
        return plain;
    }

    @Test
    void randomUnquotedTextIsCutAsJacksonCutsIt() throws IOException {
        Random rnd = new Random(14);
        for (int k = 0; k < 20_000; k++) {
            both(randomText(rnd, 40, false), ",;\t".charAt(rnd.nextInt(3)));
        }
    }

    /** The rows, or that the text was refused (a quote in mid-cell: not CSV). */
    private static List<String> rowsOrRefusal(DelimitedRows rows) {
        try {
            return rows(rows);
        } catch (IOException e) {
            return List.of("refused");
        }
    }

    /** A reader that gives at most a few characters a call: rows end up cut across many refills of the buffer. */
    private static Reader trickle(String text, Random rnd) {
        return new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, 1 + rnd.nextInt(40)));
            }
        };
    }

    @Test
    void rowsCutAcrossRefillsOfTheBufferAreCutAsJacksonCutsThem() throws IOException {
        Random rnd = new Random(3);
        for (int k = 0; k < 2_000; k++) {
            char delimiter = ",;\t".charAt(rnd.nextInt(3));
            String text = randomText(rnd, 400, true);
            assertThat(rowsOrRefusal(new DelimitedRows(trickle(text, rnd), delimiter, true)))
                    .as("%s", text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
                    .isEqualTo(rowsOrRefusal(new DelimitedRows(new StringReader(text), delimiter, false)));
        }
    }

    /** A cell that is or is nearly a number: signs, digits (up to 20), points, commas, exponents, blanks. */
    private static String numberLike(Random rnd) {
        StringBuilder b = new StringBuilder();
        String parts = "0123456789012345678901234567890123456789..--+e E";
        int n = rnd.nextInt(22);
        for (int i = 0; i < n; i++) {
            b.append(parts.charAt(rnd.nextInt(rnd.nextInt(4) == 0 ? parts.length() : 30)));
        }
        if (rnd.nextInt(3) == 0) {
            b.insert(rnd.nextInt(b.length() + 1), rnd.nextBoolean() ? '.' : ',');
        }
        if (rnd.nextInt(4) == 0) {
            b.insert(0, '-');
        }
        return b.toString();
    }

    @Test
    void numbersReadWhileCuttingAreThoseOfTheirText() throws IOException, InputException {
        Random rnd = new Random(15);
        java.nio.file.Path file = java.nio.file.Path.of("cells.csv");
        int read = 0;
        for (int k = 0; k < 3_000; k++) {
            char delimiter = ",;\t".charAt(rnd.nextInt(3));
            StringBuilder text = new StringBuilder();
            for (int r = rnd.nextInt(6); r >= 0; r--) {
                for (int c = rnd.nextInt(8); c >= 0; c--) {
                    text.append(numberLike(rnd)).append(c == 0 ? "" : String.valueOf(delimiter));
                }
                text.append(rnd.nextBoolean() ? "\n" : "\r\n");
            }
            DelimitedRows rows = new DelimitedRows(trickle(text.toString(), rnd), delimiter, true);
            while (rows.next()) {
                for (int i = 0; i < rows.count; i++) {
                    String cell = rows.text(i);
                    double expected = DecimalNumber.parseOrNaN(cell.toCharArray(), 0, cell.length(), delimiter != ',');
                    if (Double.isNaN(expected)) {
                        int at = i;
                        assertThatThrownBy(() -> rows.number(file, 1, at, "value")).as(cell)
                                .isInstanceOf(InputException.class);
                    } else {
                        assertThat(Double.doubleToRawLongBits(rows.number(file, 1, i, "value"))).as(cell)
                                .isEqualTo(Double.doubleToRawLongBits(expected));
                        read++;
                    }
                }
            }
        }
        assertThat(read).as("cells that are numbers").isGreaterThan(5_000);
    }

    @Test
    void aQuoteHandsTheRestToJacksonWithTheLinesCountedOn() throws IOException {
        assertThat(both("nm,a\n# c\n380,1\n\n390,\"2\"\n400,\"x, y\"\n", ','))
                .containsExactly("1:nm|a", "3:380|1", "5:390|2", "6:400|x, y");
    }

    @Test
    void aLineLongerThanTheBufferIsOneRow() throws IOException {
        String row = "1" + ",2.5".repeat(50_000);
        List<String> rows = both("nm" + ",x".repeat(50_000) + "\r\n" + row + "\r" + row + "\n", ',');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("3:1|2.5|2.5");
    }
}
