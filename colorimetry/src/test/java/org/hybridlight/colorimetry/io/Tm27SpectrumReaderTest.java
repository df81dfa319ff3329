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

    /** Every TM-27-14 header and distribution field, as a laboratory's file has them. */
    private static final String FULL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <IESTM2714 xmlns="http://www.ies.org/iestm2714" version="1.0">
              <Header>
                <Manufacturer>Example Lighting</Manufacturer>
                <CatalogNumber>EX-3000</CatalogNumber>
                <Description>warm white LED</Description>
                <DocumentCreator>A. Photometrist</DocumentCreator>
                <UniqueIdentifier>urn:example:ex-3000:7</UniqueIdentifier>
                <MeasurementEquipment>array spectroradiometer, 2 m sphere</MeasurementEquipment>
                <Laboratory>Example Photometry Lab</Laboratory>
                <ReportNumber>R-2026-118</ReportNumber>
                <ReportDate>2026-11-30</ReportDate>
                <DocumentCreationDate>2026-12-01</DocumentCreationDate>
                <Comments>sample 7 of 10; 25 &#176;C board</Comments>
              </Header>
              <SpectralDistribution>
                <SpectralQuantity>W/nm</SpectralQuantity>
                <BandwidthFWHM>2.5</BandwidthFWHM>
                <BandwidthCorrected>true</BandwidthCorrected>
                <SpectralData wavelength="380">0.5</SpectralData>
                <SpectralData wavelength="391.5">1.25</SpectralData>
                <SpectralData wavelength="400">2</SpectralData>
              </SpectralDistribution>
            </IESTM2714>
            """;

    @Test
    void everyHeaderFieldSurvivesAWriteAndARead() throws Exception {
        NamedSpectrum read = SpectrumFileReader.read(write("lab.spdx", FULL), w -> { }).get(0);
        assertThat(read.metadata()).containsKeys(Tm27SpectrumWriter.HEADER_ELEMENTS.toArray(String[]::new))
                .containsEntry("Comments", "sample 7 of 10; 25 °C board").containsEntry("BandwidthCorrected", "true");
        NamedSpectrum back = SpectrumFileReader.read(write("back.spdx", Tm27SpectrumWriter.toXml(read, "hybridlight")),
                w -> { }).get(0);
        assertThat(back.name()).isEqualTo("warm white LED");
        assertThat(back.metadata()).isEqualTo(read.metadata());
        assertThat(back.spectrum().wavelengthsNm()).containsExactly(read.spectrum().wavelengthsNm());
        assertThat(back.spectrum().values()).containsExactly(read.spectrum().values());
    }

    @Test
    void aSpectrumFromElsewhereGetsTheCreatorAndARelativeQuantity() throws Exception {
        String xml = Tm27SpectrumWriter.toXml(new NamedSpectrum("lamp", new org.hybridlight.colorimetry.spectrum
                .Spectrum(new double[] {400, 500}, new double[] {1, 2}), java.util.Map.of("Measuring Mode", "Ambient"),
                InstrumentFigures.NONE), "hybridlight");
        NamedSpectrum back = SpectrumFileReader.read(write("lamp.spdx", xml), w -> { }).get(0);
        assertThat(back.metadata()).containsEntry("Description", "lamp").containsEntry("DocumentCreator", "hybridlight")
                .containsEntry("SpectralQuantity", "relative").doesNotContainKey("Measuring Mode");
    }

    @Test
    void negativeValuesOfAMeasuredSpectrumAreKeptWithOneWarning() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        String doc = DOC.replace(">0.5<", ">-0.01<");
        NamedSpectrum s = SpectrumFileReader.read(write("noise.spdx", doc), warnings::add).get(0);
        assertThat(s.spectrum().values()).startsWith(-0.01);
        assertThat(warnings).filteredOn(w -> w.contains("negative")).singleElement().asString()
                .endsWith("noise.spdx: 1 of 3 values of 'warm white LED' are negative (dark-subtracted noise; "
                        + "the lowest -0.01 at 380 nm); kept as measured");
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
