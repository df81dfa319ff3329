package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.Orientation;
import org.hybridlight.colorimetry.io.SpectrumReadOptions.WavelengthUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delimited text as spreadsheets write it: each file says the same two spectra in another dialect. */
class DelimitedSpectrumReaderTest {

    @TempDir
    Path dir;

    private static final double[] WL = {380, 390, 400};
    private static final double[] A = {0.5, 1.25, 2};
    private static final double[] B = {3, 4, 5.5};

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<NamedSpectrum> read(Path p) throws InputException {
        return SpectrumFileReader.read(p, w -> { });
    }

    private static void isLampPair(List<NamedSpectrum> s, String nameA, String nameB) {
        assertThat(s).extracting(NamedSpectrum::name).containsExactly(nameA, nameB);
        assertThat(s.get(0).spectrum().wavelengthsNm()).containsExactly(WL);
        assertThat(s.get(0).spectrum().values()).containsExactly(A);
        assertThat(s.get(1).spectrum().values()).containsExactly(B);
    }

    @Test
    void rfc4180QuotedHeaderCellsKeepTheirCommasAndQuotes() throws Exception {
        Path p = write("q.csv", "\"Wavelength [nm]\",\"Lamp, warm\",\"the \"\"cool\"\" one\"\n"
                + "380,0.5,3\n390,1.25,4\n400,\"2\",5.5\n");
        isLampPair(read(p), "Lamp, warm", "the \"cool\" one");
    }

    @Test
    void aDelimiterInsideQuotesDoesNotCount() throws Exception {
        // the semicolon and the tab are quoted: the delimiter is the comma
        Path p = write("qd.csv", "# a; comment\n\"nm; \tx\",\"A;1\",B\n380,0.5,3\n390,1.25,4\n400,2,5.5\n");
        isLampPair(read(p), "A;1", "B");
        assertThat(DelimitedSpectrumReader.delimiter("\"a;b\";c\n", true)).isEqualTo(';');
        assertThat(DelimitedSpectrumReader.delimiter("  \r\n# x,y\r\na b\n", true)).isEqualTo(' ');
        assertThat(DelimitedSpectrumReader.delimiter("# only\nnm,a", false)).isEqualTo('\0');
        assertThat(DelimitedSpectrumReader.delimiter("# only\n", true)).isEqualTo(',');
    }

    @Test
    void semicolonsWithDecimalCommasAsEuropeanSpreadsheetsSaveThem() throws Exception {
        Path p = write("eu.csv", "Wellenlänge [nm];A;B\r\n380;0,5;3\r\n390;1,25;4\r\n400;2;5,5\r\n");
        isLampPair(read(p), "A", "B");
    }

    @Test
    void oldMacLineEndsCommentsBlankLinesAndTrailingEmptyCells() throws Exception {
        Path p = write("mac.csv", "# exported\rnm,A,B,,\r\r380,0.5,3,,\r# mid\r390,1.25,4,\r400,2,5.5\r");
        List<NamedSpectrum> s = read(p);
        isLampPair(s, "A", "B");
    }

    @Test
    void lineNumbersCountCommentsBlankLinesAndLineEnds() throws Exception {
        Path p = write("bad.csv", "# c\r\n\r\nnm,A\r\n380,1\r\n# c\r\n390,x\r\n");
        assertThatThrownBy(() -> read(p)).hasMessage(p + ":6: value 'x' is not a number");
        Path cr = write("cr.csv", "nm,A\r380,1\r\r390,x\r");
        assertThatThrownBy(() -> read(cr)).hasMessage(cr + ":4: value 'x' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void utf8AndUtf16WithByteOrderMarks(String charset) throws Exception {
        Path p = dir.resolve("bom.csv");
        byte[] body = ("\uFEFFnm\tµ-lamp\tB\n380\t0.5\t3\n390\t1.25\t4\n400\t2\t5.5\n").getBytes(Charset.forName(charset));
        Files.write(p, body);
        isLampPair(read(p), "µ-lamp", "B");
    }

    @Test
    void utf16WithoutByteOrderMarkIsNotText() throws Exception {
        Path p = dir.resolve("le.csv");
        Files.write(p, "380,1\n390,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> read(p)).hasMessageContaining("not a text file");
    }

    @Test
    void spectraInRowsAreDetected() throws Exception {
        Path p = write("rows.csv", "Wavelength [nm],380,390,400\n\"Lamp, warm\",0.5,1.25,2\nB,3,4,5.5\n");
        isLampPair(read(p), "Lamp, warm", "B");
        Path empty = write("rows2.csv", ",380,390,400\nA,0.5,1.25,2\nB,3,4,5.5\n");
        isLampPair(read(empty), "A", "B");
    }

    @Test
    void orientationCanBeForced() throws Exception {
        Path p = write("r.csv", "380,390,400\n0.5,1.25,2\n3,4,5.5\n");
        List<NamedSpectrum> s = SpectrumFileReader.read(p, new SpectrumReadOptions(null, Orientation.ROWS, null),
                w -> { });
        assertThat(s).extracting(NamedSpectrum::name).containsExactly("r.csv#1", "r.csv#2");
        assertThat(s.get(1).spectrum().values()).containsExactly(B);
        Path c = write("c.csv", "nm,380,390\n400,1,2\nx,3,4\n");
        assertThatThrownBy(() -> SpectrumFileReader.read(c, new SpectrumReadOptions(null, Orientation.COLUMNS, null),
                w -> { })).hasMessage(c + ":3: wavelength 'x' is not a number");
    }

    @Test
    void aRowOrientedFileIsReadOneRowPerSpectrumAskedFor() throws Exception {
        // a bad fourth row: the first two spectra come before the stream gets there
        Path p = write("rows.csv", ",380,390,400\nA,0.5,1.25,2\nB,3,4,5.5\nC,1,x,1\n");
        try (SpectrumStream s = SpectrumFileReader.open(p, SpectrumReadOptions.DETECT, w -> { })) {
            assertThat(s.readWhole()).isFalse();
            isLampPair(List.of(s.next(), s.next()), "A", "B");
            assertThatThrownBy(s::next).hasMessage(p + ":4: value 'x' is not a number");
        }
        assertThatThrownBy(() -> read(p)).hasMessage(p + ":4: value 'x' is not a number");
    }

    @Test
    void aColumnOrientedFileIsReadWholeOnOpening() throws Exception {
        Path p = write("cols.csv", "nm,A,B\n380,0.5,3\n390,1.25,4\n400,2,5.5\n");
        try (SpectrumStream s = SpectrumFileReader.open(p, SpectrumReadOptions.DETECT, w -> { })) {
            assertThat(s.readWhole()).isTrue();
            isLampPair(s.toList(), "A", "B");
            assertThat(s.next()).isNull();
        }
        Path bad = write("bad.csv", "nm,A,B\n380,0.5,3\n390,1.25,4\n400,2,x\n");
        assertThatThrownBy(() -> SpectrumFileReader.open(bad, SpectrumReadOptions.DETECT, w -> { }))
                .hasMessage(bad + ":4: value 'x' is not a number");
    }

    @Test
    void aRowOfTheWrongLengthIsNamedByLine() throws Exception {
        Path p = write("rows.csv", ",380,390,400\nA,0.5,1.25,2\nB,3,4\n");
        assertThatThrownBy(() -> read(p)).hasMessage(p + ":3: expected 4 cells like the first row, found 3");
    }

    @Test
    void unterminatedQuoteIsOneLine() throws Exception {
        Path p = write("q.csv", "nm,A\n380,1\n390,\"2\n");
        assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class).hasMessageStartingWith(p + ":");
    }

    @Test
    void micrometresAreRefusedOrConverted() throws Exception {
        Path p = write("um.csv", "0.38,1\n0.39,2\n0.40,3\n");
        assertThatThrownBy(() -> read(p)).hasMessage(p + ":1: wavelengths 0.38-0.4 are all below 10: they look like "
                + "micrometres, not nm (--wavelength-unit um converts them)");
        List<NamedSpectrum> s = SpectrumFileReader.read(p, new SpectrumReadOptions(null, null, WavelengthUnit.UM),
                w -> { });
        assertThat(s.get(0).spectrum().wavelengthsNm()).containsExactly(380, 390, 400);
        Path header = write("umh.csv", "Wavelength [µm],A\n0.38,1\n0.39,2\n0.40,3\n");
        assertThat(read(header).get(0).spectrum().wavelengthsNm()).containsExactly(380, 390, 400);
        Path forcedNm = header;
        assertThatThrownBy(() -> SpectrumFileReader.read(forcedNm,
                new SpectrumReadOptions(null, null, WavelengthUnit.NM), w -> { })).hasMessageContaining("micrometres");
    }

    @Test
    void blankSeparatedColumnsStillWork() throws Exception {
        Path p = write("b.txt", "nm   A    B\n380  0.5  3\n 390 1.25 4 \n400\t2 5.5\n");
        List<String> warnings = new ArrayList<>();
        List<NamedSpectrum> s = SpectrumFileReader.read(p, warnings::add);
        assertThat(s).extracting(NamedSpectrum::name).containsExactly("A", "B");
        assertThat(s.get(0).spectrum().values()).containsExactly(A);
    }
}
