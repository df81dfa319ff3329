package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateDesignTest {

    /** Powers and their ratio as written and recomputed from the JSON: rounding only. */
    private static final double ROUNDING = 1e-12;
    /** A figure evaluated again from an exported spectrum (interpolated back onto the grid), relative. */
    private static final double ROUND_TRIP_RELATIVE = 1e-9;

    @TempDir
    Path dir;

    private static Path fig6b() {
        return EvaluateCommandTest.root().resolve("examples/paper-fig6b.json");
    }

    @Test
    void jsonHasTheSpectrumKeysThenTheSourceKeys() throws Exception {
        CliRun run = CliRun.of("evaluate", "--design", fig6b().toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("name", "X", "Y", "Z", "x", "y", "u", "v", "uPrime", "vPrime", "cct", "duv",
                "ra", "r", "ler", "reference", "criValid");
        assertThat(keys).contains("pe", "opticalPowerInW", "opticalPowerOutW", "heatLoadW", "units", "rf", "rg");
        assertThat(o.get("reference").asText()).isEqualTo("blackbody:3000");
        assertThat(o.get("units")).hasSize(3);
        double in = 0;
        for (JsonNode u : o.get("units")) {
            in += u.get("opticalPowerInW").asDouble();
            assertThat(u.has("pe") && u.has("deltaEAvgMeV") && u.has("deltaEMaxMeV") && u.has("heatLoadW")).isTrue();
            assertThat(u.has("excitationPeakNm") && u.has("qdEmissionPeakNm")).isTrue();
        }
        assertThat(o.get("opticalPowerInW").asDouble()).isCloseTo(in, within(ROUNDING));
        assertThat(o.get("pe").asDouble()).isCloseTo(
                o.get("opticalPowerOutW").asDouble() / o.get("opticalPowerInW").asDouble(), within(ROUNDING));
    }

    @Test
    void theExportedSpectrumGivesTheSameColorimetry() throws Exception {
        assertExportRoundTrips(dir.resolve("white.csv"));
    }

    @Test
    void theTm27ExportReadsBackToTheSameColorimetry() throws Exception {
        Path spdx = dir.resolve("white.spdx");
        assertExportRoundTrips(spdx);
        assertThat(Files.readString(spdx)).startsWith("<?xml").contains("<IESTM2714", "<SpectralData wavelength=\"360\">",
                "<Description>paper-fig6b.json</Description>");
    }

    private void assertExportRoundTrips(Path csv) throws Exception {
        CliRun design = CliRun.of("evaluate", "--design", fig6b().toString(), "--format", "json",
                "--export-spectrum", csv.toString());
        assertThat(design.exitCode()).as(design.err()).isZero();
        CliRun spectrum = CliRun.of("evaluate", "--spectrum", csv.toString(), "--format", "json", "--reference",
                "blackbody:3000");
        assertThat(spectrum.exitCode()).as(spectrum.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(design.out());
        JsonNode b = new ObjectMapper().readTree(spectrum.out()).get(0);
        for (String key : List.of("x", "y", "cct", "duv", "ra", "ler", "rf", "rg")) {
            assertThat(b.get(key).asDouble()).as(key).isCloseTo(a.get(key).asDouble(),
                    within(ROUND_TRIP_RELATIVE * Math.max(1, Math.abs(a.get(key).asDouble()))));
        }
    }

    /** A design whose measured LED's spectrum file covers 420-700 nm only, with the fig. 6b units beside it. */
    static Path shortRangeLedDesign(Path dir) throws Exception {
        StringBuilder led = new StringBuilder("nm,led\n");
        for (int nm = 420; nm <= 700; nm += 2) {
            led.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 450) / 9.0, 2))).append('\n');
        }
        Files.writeString(dir.resolve("short-led.csv"), led);
        Path design = dir.resolve("measured.json");
        Files.writeString(design, "{\"reference\": \"blackbody:3000\", \"units\": [{\"name\": \"measured blue\", "
                + "\"weight\": 0.05, \"led\": {\"shape\": \"measured\", \"spectrumFile\": \"short-led.csv\"}}, "
                + "{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 3}}]}");
        return design;
    }

    /** The warning the spectrum reader gives about it, with the design file and field in front. */
    static String shortRangeWarning(Path design) {
        return "warning: " + design + ": units[0].led.spectrumFile: " + design.resolveSibling("short-led.csv")
                + ": spectra cover 420-700 nm, not all of 380-780 nm; they are extended with their end values";
    }

    @Test
    void theWarningsOfTheSpectrumFilesADesignNamesArePrinted() throws Exception {
        Path design = shortRangeLedDesign(dir);
        for (String format : List.of("table", "json")) {
            CliRun run = CliRun.of("evaluate", "--design", design.toString(), "--format", format);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err().lines().toList()).as(format).contains(shortRangeWarning(design));
            assertThat(run.out()).as("stdout has the figures only").doesNotContain("warning");
        }
        CliRun plain = CliRun.of("evaluate", "--design", fig6b().toString());
        assertThat(plain.err()).as("no files, no warnings").isEmpty();
    }

    @Test
    void tableShowsSourcePowersWithUnits() {
        CliRun run = CliRun.of("evaluate", "--design", fig6b().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("W in", "PE", "heat load", "dEavg (meV)", "510 nm LED + 478 nm QD",
                "minus the LED's peak photon (paper Fig. 5a)");
    }

    @Test
    void badDesignsAndOptionsGiveOneLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": "
                + "{\"emissionPeakNm\": 610, \"od1S\": -1}}]}");
        CliRun run = CliRun.of("evaluate", "--design", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(run.err().strip()).isEqualTo("error: " + bad + ": units[0].qd.od1S: must be > 0, got -1");
        assertThat(CliRun.of("evaluate", "--design", fig6b().toString(), "--spectrum", fig6b().toString())
                .exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun export = CliRun.of("evaluate", "--design", fig6b().toString(), "--export-spectrum",
                dir.resolve("no/such/dir/w.csv").toString());
        assertThat(export.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(export.out()).isEmpty();
    }

    private Path variant(String from, String to) throws Exception {
        String text = Files.readString(EvaluateCommandTest.root().resolve("examples/paper-fig6a.json"));
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve("v.json"), text.replace(from, to));
    }

    @Test
    void plotsTheDesignsWhite() throws Exception {
        // --design with --plot once exited 0 and wrote nothing
        Path png = dir.resolve("d.png");
        CliRun run = CliRun.of("evaluate", "--design", fig6b().toString(), "--plot", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void energyGaussianLedsAtTheLimitsOfTheirRangeEvaluate() throws Exception {
        // wide energy Gaussians once ended in NoBracketingException, exit 70: the corners of the documented range
        for (String led : List.of("\"peakNm\": 380, \"fwhmNm\": 100", "\"peakNm\": 780, \"fwhmNm\": 100",
                "\"peakNm\": 380, \"fwhmNm\": 5", "\"peakNm\": 780, \"fwhmNm\": 5")) {
            Path d = variant("\"shape\": \"ohno2005\", \"peakNm\": 635, \"fwhmNm\": 17",
                    "\"shape\": \"gaussian-energy\", " + led);
            CliRun run = CliRun.of("evaluate", "--design", d.toString(), "--format", "json",
                    "--reference", "blackbody:3000");
            assertThat(run.exitCode()).as(led + ": " + run.err()).isZero();
            assertThat(new ObjectMapper().readTree(run.out()).get("opticalPowerInW").asDouble()).isPositive();
        }
    }

    @Test
    void aFilmThatReabsorbsItsEmissionGivesFiniteFigures() throws Exception {
        // emissionFwhmMeV 6 with reabsorptionPathFactor 10 once gave NaN in the spectrum
        Path d = variant("\"od1S\": 3, \"plqy\": 1.0, \"tailLaw\": \"phonon-population\" }",
                "\"od1S\": 60, \"plqy\": 1, \"emissionFwhmMeV\": 6, \"tailLaw\": \"phonon-population\" }, "
                + "\"reabsorptionPathFactor\": 10");
        CliRun run = CliRun.of("evaluate", "--design", d.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("x").isNumber()).isTrue();
        assertThat(o.get("opticalPowerOutW").asDouble()).isPositive();
        assertThat(run.out()).doesNotContain("NaN");
    }

    @Test
    void channelsWithoutDotsAndUnitsAtWeightZeroPrintDashesNotNaN() throws Exception {
        Path d = dir.resolve("channels.json");
        Files.writeString(d, """
                { "temperatureK": 300, "reference": "blackbody:3000", "units": [
                  { "name": "plain 450", "weight": 1.0,
                    "led": { "shape": "ohno2005", "peakNm": 450, "fwhmNm": 20, "opticalPowerW": 0.1 } },
                  { "name": "off", "weight": 0.0,
                    "led": { "shape": "ohno2005", "peakNm": 600, "fwhmNm": 20, "opticalPowerW": 0.1 },
                    "qd": { "emissionPeakNm": 620, "od1S": 1 } } ] }
                """);
        CliRun run = CliRun.of("evaluate", "--design", d.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN");
        String plain = run.out().lines().filter(l -> l.startsWith("plain 450")).findFirst().orElseThrow();
        assertThat(plain).contains("100.00").contains(" - ");
    }

    @Test
    void aDesignWithAByteOrderMarkReads() throws Exception {
        byte[] text = Files.readAllBytes(fig6b());
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        Path d = Files.write(dir.resolve("bom.json"), bom);
        CliRun with = CliRun.of("evaluate", "--design", d.toString(), "--format", "json");
        CliRun without = CliRun.of("evaluate", "--design", fig6b().toString(), "--format", "json");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out().replace("bom.json", "paper-fig6b.json")).isEqualTo(without.out());
    }
}
