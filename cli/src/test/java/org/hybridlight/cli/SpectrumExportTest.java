package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate --spectrum --export-spectrum: written as TM-27 (or CSV) and read back, the same colorimetry. */
class SpectrumExportTest {

    /** The values are written with Java's shortest round-trip digits: only the evaluation's own rounding. */
    private static final double SAME = 1e-9;

    @TempDir
    Path dir;

    private static JsonNode evaluate(Path file) throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", file.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void tm27WrittenAndReadBackGivesTheSameColorimetry() throws Exception {
        Path lamps = EvaluateCommandTest.root().resolve("examples/lamps.csv");
        Path out = dir.resolve("lamp.spdx");
        CliRun run = CliRun.of("evaluate", "--spectrum", lamps.toString(), "--export-spectrum", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode original = evaluate(lamps);
        assertThat(original.size()).isEqualTo(3);
        String[] written = files(out);
        assertThat(written).hasSize(3);
        for (String name : written) {
            Path file = dir.resolve(name);
            assertThat(Files.readString(file)).contains("<IESTM2714");
            JsonNode back = evaluate(file).get(0);
            JsonNode o = null;
            for (JsonNode c : original) {
                if (c.get("name").asText().equals(back.get("name").asText())) {
                    o = c;
                }
            }
            assertThat(o).as("a spectrum named " + back.get("name")).isNotNull();
            for (String k : new String[] {"x", "y", "cct", "duv", "ra", "rf", "rg"}) {
                assertThat(back.get(k).asDouble()).as(k).isCloseTo(o.get(k).asDouble(), within(SAME));
            }
        }
    }

    @Test
    void aTm27FilesHeaderFieldsSurviveTheExport() throws Exception {
        Path in = dir.resolve("ex3000.spdx");
        Files.writeString(in, """
                <?xml version="1.0" encoding="UTF-8"?>
                <IESTM2714 xmlns="http://www.ies.org/iestm2714" version="1.0">
                  <Header>
                    <Manufacturer>Example Lighting</Manufacturer>
                    <CatalogNumber>EX-3000</CatalogNumber>
                    <Description>warm white LED</Description>
                    <Laboratory>Example Photometry Lab</Laboratory>
                  </Header>
                  <SpectralDistribution>
                    <SpectralQuantity>W/nm</SpectralQuantity>
                    <BandwidthFWHM>2.5</BandwidthFWHM>
                    <BandwidthCorrected>false</BandwidthCorrected>
                    <SpectralData wavelength="380">0.5</SpectralData>
                    <SpectralData wavelength="580">1.25</SpectralData>
                    <SpectralData wavelength="780">2</SpectralData>
                  </SpectralDistribution>
                </IESTM2714>
                """);
        Path out = dir.resolve("out").resolve("copy.spdx");
        Files.createDirectories(out.getParent());
        CliRun run = CliRun.of("evaluate", "--spectrum", in.toString(), "--export-spectrum", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.Map<String, String> read = new java.util.HashMap<>(SpectrumFileReader.read(in, w -> { }).get(0)
                .metadata());
        java.util.Map<String, String> back = SpectrumFileReader.read(out, w -> { }).get(0).metadata();
        read.put("DocumentCreator", "hybridlight");
        assertThat(back).as("the fields read, and who wrote the copy").isEqualTo(read).containsEntry("Manufacturer", "Example Lighting")
                .containsEntry("CatalogNumber", "EX-3000").containsEntry("Description", "warm white LED")
                .containsEntry("SpectralQuantity", "W/nm").containsEntry("BandwidthFWHM", "2.5");
    }

    private String[] files(Path out) throws Exception {
        try (var s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".spdx")).sorted()
                    .toArray(String[]::new);
        }
    }
}
