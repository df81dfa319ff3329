package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TM-27 files written here by hand from the format's description (IES TM-27-14). */
class Tm27SpectrumReaderTest {

    @TempDir
    Path dir;

    private static final String DOC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <IESTM2714 xmlns="http://www.ies.org/iestm2714" version="1.0">
              <Header>
                <Manufacturer>Example Lighting</Manufacturer>
                <CatalogNumber>EX-3000</CatalogNumber>
                <Description>warm white LED</Description>
              </Header>
              <SpectralDistribution>
                <SpectralQuantity>relative</SpectralQuantity>
                <BandwidthFWHM>2</BandwidthFWHM>
                <SpectralData wavelength="380">0.5</SpectralData>
                <SpectralData wavelength="391.5">1.25</SpectralData>
                <SpectralData wavelength="400">2</SpectralData>
              </SpectralDistribution>
            </IESTM2714>
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsAnIrregularGridWithItsHeaderFields() throws Exception {
        List<NamedSpectrum> s = SpectrumFileReader.read(write("led.spdx", DOC), w -> { });
        assertThat(s).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("warm white LED");
            assertThat(n.spectrum().wavelengthsNm()).containsExactly(380, 391.5, 400);
            assertThat(n.spectrum().values()).containsExactly(0.5, 1.25, 2);
            assertThat(n.metadata()).containsEntry("Manufacturer", "Example Lighting")
                    .containsEntry("CatalogNumber", "EX-3000").containsEntry("SpectralQuantity", "relative")
                    .containsEntry("BandwidthFWHM", "2");
        });
    }

    @Test
    void truncatedXmlIsOneLineWithItsPlace() throws Exception {
        Path p = write("cut.spdx", DOC.substring(0, DOC.indexOf("<SpectralData wavelength=\"400\"") + 20));
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { })).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p + ":").hasMessageContaining("not well-formed XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void withoutSpectralDataIsRefused() throws Exception {
        Path none = write("none.spdx", DOC.replaceAll("(?s)<SpectralDistribution>.*</SpectralDistribution>", ""));
        assertThatThrownBy(() -> SpectrumFileReader.read(none, w -> { }))
                .hasMessage(none + ": a TM-27 file without spectral data (no <SpectralDistribution>)");
        Path empty = write("empty.spdx", DOC.replaceAll("(?m)^.*<SpectralData .*$\\n", ""));
        assertThatThrownBy(() -> SpectrumFileReader.read(empty, w -> { }))
                .hasMessage(empty + ":8: a TM-27 file without spectral data (no <SpectralData> in its "
                        + "<SpectralDistribution>)");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = write("secret.txt", "42");
        Path p = write("xxe.spdx", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<IESTM2714><SpectralDistribution><SpectralData wavelength=\"380\">&e;</SpectralData>"
                + "<SpectralData wavelength=\"390\">1</SpectralData></SpectralDistribution></IESTM2714>");
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { })).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p.toString());
    }

    @Test
    void otherXmlIsNamed() throws Exception {
        Path p = write("x.xml", "<?xml version=\"1.0\"?>\n<svg/>");
        assertThatThrownBy(() -> SpectrumFileReader.read(p, w -> { }))
                .hasMessage(p + ":2: an XML file but not IES TM-27 spectral data (root <svg>, not <IESTM2714>)");
    }
}
