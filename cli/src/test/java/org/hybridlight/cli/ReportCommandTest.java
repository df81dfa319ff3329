package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.hybridlight.colorimetry.ReferenceText;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.report.Paper;
import org.hybridlight.report.ReportLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hybridlight report}: the PDF parsed back with PDFBox has one page of the paper asked for, the name, the
 * plots' headings, and in its table the figures {@code evaluate --format json} prints for the same input.
 */
class ReportCommandTest {

    /** Points: PDF page sizes are stored as floats. */
    private static final double PAGE_PT = 0.01;

    @TempDir
    Path dir;

    /** What the table shows: label, the evaluate JSON key (r1…r14: the array r), the factor, the decimals. */
    private record Shown(String label, String key, double factor, int decimals) {
    }

    private static List<Shown> colorimetryFigures() {
        List<Shown> shown = new java.util.ArrayList<>(List.of(new Shown("CCT (K)", "cct", 1, 1),
                new Shown("Duv", "duv", 1, 5), new Shown("x (CIE 1931)", "x", 1, 5),
                new Shown("y (CIE 1931)", "y", 1, 5), new Shown("Ra", "ra", 1, 1),
                new Shown("Rf (TM-30)", "rf", 1, 1), new Shown("Rg (TM-30)", "rg", 1, 1),
                new Shown("LER (lm/W)", "ler", 1, 2)));
        for (int i = 1; i <= 14; i++) {
            shown.add(new Shown("R" + i, "r" + i, 1, 1));
        }
        return shown;
    }

    private static final List<Shown> SOURCE_FIGURES = List.of(new Shown("PE (%)", "pe", 100, 2),
            new Shown("Optical power in (W)", "opticalPowerInW", 1, 4),
            new Shown("Optical power out (W)", "opticalPowerOutW", 1, 4),
            new Shown("Heat load (W)", "heatLoadW", 1, 5));

    /** The JSON value, NaN for null. */
    private static double jsonValue(JsonNode o, String key) {
        JsonNode v = key.matches("r\\d+") ? o.get("r").path(Integer.parseInt(key.substring(1)) - 1) : o.get(key);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /** The text of the figures' area of the page, as PDFBox extracts it. */
    private static String figuresText(PDDocument doc, Paper paper) throws Exception {
        ReportLayout.Area a = ReportLayout.of(paper).figures();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        s.addRegion("figures", new Rectangle2D.Double(a.xPt(), a.yPt(), a.widthPt(), a.heightPt()));
        s.extractRegions(doc.getPage(0));
        return s.getTextForRegion("figures");
    }

    /** The number printed after {@code label} in the table ("-" is NaN). */
    private static double printed(String text, String label) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(label) + "\\s+(-?\\d+(?:\\.\\d+)?|-)(?=\\s|$)",
                Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(label + " in:\n" + text).isTrue();
        return m.group(1).equals("-") ? Double.NaN : Double.parseDouble(m.group(1));
    }

    private static void assertFigures(PDDocument doc, Paper paper, JsonNode evaluated, List<Shown> shown)
            throws Exception {
        String text = figuresText(doc, paper);
        for (Shown s : shown) {
            double expected = jsonValue(evaluated, s.key()) * s.factor();
            if (Double.isNaN(expected)) {
                // null in the JSON: "-" in the table
                assertThat(printed(text, s.label())).as(s.label()).isNaN();
                continue;
            }
            // the printed value is the JSON value rounded to the table's decimals
            assertThat(printed(text, s.label())).as(s.label()).isCloseTo(expected,
                    within(0.5 * Math.pow(10, -s.decimals()) + 1e-9 * Math.abs(expected)));
        }
        // the report names the reference in words, the JSON by its identifier
        assertThat(text).contains("CRI reference " + (evaluated.get("reference").isNull() ? "-"
                : ReferenceText.of(evaluated.get("reference").asText())));
    }

    private static void assertOnePage(PDDocument doc, Paper paper) {
        assertThat(doc.getNumberOfPages()).isEqualTo(1);
        PDRectangle box = doc.getPage(0).getMediaBox();
        assertThat((double) box.getWidth()).isCloseTo(paper.widthPt(), within(PAGE_PT));
        assertThat((double) box.getHeight()).isCloseTo(paper.heightPt(), within(PAGE_PT));
    }

    @Test
    void aDesignsReportHasOneA4PageWithEvaluatesFigures() throws Exception {
        Path design = EvaluateCommandTest.root().resolve("examples/paper-fig6b.json");
        Path pdf = dir.resolve("fig6b.pdf");
        CliRun run = CliRun.of("report", design.toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        CliRun json = CliRun.of("evaluate", "--design", design.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode evaluated = new ObjectMapper().readTree(json.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertOnePage(doc, Paper.A4);
            List<Shown> shown = new java.util.ArrayList<>(colorimetryFigures());
            shown.addAll(SOURCE_FIGURES);
            assertFigures(doc, Paper.A4, evaluated, shown);
            String page = new PDFTextStripper().getText(doc);
            assertThat(page).contains("paper-fig6b.json", "Spectrum (W/nm)", "CIE 1931 chromaticity",
                    "CIE 13.3 colour rendering", "TM-30 colour vectors", "Local chroma shift",
                    "Local hue shift", "Local colour fidelity", "Figures");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("paper-fig6b.json");
        }
    }

    @Test
    void eachSpectrumOfAFileGetsOneLetterPageWithEvaluatesFigures() throws Exception {
        Path lamps = EvaluateCommandTest.root().resolve("examples/lamps.csv");
        CliRun run = CliRun.of("report", lamps.toString(), "--out", dir.resolve("lamps.pdf").toString(), "--paper",
                "letter");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun json = CliRun.of("evaluate", "--spectrum", lamps.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode evaluated = new ObjectMapper().readTree(json.out());
        assertThat(evaluated).hasSize(3);
        for (JsonNode lamp : evaluated) {
            Path pdf = dir.resolve("lamps-" + lamp.get("name").asText() + ".pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertOnePage(doc, Paper.LETTER);
                assertFigures(doc, Paper.LETTER, lamp, colorimetryFigures());
                String page = new PDFTextStripper().getText(doc);
                // a measured spectrum has no source: no PE, power or heat load
                assertThat(page).contains(lamp.get("name").asText()).doesNotContain("PE (%)", "Heat load");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("lamps-A.pdf", "lamps-F11.pdf", "lamps-F2.pdf");
        }
    }

    @Test
    void theReferenceOptionIsEvaluatesToo() throws Exception {
        Path lamps = EvaluateCommandTest.root().resolve("examples/lamps.csv");
        Path a = dir.resolve("a.csv");
        // lamp A alone, against a 3000 K blackbody instead of its own CCT
        List<String> lines = Files.readAllLines(lamps).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split(",")[0] + "," + l.split(",")[1]).toList();
        Files.write(a, lines);
        CliRun run = CliRun.of("report", a.toString(), "--out", dir.resolve("a.pdf").toString(), "--reference",
                "blackbody:3000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun json = CliRun.of("evaluate", "--spectrum", a.toString(), "--format", "json", "--reference",
                "blackbody:3000");
        JsonNode evaluated = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(evaluated.get("ra").asDouble()).isLessThan(99);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("a.pdf").toFile())) {
            assertFigures(doc, Paper.A4, evaluated, colorimetryFigures());
        }
    }

    @Test
    void theWarningsOfTheSpectrumFilesADesignNamesArePrinted() throws Exception {
        Path design = EvaluateDesignTest.shortRangeLedDesign(dir);
        Path pdf = dir.resolve("measured.pdf");
        CliRun run = CliRun.of("report", design.toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().toList()).contains(EvaluateDesignTest.shortRangeWarning(design));
        assertThat(pdf).exists();
    }

    @Test
    void aWhiteWithoutCctIsReportedWithDashesWhereEvaluateHasNull() throws Exception {
        // deep red, far below 1000 K: no CCT, so neither CIE 13.3 nor TM-30
        StringBuilder csv = new StringBuilder("nm,deep red\n");
        for (int nm = 380; nm <= 780; nm += 5) {
            csv.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 680) / 6.0, 2))).append('\n');
        }
        Path red = dir.resolve("red.csv");
        Files.writeString(red, csv);
        Path pdf = dir.resolve("red.pdf");
        CliRun run = CliRun.of("report", red.toString(), "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: deep red:");
        CliRun json = CliRun.of("evaluate", "--spectrum", red.toString(), "--format", "json");
        JsonNode evaluated = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(evaluated.get("cct").isNull() && evaluated.get("ra").isNull() && evaluated.get("rf").isNull())
                .as(json.out()).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertOnePage(doc, Paper.A4);
            assertFigures(doc, Paper.A4, evaluated, colorimetryFigures());
            assertThat(new PDFTextStripper().getText(doc)).contains("not computed");
        }
    }

    /** Every file of the directory with its bytes. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), java.util.Base64.getEncoder().encodeToString(
                        Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void badInputIsOneLineNamingTheFileWithItsExitCodeAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"temperatureK\": 300, \"units\": [ { \"name\": \"u\", \"weight\": 1, \"led\": "
                + "{ \"peakNm\": 635, \"fwhmNm\": 17, \"opticalPowerW\": -1 } } ] }");
        Path notSpectrum = dir.resolve("notes.csv");
        Files.writeString(notSpectrum, "hello,world\nthis,is not a spectrum\n");
        Path old = dir.resolve("old.pdf");
        Files.writeString(old, "an older report");
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("missing design", new Object[] {ExitCode.NO_INPUT, "missing.json",
            new String[] {dir.resolve("missing.json").toString(), "--out", old.toString()}});
        cases.put("bad design field", new Object[] {ExitCode.DATA, "opticalPowerW",
            new String[] {bad.toString(), "--out", old.toString()}});
        cases.put("not a spectrum", new Object[] {ExitCode.DATA, "notes.csv",
            new String[] {notSpectrum.toString(), "--out", old.toString()}});
        cases.put("unknown paper", new Object[] {ExitCode.USAGE, "--paper",
            new String[] {bad.toString(), "--out", old.toString(), "--paper", "a5"}});
        cases.put("not a pdf name", new Object[] {ExitCode.USAGE, "--out",
            new String[] {bad.toString(), "--out", dir.resolve("r.png").toString()}});
        // a reference spectrum whose name ends in .pdf, given as --out too
        Path reference = dir.resolve("reference.pdf");
        Files.writeString(reference, "nm,flat\n380,1\n780,1\n");
        cases.put("output over an input", new Object[] {ExitCode.USAGE, "reference.pdf",
            new String[] {EvaluateCommandTest.root().resolve("examples/paper-fig6b.json").toString(), "--out",
                reference.toString(), "--reference", reference.toString()}});
        cases.put("output directory missing", new Object[] {ExitCode.CANNOT_CREATE, "no-such-dir",
            new String[] {EvaluateCommandTest.root().resolve("examples/paper-fig6b.json").toString(), "--out",
                dir.resolve("no-such-dir/r.pdf").toString()}});
        cases.put("no --out", new Object[] {ExitCode.USAGE, "--out",
            new String[] {EvaluateCommandTest.root().resolve("examples/paper-fig6b.json").toString()}});
        Map<String, String> before = snapshot();
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            String[] args = (String[]) c.getValue()[2];
            String[] full = new String[args.length + 1];
            full[0] = "report";
            System.arraycopy(args, 0, full, 1, args.length);
            CliRun run = CliRun.of(full);
            assertThat(run.exitCode()).as(c.getKey() + ": " + run.err()).isEqualTo(c.getValue()[0]);
            assertThat(run.err().lines().toList()).as(c.getKey()).hasSize(1);
            assertThat(run.err()).as(c.getKey()).startsWith("error: ").contains((String) c.getValue()[1]);
            assertThat(run.out()).as(c.getKey()).isEmpty();
            assertThat(snapshot()).as(c.getKey()).isEqualTo(before);
        }
    }
}
