package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sekonic C-7000 CSV exports written here by hand from the published layout of the C-7000 Utility's CSV (the
 * labels, their order, the two spectral blocks of 5 nm and 1 nm, the TM-30 colour vector table at the end). The
 * numbers are made up: the 5 nm block differs from the 1 nm block so that the test sees which one is read.
 */
class SekonicSpectrumReaderTest {

    private static final Path FILE = Path.of("c7000.csv");

    /** The 1 nm block's value at {@code nm}; the 5 nm block holds twice as much, to tell them apart. */
    private static double oneNm(int nm) {
        return 0.000001 * (nm - 370);
    }

    /**
     * A C-7000 file measured with the given viewing angle, its 1 nm block ending at {@code lastNm} (780 in a whole
     * file) and, when whole, followed by the colour vector table.
     */
    private static String file(int viewingAngleDeg, int lastNm) {
        String sub = viewingAngleDeg == 10 ? "₁₀" : "";
        String xyz = viewingAngleDeg == 10 ? "CIE1964 " : "CIE1931 ";
        StringBuilder s = new StringBuilder();
        s.append("Date Saved,2026/12/03 10:00:00\n").append("Title,office LED\n").append('\n');
        s.append("Measuring Mode,Ambient\n").append("Viewing Angle [°],").append(viewingAngleDeg).append('\n');
        s.append("Tcp [K],4012\n").append("⊿uv,0.0021\n").append("Illuminance [lx],512\n")
                .append("Illuminance [fc],47.6\n").append("Peak Wavelength [nm],452\n");
        s.append("Tristimulus Value X").append(sub).append(",496.1\n")
                .append("Tristimulus Value Y").append(sub).append(",512.0\n")
                .append("Tristimulus Value Z").append(sub).append(",298.3\n");
        s.append(xyz).append('x').append(sub).append(",0.3805\n").append(xyz).append('y').append(sub)
                .append(",0.3768\n").append(xyz).append('z').append(sub).append(",0.2427\n");
        s.append("CIE1976 u'").append(sub).append(",0.2242\n").append("CIE1976 v'").append(sub).append(",0.4996\n");
        s.append("Dominant Wavelength [nm],577\n").append("Purity [%],22.1\n").append("PPFD [umolm⁻²s⁻¹],7.9\n");
        s.append("CRI Ra,82.4\n");
        for (int i = 1; i <= 15; i++) {
            s.append("CRI R").append(i).append(',').append(60 + i).append(".5\n");
        }
        s.append("TM-30 Rf,84\n").append("TM-30 Rg,97\n").append("SSIt,70\n").append("SSId,61\n")
                .append("SSI1,---\n").append("SSI2,---\n").append("TLCI,80\n").append("TLMF,---\n").append('\n');
        for (int nm = 380; nm <= 780; nm += 5) {
            s.append("Spectral Data ").append(nm).append("[nm],").append(twelve(2 * oneNm(nm))).append('\n');
        }
        s.append('\n');
        for (int nm = 380; nm <= lastNm; nm++) {
            s.append("Spectral Data ").append(nm).append("[nm],").append(twelve(oneNm(nm))).append('\n');
        }
        if (lastNm == 780) {
            s.append('\n').append("TM-30 Color Vector Graphic,Reference Illuminant x,Reference Illuminant y,"
                    + "Measured Illuminant x,Measured Illuminant y\n");
            for (int bin = 1; bin <= 16; bin++) {
                s.append("bin").append(bin).append(",0.1,0.2,0.11,0.19\n");
            }
        }
        return s.toString();
    }

    /** Sekonic writes spectral values with 12 decimals. */
    private static String twelve(double v) {
        return String.format(Locale.ROOT, "%.12f", v);
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow()) + 1;
    }

    @Test
    void theOneNmBlockIsReadWithTheMetersFigures() throws Exception {
        String text = file(2, 780);
        assertThat(SpectrumFormat.detect(text)).isEqualTo(SpectrumFormat.SEKONIC);
        List<NamedSpectrum> spectra = SpectrumFileReader.parse(FILE, text, w -> { });
        assertThat(spectra).hasSize(1);
        NamedSpectrum s = spectra.get(0);
        assertThat(s.name()).isEqualTo("office LED");
        assertThat(s.spectrum().wavelengthsNm()).hasSize(401).startsWith(380.0, 381.0).endsWith(780.0);
        assertThat(s.spectrum().values()[100]).as("the 1 nm block's value").isCloseTo(oneNm(480), within(1e-15));
        List<String> all = new java.util.ArrayList<>(List.of("cct", "duv", "x", "y", "uPrime", "vPrime", "ra", "rf",
                "rg", "illuminanceLx"));
        for (int i = 1; i <= 15; i++) {
            all.add("r" + i);
        }
        assertThat(s.instrument().values()).containsOnlyKeys(all);
        assertThat(s.instrument().get("cct")).isEqualTo(4012);
        assertThat(s.instrument().get("duv")).isEqualTo(0.0021);
        assertThat(s.instrument().get("illuminanceLx")).as("lx, not the fc line after it").isEqualTo(512);
        assertThat(s.instrument().get("x")).isEqualTo(0.3805);
        assertThat(s.instrument().get("vPrime")).isEqualTo(0.4996);
        assertThat(s.instrument().get("ra")).isEqualTo(82.4);
        assertThat(s.instrument().get("r9")).isEqualTo(69.5);
        assertThat(s.instrument().get("r15")).isEqualTo(75.5);
        assertThat(s.instrument().get("rg")).isEqualTo(97);
        assertThat(s.metadata()).containsEntry("Measuring Mode", "Ambient").containsEntry("SSI1", "---")
                .containsEntry("Illuminance [fc]", "47.6").doesNotContainKey("bin1");
    }

    @Test
    void inTenDegreeModeTheCie1964CoordinatesAreNotComparedWithOurs() throws Exception {
        NamedSpectrum s = SpectrumFileReader.parse(FILE, file(10, 780), w -> { }).get(0);
        assertThat(s.instrument().values()).doesNotContainKeys("x", "y", "uPrime", "vPrime")
                .containsKeys("cct", "duv", "ra", "illuminanceLx");
        assertThat(s.metadata()).containsEntry("CIE1964 x₁₀", "0.3805");
    }

    @Test
    void aOneNmBlockCutShortNamesItsLastLine() {
        String cut = file(2, 429);
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, cut, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("c7000.csv:" + lineOf(cut, "Spectral Data 429[nm]") + ": Sekonic spectral block from line "
                        + (lineOf(cut, "Spectral Data 780[nm]") + 2) + " ends at 429 nm, the one from line "
                        + lineOf(cut, "Spectral Data 380[nm]") + " at 780 nm: the file is cut");
    }

    @Test
    void aFileWithOnlyOneSpectralLineIsOneClearLine() {
        String text = file(2, 780);
        String cut = text.substring(0, text.indexOf("Spectral Data 385[nm]"));
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, cut, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage("c7000.csv: Sekonic file has only one 'Spectral Data …[nm]' line: the spectral block is "
                        + "missing or cut (export the measurement with spectral data)");
    }

    @Test
    void aFileWithoutSpectralDataIsStillNamedSekonic() {
        String text = file(2, 780);
        String figuresOnly = text.substring(0, text.indexOf("Spectral Data"));
        assertThat(SpectrumFormat.detect(figuresOnly)).isEqualTo(SpectrumFormat.SEKONIC);
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, figuresOnly, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("c7000.csv: Sekonic file has no 'Spectral Data …[nm]' lines");
    }

    @Test
    void aBadSpectralValueNamesItsLine() {
        String text = file(2, 780);
        String bad = text.replaceFirst("Spectral Data 390\\[nm\\],[^\\n]*", "Spectral Data 390[nm],Over");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("c7000.csv:" + lineOf(text, "Spectral Data 390[nm]")
                        + ": Sekonic spectral line: 'Over' is not a number");
    }

    @Test
    void decreasingWavelengthsInsideABlockAreStillRefused() {
        String bad = file(2, 780).replaceFirst("Spectral Data 395\\[nm\\]", "Spectral Data 385[nm]");
        assertThatThrownBy(() -> SpectrumFileReader.parse(FILE, bad, w -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("wavelengths must increase: 385 nm after 390 nm");
    }
}
