package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sekonic C-7000 CSV exports written here by hand from the layout described in the instrument's manual. */
class SekonicSpectrumReaderTest {

    private static final Path FILE = Path.of("c7000.csv");

    private static String file(int lastNm) {
        StringBuilder s = new StringBuilder("""
                Date Saved,2026/12/03 10:00:00
                Title,office LED
                Measuring Mode,Ambient
                CCT[K],4012
                ⊿uv,0.0021
                Illuminance[lx],512.3
                x,0.3805
                y,0.3768
                Ra,82.4
                R9,12.5
                R15,80.1
                Rf,84
                Rg,97
                """);
        for (int nm = 380; nm <= lastNm; nm++) {
            s.append("Spectral Data ").append(nm).append("[nm],").append(0.001 * (nm - 370)).append('\n');
        }
        return s.toString();
    }

    @Test
    void detectedAndReadWithTheInstrumentsFigures() throws Exception {
        List<NamedSpectrum> spectra = SpectrumFileReader.parse(FILE, file(780), w -> { });
        assertThat(SpectrumFormat.detect(file(780))).isEqualTo(SpectrumFormat.SEKONIC);
        assertThat(spectra).hasSize(1);
        NamedSpectrum s = spectra.get(0);
        assertThat(s.name()).isEqualTo("office LED");
        assertThat(s.spectrum().wavelengthsNm()).hasSize(401).startsWith(380.0).endsWith(780.0);
                assertThat(s.instrument().values()).containsOnlyKeys("cct", "duv", "x", "y", "ra", "r9", "r15", "rf", "rg",
                "illuminanceLx");
        assertThat(s.instrument().get("cct")).isEqualTo(4012);
        assertThat(s.instrument().get("duv")).isEqualTo(0.0021);
        assertThat(s.instrument().get("illuminanceLx")).isEqualTo(512.3);
        assertThat(s.instrument().get("r1")).isNaN();
        assertThat(s.metadata()).containsEntry("Measuring Mode", "Ambient");
    }

    @Test
    void aCutSpectralBlockIsOneClearLine() {
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, file(380),
                new SpectrumReadOptions(SpectrumFormat.SEKONIC, null, null), w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("c7000.csv: Sekonic file has only one 'Spectral Data …[nm]' line: the spectral block is "
                        + "missing or cut (export the measurement with spectral data)");
    }

    @Test
    void aBadSpectralValueNamesItsLine() {
        String bad = file(400).replaceAll("Spectral Data 390\\[nm\\],[^\\n]*", "Spectral Data 390[nm],abc");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("c7000.csv:24: Sekonic spectral line: 'abc' is not a number");
    }
}
