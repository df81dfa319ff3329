package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SpectraSuite / OceanView text exports written here by hand from the published layouts: SpectraSuite's header
 * ({@code SpectraSuite Data File}, a line of 36 '+', {@code Integration Time (usec)}, {@code Number of Pixels in
 * Processed Spectrum}) and Begin/End Processed lines; OceanView's ({@code Integration Time (sec)}, {@code XAxis
 * mode}, {@code Number of Pixels in Spectrum}) with a Begin line and no End line. The numbers are made up.
 */
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

    /** An OceanView file of {@code values} at 400, 401, … nm, its header announcing {@code announced} pixels. */
    private static String oceanView(String xAxis, int announced, double... values) {
        StringBuilder s = new StringBuilder("""
                Data from QD film 3.txt Node
                Date: Thu Dec 03 10:00:00 UTC 2026
                User: lab
                Spectrometer: QEP00000
                Integration Time (sec): 1.000000E-1
                Scans to average: 10
                Electric dark correction enabled: true
                Boxcar width: 0
                """).append("XAxis mode: ").append(xAxis).append('\n')
                .append("Number of Pixels in Spectrum: ").append(announced).append('\n')
                .append(">>>>>Begin Spectral Data<<<<<\n");
        for (int i = 0; i < values.length; i++) {
            s.append(400 + i).append('\t').append(values[i]).append('\n');
        }
        return s.toString();
    }

    @Test
    void darkSubtractedNegativeCountsAreKeptWithOneWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        double[] counts = {-0.8, 12.5, -2.25, 30, 18, -0.1, 4};
        NamedSpectrum s = SpectrumFileReader.parse(FILE, oceanView("Wavelengths", counts.length, counts),
                warnings::add).get(0);
        assertThat(s.spectrum().values()).as("kept as measured").containsExactly(counts);
        assertThat(s.metadata()).containsEntry("Integration Time (sec)", "1.000000E-1");
        List<String> negative = warnings.stream().filter(w -> w.contains("negative")).toList();
        assertThat(negative).containsExactly("usb4000.txt: 3 of 7 Ocean Optics spectral values are negative "
                + "(dark-subtracted noise; the lowest -2.25 at 402 nm); kept as measured");
    }

    @Test
    void aSpectrumWithoutNegativeCountsHasNoSuchWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        SpectrumFileReader.parse(FILE, oceanView("Wavelengths", 3, 1, 2, 3), warnings::add);
        assertThat(warnings).noneMatch(w -> w.contains("negative"));
    }

    @Test
    void noiseAroundZeroIsNoSpectrum() {
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, oceanView("Wavelengths", 4, -1, 0.5, -0.5, 0.25),
                w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:12: Ocean Optics spectral values sum to -0.75: no signal above the dark (is it "
                        + "a dark spectrum?)");
    }

    @Test
    void anOceanViewFileCutShortIsFoundByItsPixelCount() {
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, oceanView("Wavelengths", 2048, 1, 2, 3), w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:10: Ocean Optics header announces 2048 pixels but 3 spectral lines follow its "
                        + "Begin line (line 11): the file is cut");
    }

    @Test
    void aFileCutInTheMiddleOfALineSaysSo() {
        String text = oceanView("Wavelengths", 3, 1, 2, 3);
        String cut = text.substring(0, text.lastIndexOf('\t'));
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, cut, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:14: Ocean Optics spectral line: expected 'wavelength<TAB>value', got 1 cell: "
                        + "the file is cut");
    }

    @Test
    void aPixelCountTooLongForANumberIsOneLine() {
        String text = oceanView("Wavelengths", 3, 1, 2, 3).replace("Spectrum: 3", "Spectrum: " + "8".repeat(40));
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, text, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:10: Ocean Optics header: 'Number of Pixels in Spectrum' of 40 digits is no "
                        + "pixel count");
    }

    @Test
    void anXAxisInPixelsIsNotReadAsNanometres() {
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, oceanView("Pixels", 3, 1, 2, 3), w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt:9: Ocean Optics file with XAxis mode 'Pixels': its first column is not "
                        + "wavelengths in nm (export with XAxis mode Wavelengths)");
    }

    @Test
    void aHeaderWithoutSpectralDataIsStillNamedOceanOptics() {
        String text = file(">>>>>Begin Processed Spectral Data<<<<<", "", false);
        String header = text.substring(0, text.indexOf(">>>>>"));
        assertThat(SpectrumFormat.detect(header)).isEqualTo(SpectrumFormat.OCEANOPTICS);
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, header, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("usb4000.txt: Ocean Optics file without a '>>>>>Begin Spectral Data<<<<<' line: the "
                        + "spectral data is missing");
    }

    @Test
    void aBadValueNamesItsLine() {
        String bad = file(">>>>>Begin Spectral Data<<<<<", "", false).replace("\t2.5", "\tn/a");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("usb4000.txt:10: Ocean Optics spectral line: 'n/a' is not a number");
    }
}
