package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpectrumFileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsHeaderCommentsAndManyColumns() throws Exception {
        Path p = write("two.csv", "# measured 2026-11-24\nwavelength,lamp A,lamp B\n380,1,2\n\n# gap\n781,3,4\n");
        List<String> warnings = new ArrayList<>();
        List<NamedSpectrum> s = SpectrumFileReader.read(p, warnings::add);
        assertThat(s).extracting(NamedSpectrum::name).containsExactly("lamp A", "lamp B");
        assertThat(s.get(1).spectrum().values()).containsExactly(2, 4);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHeaderLongerThanManyChunksFindsItsDelimiterAnywhereInIt() throws Exception {
        // the delimiter is decided over the whole first line: here a tab after 200,000 characters of commas, behind a
        // comment longer than a chunk; and a file that ends inside its only line
        String names = "a,b".repeat(40_000);
        Path p = write("wide.tsv", "# " + "c".repeat(100_000) + "\nnm\t" + names + "\tlast\n400\t1\t2\n500\t3\t4\n");
        List<NamedSpectrum> s = SpectrumFileReader.read(p, w -> { });
        assertThat(s).extracting(NamedSpectrum::name).containsExactly(names, "last");
        assertThat(s.get(1).spectrum().values()).containsExactly(2, 4);
        Path oneLine = write("one.csv", "nm" + ",x".repeat(100_000));
        assertThatThrownBy(() -> SpectrumFileReader.read(oneLine, w -> { })).isInstanceOf(InputException.class)
                .hasMessageContaining("no data rows, only a header");
    }

    @Test
    void readsTabsWithoutHeaderAndNamesColumnsAfterTheFile() throws Exception {
        Path p = write("tsv.txt", "400\t1\t5\r\n500\t2\t6\r\n600\t3\t7\r\n");
        List<String> warnings = new ArrayList<>();
        List<NamedSpectrum> s = SpectrumFileReader.read(p, warnings::add);
        assertThat(s).extracting(NamedSpectrum::name).containsExactly("tsv.txt#1", "tsv.txt#2");
        assertThat(warnings).singleElement().asString().contains("400-600 nm");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty file|   |no data",
        "only comments|# nothing\\n|no data",
        "non-numeric cell|400,1\\n500,abc\\n|:2: value 'abc' is not a number",
        "NaN|400,1\\n500,NaN\\n|:2: value 'NaN' is not a finite number",
        "infinite|400,1\\n500,-Infinity\\n|:2: value '-Infinity' is not a finite number",
        "dark (negatives summing to zero)|400,0.5\\n500,-0.5\\n|values sum to 0.0: no signal above the dark",
        "dark row|nm,400,500\\nlamp,0.5,-0.75\\n|:2: values of 'lamp' sum to -0.25: no signal above the dark",
        "decreasing|500,1\\n400,1\\n|:2: wavelengths must increase",
        "duplicated|400,1\\n400,1\\n|:2: wavelengths must increase",
        "one point|400,1\\n|at least two wavelengths, found 1",
        "ragged|400,1,2\\n500,1\\n|:2: expected 3 cells",
        "one column|400\\n500\\n|:1: need a wavelength column",
        "all zero|400,0\\n500,0\\n|zero at every wavelength",
        "float suffix|400,1\\n500,2f\\n|:2: value '2f' is not a number",
        "double suffix|400,1\\n500d,2\\n|:2: wavelength '500d' is not a number",
        "hexadecimal|400,1\\n500,0x1p3\\n|:2: value '0x1p3' is not a number",
        "suffixed first row|400f,1\\n500,2\\n|:1: wavelength '400f' is not a number",
        "overflow|400,1e400\\n500,1\\n|:1: value '1e400' is too large",
    })
    void badInputNamesFileAndLine(String what, String text, String message) throws Exception {
        Path p = write("bad.csv", text == null ? "" : text.replace("\\n", "\n"));
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(p.toString())
                .hasMessageContaining(message);
    }

    /** Dark-subtracted noise is kept as measured, with one warning per file (the rule of every measured format). */
    @Test
    void negativeValuesAreKeptWithOneWarningPerFile() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path one = write("one.csv", "nm,lamp\n380,-0.002\n390,0.5\n400,-0.001\n");
        assertThat(SpectrumFileReader.read(one, warnings::add).get(0).spectrum().values())
                .containsExactly(-0.002, 0.5, -0.001);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith(one.toString())
                .contains("2 of 3 values are negative (dark-subtracted noise; the lowest -0.002 at 380 nm); "
                        + "kept as measured"));
        warnings.clear();
        Path columns = write("columns.csv", "nm,a,b,c\n380,-0.002,0.1,0.2\n390,0.5,-0.004,0.3\n400,1,1,1\n");
        assertThat(SpectrumFileReader.read(columns, warnings::add)).hasSize(3);
        assertThat(warnings).filteredOn(w -> w.contains("negative")).singleElement().asString()
                .contains("2 of 3 spectra have negative values, 2 in all")
                .contains("the lowest -0.004 at 390 nm, in 'b'");
        warnings.clear();
        Path rows = write("rows.csv", "nm,380,390,400\na,-0.002,0.5,1\nb,0.1,-0.004,1\nc,0.2,0.3,1\n");
        try (SpectrumStream s = SpectrumFileReader.open(rows, SpectrumReadOptions.DETECT, warnings::add)) {
            assertThat(s.toList()).hasSize(3);
        }
        assertThat(warnings).filteredOn(w -> w.contains("negative")).singleElement().asString()
                .contains("2 of 3 spectra have negative values, 2 in all")
                .contains("the lowest -0.004 at 390 nm, in 'b'");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstCell() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "380,9.7951\n390,10\n400,11\n";
        Path plain = write("plain.csv", body);
        Path headerless = dir.resolve("headerless.csv");
        Files.write(headerless, concat(bom, body));
        Path withHeader = dir.resolve("header.csv");
        Files.write(withHeader, concat(bom, "nm,lamp\n" + body));
        List<NamedSpectrum> expected = SpectrumFileReader.read(plain, w -> { });
        List<NamedSpectrum> a = SpectrumFileReader.read(headerless, w -> { });
        assertThat(a).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("headerless.csv");
            assertThat(s.spectrum()).isEqualTo(expected.get(0).spectrum());
        });
        assertThat(SpectrumFileReader.read(withHeader, w -> { })).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("lamp");
            assertThat(s.spectrum()).isEqualTo(expected.get(0).spectrum());
        });
        Path badWithBom = dir.resolve("bad.csv");
        Files.write(badWithBom, concat(bom, "nm,lamp\n380,1\n390,x\n"));
        assertThatThrownBy(() -> SpectrumFileReader.read(badWithBom, w -> { }))
                .hasMessage(badWithBom + ":3: value 'x' is not a number");
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] t = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] r = java.util.Arrays.copyOf(a, a.length + t.length);
        System.arraycopy(t, 0, r, a.length, t.length);
        return r;
    }

    @Test
    void binaryGarbageIsRefused() throws Exception {
        Path p = dir.resolve("garbage.bin");
        Files.write(p, new byte[] {0, (byte) 0xff, (byte) 0xfe, 17, 0, 3});
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { })).isInstanceOf(InputException.class)
                .hasMessageContaining("not a text file");
    }

    @Test
    void missingFileIsNamed() {
        Path p = dir.resolve("nope.csv");
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { })).hasMessage(p + ": no such file");
    }
}
