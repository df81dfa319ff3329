package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UPRtek MK350 exports (tab separated, as saved from the .xls) written here by hand from the layout description. */
class UprtekSpectrumReaderTest {

    private static final Path FILE = Path.of("mk350.txt");

    private static String file(int lastNm) {
        StringBuilder s = new StringBuilder("""
                Model\tMK350D
                CCT\t3105
                Duv\t-0.0012
                LUX\t301.5
                CIE1931 x\t0.4302
                CIE1931 y\t0.4011
                Ra\t91.2
                R1\t90.5
                R9\t55.0
                TM30 Rf\t89
                TM30 Rg\t101
                """);
        for (int nm = 380; nm <= lastNm; nm += 5) {
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
        assertThat(s.spectrum().wavelengthsNm()).hasSize(81).startsWith(380.0).endsWith(780.0);
        assertThat(s.instrument().values()).containsOnlyKeys("cct", "duv", "x", "y", "ra", "r1", "r9", "rf", "rg",
                "illuminanceLx");
        assertThat(s.instrument().get("duv")).isEqualTo(-0.0012);
        assertThat(s.instrument().get("x")).isEqualTo(0.4302);
        assertThat(s.instrument().get("rf")).isEqualTo(89);
        assertThat(s.metadata()).containsEntry("Model", "MK350D");
    }

    @Test
    void withoutSpectralLinesWhenForced() {
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, "CCT\t3000\nRa\t90\n",
                new SpectrumReadOptions(SpectrumFormat.UPRTEK, null, null), w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("mk350.txt: UPRtek file has no '380nm<TAB>value' lines");
    }

    @Test
    void aDecreasingWavelengthNamesItsLine() {
        String bad = file(400).replace("395nm\t", "385nm\t");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("mk350.txt:15: wavelengths must increase");
    }
}
