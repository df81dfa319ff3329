package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * UPRtek CV600 exports (the tab-separated text its software saves under a .xls name) written here by hand from the
 * published layout: the header lines, the figures in the meter's order (tristimulus X, Y, Z just above the
 * chromaticity x, y), one 1 nm line per wavelength. The numbers are made up.
 */
class UprtekSpectrumReaderTest {

    private static final Path FILE = Path.of("cv600.xls");

    private static String file(int lastNm) {
        StringBuilder s = new StringBuilder();
        for (String[] kv : new String[][] {{"Model Name", "CV600"}, {"Serial Number", "00A00000"},
            {"Time", "2026/12/03_10:00:00"}, {"Memo", ""}, {"LUX", "301.5"}, {"fc", "28.0"}, {"CCT", "3105.000000"},
            {"Duv", "-0.001200"}, {"I-Time", "12000.000000"}, {"X", "323.1"}, {"Y", "301.5"}, {"Z", "126.8"},
            {"x", "0.430200"}, {"y", "0.401100"}, {"u'", "0.246300"}, {"v'", "0.516700"}, {"LambdaP", "605.0"},
            {"LambdaPValue", "1.92"}, {"CRI", "91.200000"}, {"R1", "90.500000"}, {"R9", "55.000000"},
            {"R15", "88.100000"}, {"TLCI", "90.1"}, {"TLMF-A", "1.2"}, {"SSI-A", "40.0"}, {"Rf", "89.000000"},
            {"Rg", "101.000000"}, {"IRR", "1.05"}}) {
            s.append(kv[0]).append(kv[1].isEmpty() ? "" : "\t" + kv[1]).append('\n');
        }
        for (int nm = 380; nm <= lastNm; nm++) {
            s.append(nm).append("nm\t").append(0.5 + 0.001 * (nm - 380)).append('\n');
        }
        return s.toString();
    }

    @Test
    void detectedAndReadWithTheInstrumentsFigures() throws Exception {
        assertThat(SpectrumFormat.detect(file(780))).isEqualTo(SpectrumFormat.UPRTEK);
        List<NamedSpectrum> spectra = SpectrumFileReader.parse(FILE, file(780), w -> { });
        assertThat(spectra).hasSize(1);
        NamedSpectrum s = spectra.get(0);
        assertThat(s.spectrum().wavelengthsNm()).hasSize(401).startsWith(380.0).endsWith(780.0);
        assertThat(s.instrument().values()).containsOnlyKeys("cct", "duv", "x", "y", "uPrime", "vPrime", "ra", "r1",
                "r9", "r15", "rf", "rg", "illuminanceLx");
        assertThat(s.instrument().get("x")).as("chromaticity x, not tristimulus X above it").isEqualTo(0.4302);
        assertThat(s.instrument().get("y")).isEqualTo(0.4011);
        assertThat(s.instrument().get("duv")).isEqualTo(-0.0012);
        assertThat(s.instrument().get("ra")).isEqualTo(91.2);
        assertThat(s.instrument().get("illuminanceLx")).isEqualTo(301.5);
        assertThat(s.instrument().get("rf")).isEqualTo(89);
        assertThat(s.metadata()).containsEntry("Model Name", "CV600").containsEntry("Memo", "")
                .containsEntry("X", "323.1").containsEntry("fc", "28.0");
    }

    @Test
    void aSecondSpectralBlockStartingAgainIsReadAsABlock() throws Exception {
        String fiveNm = new StringBuilder().append(file(780)).toString();
        StringBuilder s = new StringBuilder(fiveNm.substring(0, fiveNm.indexOf("380nm")));
        for (int nm = 380; nm <= 780; nm += 5) {
            s.append(nm).append("nm\t1\n");
        }
        s.append(fiveNm.substring(fiveNm.indexOf("380nm")));
        NamedSpectrum read = SpectrumFileReader.parse(FILE, s.toString(), w -> { }).get(0);
        assertThat(read.spectrum().wavelengthsNm()).as("the 1 nm block, the finer").hasSize(401);
    }

    @Test
    void withoutSpectralLinesTheFileIsStillNamedUprtek() {
        String text = file(780);
        String figuresOnly = text.substring(0, text.indexOf("380nm"));
        assertThat(SpectrumFormat.detect(figuresOnly)).isEqualTo(SpectrumFormat.UPRTEK);
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, figuresOnly, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cv600.xls: UPRtek file has no '380nm<TAB>value' lines");
    }

    @Test
    void aDecreasingWavelengthNamesItsLine() {
        String text = file(400);
        int line = text.lines().toList().indexOf("395nm\t" + (0.5 + 0.001 * 15)) + 1;
        String bad = text.replace("395nm\t", "385nm\t");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cv600.xls:" + line + ": wavelengths must increase");
    }
}
