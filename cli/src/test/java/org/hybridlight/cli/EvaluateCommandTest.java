package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluateCommandTest {

    /** Y is scaled to 100: rounding only. */
    private static final double Y_SCALED = 1e-9;
    /** Illuminant A's CCT against the CIE's nominal 2856 K (c2 and the 1 nm table move it by about a kelvin). */
    private static final double ILLUMINANT_A_CCT_K = 2.0;
    /** A figure computed with a reference read from a file against the same reference built in. */
    private static final double SAME_REFERENCE = 1e-6;
    /** A chromaticity of the same spectrum read from two file formats: rounding only. */
    private static final double SAME_SPECTRUM = 1e-9;

    private static final List<String> KEYS = List.of("name", "X", "Y", "Z", "x", "y", "u", "v", "uPrime", "vPrime",
            "cct", "duv", "ra", "r", "ler", "reference", "criValid", "rf", "rg", "rfHj", "rcsHj", "rhsHj");

    @TempDir
    Path dir;

    static Path root() {
        return Path.of(System.getProperty("hybridlight.root", "..")).toAbsolutePath().normalize();
    }

    @Test
    void jsonHasExactlyTheStableKeys() throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(),
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        for (JsonNode o : array) {
            List<String> keys = new ArrayList<>();
            Iterator<String> it = o.fieldNames();
            it.forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(KEYS);
            assertThat(o.get("r")).hasSize(14);
            assertThat(o.get("rfHj")).hasSize(16);
            assertThat(o.get("rcsHj")).hasSize(16);
            assertThat(o.get("rhsHj")).hasSize(16);
            assertThat(o.get("Y").asDouble()).isCloseTo(100, within(Y_SCALED));
        }
        JsonNode a = array.get(0);
        assertThat(a.get("name").asText()).isEqualTo("A");
        assertThat(a.get("cct").asDouble()).isCloseTo(2856, within(ILLUMINANT_A_CCT_K));
        assertThat(a.get("reference").asText()).startsWith("blackbody:285");
        assertThat(a.get("criValid").asBoolean()).isTrue();
    }

    @Test
    void csvHasTheJsonKeysAsColumnsAndTheSameNumbers() throws Exception {
        Path lamps = dir.resolve("lamps.csv");
        Files.writeString(lamps, Files.readString(root().resolve("examples/lamps.csv")).replaceFirst(",F2,", ",\"F2, cool\","));
        CliRun csv = CliRun.of("evaluate", "--spectrum", lamps.toString(), "--format", "csv");
        CliRun json = CliRun.of("evaluate", "--spectrum", lamps.toString(), "--format", "json");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(json.out());
        // read back through the tool's own CSV reader's library: quoting survives
        com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<java.util.Map<String, String>> rows = m.readerFor(java.util.Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(csv.out()).readAll();
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode o = array.get(i);
            java.util.Map<String, String> r = rows.get(i);
            assertThat(r.get("name")).isEqualTo(o.get("name").asText());
            for (String key : List.of("X", "x", "y", "cct", "duv", "ra", "ler", "rf", "rg")) {
                assertThat(Double.parseDouble(r.get(key))).as(key).isEqualTo(o.get(key).asDouble());
            }
            for (int k = 1; k <= 14; k++) {
                assertThat(Double.parseDouble(r.get("r" + k))).isEqualTo(o.get("r").get(k - 1).asDouble());
            }
            assertThat(Double.parseDouble(r.get("rhsHj16"))).isEqualTo(o.get("rhsHj").get(15).asDouble());
            assertThat(r.get("reference")).isEqualTo(o.get("reference").asText());
        }
        assertThat(rows.get(1).get("name")).isEqualTo("F2, cool");
    }

    @Test
    void fixedReferenceIsUsedAndReported() throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(),
                "--format", "json", "--reference", "blackbody:3000");
        JsonNode array = new ObjectMapper().readTree(run.out());
        for (JsonNode o : array) {
            assertThat(o.get("reference").asText()).isEqualTo("blackbody:3000");
        }
    }

    @Test
    void referenceFromAFileEqualsTheBuiltInOne() throws Exception {
        StringBuilder csv = new StringBuilder("wavelength_nm,bb3000\n");
        for (int nm = 360; nm <= 830; nm++) {
            double m = 1 / (Math.pow(nm * 1e-9, 5) * Math.expm1(1.4388e-2 / (nm * 1e-9 * 3000)));
            csv.append(nm).append(',').append(String.format(Locale.ROOT, "%.10e", m)).append('\n');
        }
        Path ref = dir.resolve("bb3000.csv");
        Files.writeString(ref, csv);
        String lamps = root().resolve("examples/lamps.csv").toString();
        JsonNode fromFile = new ObjectMapper().readTree(
                CliRun.of("evaluate", "--spectrum", lamps, "--format", "json", "--reference", ref.toString()).out());
        JsonNode builtIn = new ObjectMapper().readTree(
                CliRun.of("evaluate", "--spectrum", lamps, "--format", "json", "--reference", "blackbody:3000").out());
        for (int i = 0; i < 3; i++) {
            assertThat(fromFile.get(i).get("ra").asDouble()).isCloseTo(builtIn.get(i).get("ra").asDouble(),
                    within(SAME_REFERENCE));
        }
        assertThat(fromFile.get(0).get("reference").asText()).isEqualTo("bb3000.csv");
    }

    @Test
    void tableHasUnitsAndAllSpectra() {
        CliRun run = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CCT (K)", "LER (lm/W)", "Duv", "Ra", "R9", "Rf", "Rg", "R14", "F11");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty|''|65|no data",
        "non-numeric|400,1\\n500,x\\n|65|:2: value 'x' is not a number",
        "decreasing|500,1\\n400,2\\n|65|:2: wavelengths must increase",
        "single point|500,1\\n|65|at least two wavelengths",
    })
    void badFilesGiveOneLineAndADataExitCode(String what, String text, int code, String message) throws Exception {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, text.replace("\\n", "\n"));
        CliRun run = CliRun.of("evaluate", "--spectrum", p.toString());
        assertThat(run.exitCode()).isEqualTo(code);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: " + p).contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileAndUnknownReferenceAreDistinctErrors() {
        CliRun missing = CliRun.of("evaluate", "--spectrum", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).contains("no such file");
        CliRun ref = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(),
                "--reference", "moonlight");
        assertThat(ref.exitCode()).isNotZero();
        assertThat(ref.err().strip()).startsWith("error: --reference").contains("moonlight");
        CliRun badK = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(),
                "--reference", "blackbody:hot");
        assertThat(badK.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badK.err()).contains("'hot' is not a temperature");
    }

    @Test
    void shortSpectraAreWarnedAboutNotRefused() throws Exception {
        Path p = dir.resolve("short.csv");
        Files.writeString(p, "450,1\n500,2\n550,3\n600,2\n650,1\n700,1\n");
        CliRun run = CliRun.of("evaluate", "--spectrum", p.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning:").contains("450-700 nm");
    }

    @Test
    void plotsTheColourVectorGraphicAsPngAndSvg() throws Exception {
        Path lamps = root().resolve("examples/lamps.csv");
        Path png = dir.resolve("tm30.png");
        CliRun run = CliRun.of("evaluate", "--spectrum", lamps.toString(), "--plot", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String lamp : List.of("A", "F2", "F11")) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("tm30-" + lamp + ".png")
                    .toFile());
            assertThat(image.getWidth()).isEqualTo(640);
            assertThat(image.getHeight()).isEqualTo(640);
        }
        Path svg = dir.resolve("f2.svg");
        Path single = dir.resolve("f2.csv");
        List<String> lines = Files.readAllLines(lamps);
        StringBuilder f2 = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                String[] c = line.split(",");
                f2.append(c[0]).append(',').append(c[2]).append('\n');
            }
        }
        Files.writeString(single, f2);
        assertThat(CliRun.of("evaluate", "--spectrum", single.toString(), "--plot", svg.toString()).exitCode())
                .isZero();
        String text = Files.readString(svg);
        assertThat(text.strip()).contains("<svg", "Rf 70", "Rg 86").endsWith("</svg>");
        // the same drawing as the PNG: 16 spokes and 16 arrows
        assertThat(text.split("<line", -1)).hasSize(1 + 2 * 16);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnwritablePlotIsAnErrorAndLeavesNothing() {
        CliRun run = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(), "--plot",
                dir.resolve("missing/dir/x.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(run.err()).contains("does not exist");
        CliRun wrong = CliRun.of("evaluate", "--spectrum", root().resolve("examples/lamps.csv").toString(), "--plot",
                dir.resolve("x.jpg").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void plotNamesThatWouldCollideGetTheColumnNumber() throws Exception {
        // "a b" and "a_b" both once wrote x-a_b.svg
        Path f = Files.writeString(dir.resolve("ab.csv"), "nm,a b,a_b,A B\n380,1,2,3\n480,2,1,1\n580,1,1,2\n"
                + "680,1,2,1\n780,1,1,1\n");
        Path plots = Files.createDirectory(dir.resolve("plots"));
        CliRun run = CliRun.of("evaluate", "--spectrum", f.toString(), "--plot", plots.resolve("x.svg").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(plots)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("x-a_b.svg",
                    "x-a_b-3.svg", "x-A_B-4.svg");
        }
        assertThat(Files.readString(plots.resolve("x-a_b-3.svg"))).contains("a_b");
    }

    @Test
    void aByteOrderMarkDoesNotTurnTheFirstRowIntoAHeader() throws Exception {
        // a headerless file with a BOM once had spectra named "9.7951" and lost its 380 nm row
        String body = Files.readAllLines(root().resolve("examples/lamps.csv")).stream()
                .filter(l -> !l.startsWith("#") && !Character.isLetter(l.charAt(0))).reduce("", (a, b) -> a + b + "\n");
        Path plain = Files.writeString(dir.resolve("plain.csv"), body);
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliRun a = CliRun.of("evaluate", "--spectrum", plain.toString(), "--format", "json");
        CliRun b = CliRun.of("evaluate", "--spectrum", bom.toString(), "--format", "json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out().replace("bom.csv", "plain.csv")).isEqualTo(a.out());
    }

    @Test
    void tinyAndSparseSpectraGiveTheirColourNotAnError() throws Exception {
        // 1e-320 was reported as "not finite: Infinity"; a line on an irregular grid as "no luminance"
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "nm,a\n380,1e-320\n580,3e-320\n780,1e-320\n");
        Path unit = Files.writeString(dir.resolve("unit.csv"), "nm,a\n380,1\n580,3\n780,1\n");
        JsonNode t = new ObjectMapper().readTree(CliRun.of("evaluate", "--spectrum", tiny.toString(), "--format",
                "json").out()).get(0);
        JsonNode u = new ObjectMapper().readTree(CliRun.of("evaluate", "--spectrum", unit.toString(), "--format",
                "json").out()).get(0);
        assertThat(t.get("x").asDouble()).isCloseTo(u.get("x").asDouble(), within(SAME_SPECTRUM));
        Path line = Files.writeString(dir.resolve("line.csv"), "nm,line\n380,0\n531,0\n532,1\n533,0\n780,0\n");
        CliRun run = CliRun.of("evaluate", "--spectrum", line.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // a 532 nm line is green: near the spectral locus at 532 nm
        assertThat(new ObjectMapper().readTree(run.out()).get(0).get("y").asDouble()).isGreaterThan(0.75);
    }
}
