package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.optimizer.DesignProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {

    /** A figure of the optimizer's result evaluated again from its design or its exported spectrum. */
    private static final double RE_EVALUATED = 1e-6;

    @TempDir
    Path dir;

    private static Path example() {
        return EvaluateCommandTest.root().resolve("examples/optimize-paper-leds.json");
    }

    @Test
    void paperLedsReachTheTargetAndTheResultIsALoadableDesign() throws Exception {
        Path result = dir.resolve("r.json");
        Path white = dir.resolve("w.csv");
        CliRun run = CliRun.of("optimize", example().toString(), "--out", result.toString(), "--export-spectrum",
                white.toString(), "--stats");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("evaluations/s");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.get("metrics").get("cct").asDouble()).isCloseTo(3000,
                within(3000 * DesignProblem.CCT_TOLERANCE));
        assertThat(Math.abs(r.get("metrics").get("duv").asDouble())).isLessThanOrEqualTo(0.001);
        assertThat(r.get("constraints")).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("met"));
        assertThat(r.get("history").size()).isPositive();
        Path design = dir.resolve("best.json");
        Files.writeString(design, r.get("design").toString());
        JsonNode again = new ObjectMapper().readTree(
                CliRun.of("evaluate", "--design", design.toString(), "--format", "json").out());
        JsonNode fromCsv = new ObjectMapper().readTree(CliRun.of("evaluate", "--spectrum", white.toString(),
                "--format", "json", "--reference", "blackbody:3000").out()).get(0);
        for (String key : new String[] {"ra", "cct", "duv"}) {
            assertThat(again.get(key).asDouble()).as(key).isCloseTo(r.get("metrics").get(key).asDouble(),
                    within(RE_EVALUATED));
            assertThat(fromCsv.get(key).asDouble()).as(key).isCloseTo(r.get("metrics").get(key).asDouble(),
                    within(RE_EVALUATED));
        }
    }

    /**
     * The case end to end: Ra maximized with PE held at least at what a design found before reaches, the
     * search starting from that design (so the feasible region is not empty, by construction): exit 0, every
     * constraint met, PE at or above its bound.
     */
    @Test
    void aConstrainedRunWhoseFeasibleRegionIsKnownReturnsAFeasibleDesignAndExitsZero() throws Exception {
        Path first = dir.resolve("first.json");
        assertThat(CliRun.of("optimize", example().toString(), "--out", first.toString()).exitCode()).isZero();
        JsonNode known = new ObjectMapper().readTree(first.toFile());
        double pe = known.get("metrics").get("pe").asDouble();
        StringBuilder units = new StringBuilder();
        JsonNode designUnits = known.get("design").get("units");
        for (int u = 0; u < designUnits.size(); u++) {
            JsonNode d = designUnits.get(u);
            double core = d.get("qd").get("coreDiameterNm").asDouble();
            double od = d.get("qd").get("od1S").asDouble();
            units.append(u == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "{\"ledShape\": \"%s\", "
                    + "\"ledPeakNm\": {\"fixed\": %s}, \"ledFwhmNm\": {\"fixed\": %s}, \"qdCoreDiameterNm\": {\"min\": %s, \"max\": %s, "
                    + "\"start\": %s}, \"od1S\": {\"min\": 1, \"max\": 100, \"start\": %s}}",
                    d.get("led").get("shape").asText(), d.get("led").get("peakNm").asText(),
                    d.get("led").get("fwhmNm").asText(), core * 0.995, core * 1.005, core, od));
        }
        Path config = dir.resolve("constrained.json");
        Files.writeString(config, "{\"reference\": \"blackbody:3000\", \"target\": {\"cctK\": 3000}, "
                + "\"units\": [" + units + "], \"objective\": {\"ra\": 1}, \"constraints\": {\"minPe\": " + pe
                + "}, \"search\": {\"starts\": 1, \"maxEvaluations\": 200}}");
        Path result = dir.resolve("r.json");
        CliRun run = CliRun.of("optimize", config.toString(), "--out", result.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        assertThat(r.get("constraints")).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("met"));
        assertThat(r.get("metrics").get("pe").asDouble()).isGreaterThanOrEqualTo(pe);
        // the start is the known design up to the rounding of its core diameter through the design file
        assertThat(r.get("metrics").get("ra").asDouble()).isGreaterThanOrEqualTo(known.get("metrics").get("ra")
                .asDouble() - 1e-6);
    }

    @Test
    void theSameSeedGivesTheSameResultBitForBit() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(CliRun.of("optimize", example().toString(), "--out", a.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(CliRun.of("optimize", example().toString(), "--out", b.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void badConfigsNameTheFieldPath() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(example()).replace("\"min\": 580", "\"min\": 300"));
        CliRun run = CliRun.of("optimize", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(run.err().strip()).startsWith("error: " + bad + ": units[2].qdEmissionPeakNm.min: must be 470");
        CliRun out = CliRun.of("optimize", example().toString(), "--out", dir.resolve("no/dir/r.json").toString());
        assertThat(out.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
    }

    @Test
    void aSizeDispersionTheSizingCurveNeverTakesEndsInfeasibleNamingItNotInACrash() throws Exception {
        // 470-505 nm dots have cores of about 2 nm: a 13-15 % spread always reaches beyond the sizing curve
        Path config = dir.resolve("wide.json");
        Files.writeString(config, Files.readString(example()).replace("\"name\": \"510 nm LED\",",
                "\"name\": \"510 nm LED\", \"sizeDispersionPercent\": { \"min\": 13, \"max\": 15 },")
                .replace("\"starts\": 2, \"maxEvaluations\": 400", "\"starts\": 1, \"maxEvaluations\": 40"));
        assertThat(Files.readString(config)).contains("sizeDispersionPercent").contains("\"maxEvaluations\": 40");
        Path result = dir.resolve("r.json");
        CliRun run = CliRun.of("optimize", config.toString(), "--out", result.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INFEASIBLE);
        assertThat(run.out()).contains("size dispersion of 510 nm LED").contains("VIOLATED");
        assertThat(run.err()).contains("infeasible").contains("units[0].sizeDispersionPercent");
        JsonNode r = new ObjectMapper().readTree(result.toFile());
        JsonNode check = null;
        for (JsonNode c : r.get("constraints")) {
            check = c.get("field").asText().equals("units[0].sizeDispersionPercent") ? c : check;
        }
        assertThat(check).isNotNull();
        assertThat(check.get("status").asText()).isEqualTo("VIOLATED");
        // the design written is one the model takes, with its spread cut to the curve
        Path design = dir.resolve("best.json");
        Files.writeString(design, r.get("design").toString());
        assertThat(CliRun.of("evaluate", "--design", design.toString()).exitCode()).isZero();
    }

    @Test
    void aParetoCsvOfChannelsWithoutDotsHasDashesForTheirDots() throws Exception {
        Path config = dir.resolve("four.json");
        Files.writeString(config, Files.readString(EvaluateCommandTest.root().resolve(
                "examples/optimize-four-leds-rf.json")).replace("\"starts\": 3, \"maxEvaluations\": 333",
                "\"starts\": 1, \"maxEvaluations\": 30"));
        Path front = dir.resolve("front.csv");
        CliRun run = CliRun.of("optimize", config.toString(), "--pareto", front.toString(), "--pareto-metrics",
                "rf,ler", "--pareto-points", "2");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.INFEASIBLE);
        java.util.List<String> lines = Files.readAllLines(front);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",-/-/-/-,-/-/-/-,"));
    }

    @Test
    void paretoFrontIsNonDominated() throws Exception {
        Path front = dir.resolve("front.csv");
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", front.toString(), "--pareto-points", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(front);
        assertThat(lines.get(0)).startsWith("peMin,ra,r9,pe,lerLmPerW,");
        assertThat(lines).hasSizeGreaterThan(1);
        double previousPe = -1;
        double previousRa = Double.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double ra = Double.parseDouble(c[1]);
            double pe = Double.parseDouble(c[3]);
            // sorted by PE, so Ra must fall along the front
            assertThat(pe).isGreaterThanOrEqualTo(previousPe);
            assertThat(ra).isLessThanOrEqualTo(previousRa);
            previousPe = pe;
            previousRa = ra;
        }
    }

    @Test
    void aThreeMetricFrontInJsonHoldsLoadableDesignsWithTheirOwnFigures() throws Exception {
        Path front = dir.resolve("front.json");
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", front.toString(), "--pareto-metrics",
                "ra,pe,ler", "--pareto-points", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(front.toFile());
        assertThat(points.size()).isPositive();
        for (JsonNode p : points) {
            assertThat(p.get("bounds").has("peMin")).isTrue();
            assertThat(p.get("bounds").has("lerMin")).isTrue();
            for (JsonNode q : points) {
                boolean dominates = q.get("metrics").get("ra").asDouble() >= p.get("metrics").get("ra").asDouble()
                        && q.get("metrics").get("pe").asDouble() >= p.get("metrics").get("pe").asDouble()
                        && q.get("metrics").get("ler").asDouble() >= p.get("metrics").get("ler").asDouble()
                        && !q.get("metrics").equals(p.get("metrics"));
                assertThat(dominates).as("a point of the front is dominated").isFalse();
            }
            Path design = dir.resolve("point.json");
            Files.writeString(design, p.get("design").toString());
            JsonNode again = new ObjectMapper().readTree(
                    CliRun.of("evaluate", "--design", design.toString(), "--format", "json").out());
            for (String key : new String[] {"ra", "pe", "ler", "cct"}) {
                assertThat(again.get(key).asDouble()).as(key).isCloseTo(p.get("metrics").get(key).asDouble(),
                        within(RE_EVALUATED * Math.max(1, Math.abs(again.get(key).asDouble()))));
            }
        }
    }

    @Test
    void unknownParetoMetricsAreAUsageError() {
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", dir.resolve("f.csv").toString(),
                "--pareto-metrics", "ra,colour");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--pareto-metrics").contains("ra, r9, pe, ler, rf, rg");
    }

    /**
     * One sweep, written as CSV and SVG (and PNG): the SVG's front dots are exactly the CSV's rows — as many, in
     * order, numbered 1..n, each at its (PE, Ra) under one linear map of values to pixels.
     */
    @Test
    void theParetoSvgHasExactlyTheCsvsPoints() throws Exception {
        Path csv = dir.resolve("front.csv");
        Path svg = dir.resolve("front.svg");
        Path png = dir.resolve("front.png");
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", csv.toString(), "--pareto",
                svg.toString(), "--pareto", png.toString(), "--pareto-points", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile())).isNotNull();
        java.util.List<String> rows = Files.readAllLines(csv);
        java.util.List<double[]> points = new java.util.ArrayList<>();
        for (String line : rows.subList(1, rows.size())) {
            String[] c = line.split(",", -1);
            points.add(new double[] {Double.parseDouble(c[3]), Double.parseDouble(c[1])});
        }
        assertThat(points).isNotEmpty();
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        // JFreeSVG writes an SVG 1.1 DOCTYPE: keep it, but fetch nothing
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
        org.w3c.dom.NodeList ellipses = doc.getElementsByTagName("ellipse");
        java.util.List<double[]> dots = new java.util.ArrayList<>();
        for (int i = 0; i < ellipses.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) ellipses.item(i);
            dots.add(new double[] {Double.parseDouble(e.getAttribute("cx")), Double.parseDouble(e.getAttribute("cy"))});
        }
        // the plot draws no other ellipse (the paper's point is a cross)
        assertThat(dots).hasSize(points.size());
        org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent().strip());
        }
        for (int k = 1; k <= points.size(); k++) {
            assertThat(labels).as("point label").contains(Integer.toString(k));
        }
        assertThat(labels).contains("Ra", "PE (ratio)", "paper Fig. 6b: Ra 90.2, PE 1.04");
        if (points.size() >= 2) {
            int last = points.size() - 1;
            for (int axis = 0; axis < 2; axis++) {
                double[] a = points.get(0);
                double[] b = points.get(last);
                if (b[axis] == a[axis]) {
                    continue;
                }
                double scale = (dots.get(last)[axis] - dots.get(0)[axis]) / (b[axis] - a[axis]);
                for (int k = 0; k < points.size(); k++) {
                    double expected = dots.get(0)[axis] + scale * (points.get(k)[axis] - a[axis]);
                    // the CSV rounds PE to 4 decimals and Ra to 2
                    double printed = Math.abs(scale) * (axis == 0 ? 5e-5 : 5e-3);
                    assertThat(dots.get(k)[axis]).as("point %d, axis %d", k + 1, axis)
                            .isCloseTo(expected, within(printed + 1e-6));
                }
            }
        }
    }

    /** A plot that cannot be written leaves no front at all, and no temporary file. */
    @Test
    void aParetoPlotThatCannotBeWrittenLeavesNothing() throws Exception {
        Path csv = dir.resolve("front.csv");
        Path blocked = dir.resolve("front.svg");
        Files.createDirectory(blocked);
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", csv.toString(), "--pareto",
                blocked.toString(), "--pareto-points", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(run.err()).contains("--pareto").contains("front.svg");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("front.svg");
        }
    }

    @Test
    void anUnknownParetoExtensionIsAUsageError() {
        CliRun run = CliRun.of("optimize", example().toString(), "--pareto", dir.resolve("front.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--pareto").contains("front.txt").contains(".csv, .json, .png or .svg");
        assertThat(dir.resolve("front.txt")).doesNotExist();
    }

    /**
     * The README's Ra-LER front (examples/optimize-ra-ler.json, on a small budget): every point holds its own LER
     * bound, and its LER (lm/W) is what evaluate --design finds for its design.
     */
    @Test
    void anRaLerFrontHoldsItsBoundsAndItsLerIsEvaluatesLer() throws Exception {
        Path config = dir.resolve("ra-ler.json");
        String text = Files.readString(EvaluateCommandTest.root().resolve("examples/optimize-ra-ler.json"));
        assertThat(text).contains("\"starts\": 2, \"maxEvaluations\": 1500");
        Files.writeString(config, text.replace("\"starts\": 2, \"maxEvaluations\": 1500",
                "\"starts\": 1, \"maxEvaluations\": 150"));
        Path front = dir.resolve("front.json");
        CliRun run = CliRun.of("optimize", config.toString(), "--pareto", front.toString(), "--pareto-metrics",
                "ra,ler", "--pareto-points", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(front.toFile());
        assertThat(points.size()).isPositive();
        for (JsonNode p : points) {
            JsonNode bound = p.get("bounds").get("lerMin");
            double ler = p.get("metrics").get("ler").asDouble();
            if (!bound.isNull()) {
                assertThat(ler).isGreaterThanOrEqualTo(bound.asDouble());
            }
            Path design = dir.resolve("point.json");
            Files.writeString(design, p.get("design").toString());
            JsonNode again = new ObjectMapper().readTree(
                    CliRun.of("evaluate", "--design", design.toString(), "--format", "json").out());
            assertThat(again.get("ler").asDouble()).isCloseTo(ler, within(RE_EVALUATED * ler));
            assertThat(again.get("ra").asDouble()).isCloseTo(p.get("metrics").get("ra").asDouble(),
                    within(RE_EVALUATED * 100));
        }
    }
}
