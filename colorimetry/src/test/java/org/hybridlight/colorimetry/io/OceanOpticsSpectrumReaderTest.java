package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SpectraSuite / OceanView text exports written here by hand from the layout description. */
class OceanOpticsSpectrumReaderTest {

    private static final Path FILE = Path.of("usb4000.txt");

    private static String file(String begin, String end, boolean decimalComma) {
        StringBuilder s = new StringBuilder("""
                SpectraSuite Data File
                ++++++++++++++++++++++++++++++++++++
                Date: Thu Dec 03 10:00:00 UTC 2026
                Spectrometer Serial Number: USB4C00000
                Integration Time (usec): 100000
                Number of Pixels in Processed Spectrum: 5
                """).append(begin).append('\n');
        for (int i = 0; i < 5; i++) {
            String wl = String.valueOf(380.25 + 100 * i);
            String v = String.valueOf(0.5 + i);
            s.append(decimalComma ? wl.replace('.', ',') : wl).append('\t')
                    .append(decimalComma ? v.replace('.', ',') : v).append('\n');
        }
        return s.append(end).append('\n').toString();
    }

    @Test
    void spectraSuiteProcessedDataWithTheHeaderAsMetadata() throws Exception {
        String text = file(">>>>>Begin Processed Spectral Data<<<<<", ">>>>>End Processed Spectral Data<<<<<", false);
        assertThat(SpectrumFormat.detect(text)).isEqualTo(SpectrumFormat.OCEANOPTICS);
        NamedSpectrum s = SpectrumFileReader.parse(FILE, text, w -> { }).get(0);
        assertThat(s.spectrum().wavelengthsNm()).containsExactly(380.25, 480.25, 580.25, 680.25, 780.25);
        assertThat(s.spectrum().values()).containsExactly(0.5, 1.5, 2.5, 3.5, 4.5);
        assertThat(s.metadata()).containsEntry("Integration Time (usec)", "100000")
                .containsEntry("Spectrometer Serial Number", "USB4C00000");
        assertThat(s.instrument().isEmpty()).isTrue();
    }

    @Test
    void oceanViewWithDecimalCommas() throws Exception {
        List<NamedSpectrum> spectra = SpectrumFileReader.parse(FILE,
                file(">>>>>Begin Spectral Data<<<<<", ">>>>>End Spectral Data<<<<<", true), w -> { });
        assertThat(spectra.get(0).spectrum().wavelengthsNm()).startsWith(380.25).endsWith(780.25);
    }

    @Test
    void aCutFileNamesTheBeginLine() {
        String cut = "Integration Time (usec): 1\n>>>>>Begin Spectral Data<<<<<\n380.0\t1\n";
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, cut, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:2: Ocean Optics spectral data has 1 lines after its Begin line: the file is cut");
    }

    @Test
    void aBadValueNamesItsLine() {
        String bad = file(">>>>>Begin Spectral Data<<<<<", "", false).replace("\t2.5", "\tn/a");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("usb4000.txt:10: Ocean Optics spectral line: 'n/a' is not a number");
    }
}
