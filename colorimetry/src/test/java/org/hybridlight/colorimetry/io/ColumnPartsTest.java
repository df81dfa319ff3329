package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column file read in parts on several threads ({@link ColumnParts}) gives what reading it in one piece gives: the
 * same spectra, or the same error with the same line — wherever the cuts fall and whatever the text after them.
 */
class ColumnPartsTest {

    private static final int ROWS = 6000;
    private static final int SPECTRA = 24;
    /**
     * Four parts of the test file (1.3 MB), as on a four-core machine; the first part is longer than what is read
     * ahead before the cuts are made (the format's head, a buffer of bytes and one of characters).
     */
    private static final ColumnParts.Splitting FOUR_PARTS = new ColumnParts.Splitting(4, 256 << 10);

    @TempDir
    Path dir;

    /** The rows of a column file, fixed width so that the cuts' rows are known: header, then one row a wavelength. */
    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        StringBuilder h = new StringBuilder("nm");
        for (int s = 0; s < SPECTRA; s++) {
            h.append(",lamp").append(s);
        }
        rows.add(h.toString());
        for (int r = 0; r < ROWS; r++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%7.2f", 300 + r * 0.25));
            for (int s = 0; s < SPECTRA; s++) {
                b.append(',').append(String.format(Locale.ROOT, "%.6f", 0.5 + 0.4 * Math.sin(r * 0.01 + s)));
            }
            rows.add(b.toString());
        }
        return rows;
    }

    private Path write(List<String> rows, String lineEnd) throws IOException {
        Path f = dir.resolve("columns.csv");
        Files.writeString(f, String.join(lineEnd, rows) + lineEnd, StandardCharsets.UTF_8);
        return f;
    }

    /** The spectra as text (name, wavelengths, values), or the error's message. */
    private static String read(Path file, ColumnParts.Splitting splitting) {
        StringBuilder b = new StringBuilder();
        try (SpectrumStream s = SpectrumFileReader.open(file, SpectrumReadOptions.DETECT,
                w -> b.append("warning: ").append(w).append('\n'), splitting)) {
            for (NamedSpectrum n : s.toList()) {
                b.append(n.name()).append(java.util.Arrays.toString(n.spectrum().wavelengthsNm()))
                        .append(java.util.Arrays.toString(n.spectrum().values())).append('\n');
            }
            return b.toString();
        } catch (InputException e) {
            return "error: " + e.getMessage();
        }
    }

    private String inParts(List<String> rows, String lineEnd) throws IOException {
        Path f = write(rows, lineEnd);
        String whole = read(f, ColumnParts.Splitting.NONE);
        String parts = read(f, FOUR_PARTS);
        assertThat(parts).isEqualTo(whole);
        return whole;
    }

    /** The index in {@link #rows} of the first row starting at or after cut {@code i} of four. */
    private static int rowAfterCut(List<String> rows, int i) {
        long size = (String.join("\n", rows) + "\n").length();
        long cut = size * i / 4;
        long at = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (at >= cut) {
                return r;
            }
            at += rows.get(r).length() + 1;
        }
        throw new AssertionError("no row after the cut");
    }

    private static List<String> changed(int row, UnaryOperator<String> change) {
        List<String> rows = rows();
        rows.set(row, change.apply(rows.get(row)));
        return rows;
    }

    @Test
    void theSameSpectraAsReadInOnePiece() throws IOException {
        assertThat(inParts(rows(), "\n")).doesNotStartWith("error").contains("lamp23[300.0, 300.25");
        assertThat(inParts(rows(), "\r\n")).doesNotStartWith("error");
    }

    @Test
    void commentsAndBlankLinesInLaterParts() throws IOException {
        List<String> rows = rows();
        rows.add(rowAfterCut(rows, 2), "# a comment");
        rows.add(rowAfterCut(rows, 3), "");
        assertThat(inParts(rows, "\n")).doesNotStartWith("error");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void wavelengthsThatDoNotIncreaseAcrossACut(int cut) throws IOException {
        int row = rowAfterCut(rows(), cut);
        List<String> rows = changed(row, r -> String.format(Locale.ROOT, "%7.2f", 299.0) + r.substring(7));
        assertThat(inParts(rows, "\n")).startsWith("error").contains(":" + (row + 1) + ":")
                .contains("wavelengths must increase");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void errorsInLaterPartsNameTheirLine(int cut) throws IOException {
        int row = rowAfterCut(rows(), cut) + 5;
        assertThat(inParts(changed(row, r -> r.replaceFirst(",0", ",x")), "\n")).contains(":" + (row + 1) + ":")
                .contains("not a number");
        assertThat(inParts(changed(row, r -> r.replaceFirst(",0", ",-0")), "\n")).contains("warning: ")
                .contains("1 of " + SPECTRA + " spectra have negative values, 1 in all");
        assertThat(inParts(changed(row, r -> r + ",0.5"), "\n")).contains(":" + (row + 1) + ":")
                .contains("expected " + (SPECTRA + 1) + " cells");
    }

    @Test
    void quotedCellsAfterACutAreReadAsInOnePiece() throws IOException {
        int row = rowAfterCut(rows(), 2) + 3;
        assertThat(inParts(changed(row, r -> r.replaceFirst(",0\\.", ",\"0.")
                .replaceFirst("(\"0\\.[0-9]+)", "$1\"")), "\n")).doesNotStartWith("error");
        // a quoted line break right before a cut: the cut falls inside the quotes
        int before = rowAfterCut(rows(), 3) - 1;
        assertThat(inParts(changed(before, r -> r + ",\"a\nb\""), "\n")).startsWith("error")
                .contains(":" + (before + 1) + ":");
    }

    @Test
    void aQuotedHeaderLeavesTheFileToJackson() throws IOException {
        List<String> rows = rows();
        rows.set(0, rows.get(0).replace("lamp3", "\"lamp 3, left\""));
        assertThat(inParts(rows, "\n")).contains("lamp 3, left[");
    }

    /** The parts are really read apart: the first stops at the first cut, the others are appended whole. */
    @Test
    void theFirstPartEndsAtTheFirstCutAndTheOthersAreAppended() throws IOException, InputException {
        Path f = write(rows(), "\n");
        assertThat(readPartsDirectly(f)).isNull();
        List<String> rows = changed(rowAfterCut(rows(), 3) + 2, r -> r.replaceFirst(",0\\.", ",\"0.")
                .replaceFirst("(\"0\\.[0-9]+)", "$1\""));
        assertThat(readPartsDirectly(write(rows, "\n"))).as("the part with a quote is read again").isNotNull();
    }

    /** Reads the first part of {@code f} with the others ahead; the rows to read on from after joining them. */
    private static DelimitedRows readPartsDirectly(Path f) throws IOException, InputException {
        int columns = SPECTRA + 1;
        try (TextFileReader in = TextFileReader.open(f, SpectrumFileReader.MAX_FILE_BYTES)) {
            DelimitedRows rows = new DelimitedRows(in, ',');
            assertThat(rows.next()).isTrue();
            try (ColumnParts parts = ColumnParts.start(f, in, rows, ',', columns, FOUR_PARTS)) {
                assertThat(parts).isNotNull();
                ColumnValues data = new ColumnValues(columns);
                while (rows.next()) {
                    data.add(f, rows.line, rows, columns);
                }
                assertThat(data.n).isEqualTo(rowAfterCut(rows(), 1) - 1);
                DelimitedRows rest = parts.join(data, rows);
                if (rest == null) {
                    assertThat(data.n).isEqualTo(ROWS);
                    double[][] last = new double[1][ROWS];
                    data.columns(SPECTRA - 1, 1, last);
                    assertThat(last[0]).doesNotContain(0.0);
                } else {
                    rest.close();
                }
                return rest;
            }
        }
    }

    @Test
    void thePartsThreadsCpuTimeIsReported() throws IOException, InputException {
        Path f = write(rows(), "\n");
        try (SpectrumStream s = SpectrumFileReader.open(f, SpectrumReadOptions.DETECT, w -> { }, FOUR_PARTS)) {
            assertThat(s.readAheadCpuNanos()).isPositive();
        }
        try (SpectrumStream s = SpectrumFileReader.open(f, SpectrumReadOptions.DETECT, w -> { },
                ColumnParts.Splitting.NONE)) {
            assertThat(s.readAheadCpuNanos()).isZero();
        }
    }
}
