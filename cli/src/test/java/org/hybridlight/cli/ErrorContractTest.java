package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error contract, one row per kind of bad input: one "error:" line on stderr naming the file and line or the
 * field path, the exit code of its kind, nothing on stdout and no file left in the output directory — except an
 * infeasible optimization, which still reports and writes its best design, whole, marked VIOLATED. Other stderr lines may only be the
 * optimizer's progress bar.
 */
class ErrorContractTest {

    private static final Path EXAMPLES = EvaluateCommandTest.root().resolve("examples");
    private static final String FIG6B = "paper-fig6b.json";
    private static final String PAPER_LEDS = "optimize-paper-leds.json";

    /** One bad input: the file to write (name, content) and the command line, given the input's path. */
    private record Row(String name, String file, byte[] content, Function<Input, String[]> args, int exit,
            List<String> mustName, boolean stdoutMayHoldReport) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The written input and an output directory that must stay empty. */
    private record Input(Path file, Path outDir) {
        String path() {
            return file.toString();
        }

        String out(String name) {
            return outDir.resolve(name).toString();
        }
    }

    private static Row spectrum(String name, String content, int exit, String... mustName) {
        return new Row(name, "bad.csv", content.getBytes(StandardCharsets.UTF_8),
                in -> new String[] {"evaluate", "--spectrum", in.path()}, exit, List.of(mustName), false);
    }

    private static Row design(String name, String from, String to, String... mustName) throws IOException {
        String text = Files.readString(EXAMPLES.resolve(FIG6B));
        assertThat(text).contains(from);
        return new Row(name, "bad.json", text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8),
                in -> new String[] {"evaluate", "--design", in.path()}, ExitCode.DATA, List.of(mustName), false);
    }

    private static Row config(String name, String from, String to, int exit, String... mustName)
            throws IOException {
        String text = Files.readString(EXAMPLES.resolve(PAPER_LEDS));
        assertThat(text).contains(from);
        return new Row(name, "bad.json", text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8),
                in -> new String[] {"optimize", in.path(), "--out", in.out("result.json")}, exit, List.of(mustName),
                exit == ExitCode.INFEASIBLE);
    }

    private static Row existing(String name, String example, Function<Input, String[]> args, int exit,
            String... mustName) throws IOException {
        return new Row(name, example, Files.readAllBytes(EXAMPLES.resolve(example)), args, exit, List.of(mustName),
                false);
    }

    static Stream<Arguments> rows() throws IOException {
        byte[] garbage = new byte[512];
        new java.util.Random(1).nextBytes(garbage);
        List<Row> rows = new ArrayList<>(List.of(
                spectrum("empty file", "", ExitCode.DATA, "bad.csv", "empty"),
                new Row("binary garbage", "bad.csv", garbage,
                        in -> new String[] {"evaluate", "--spectrum", in.path()}, ExitCode.DATA,
                        List.of("bad.csv", "not a text file"), false),
                spectrum("NaN", "nm,a\n380,1\n390,NaN\n400,1\n", ExitCode.DATA, "bad.csv:3", "NaN"),
                spectrum("+Infinity", "nm,a\n380,1\n390,Infinity\n400,1\n", ExitCode.DATA, "bad.csv:3", "Infinity"),
                spectrum("-Infinity", "nm,a\n380,1\n390,-Infinity\n400,1\n", ExitCode.DATA, "bad.csv:3",
                        "-Infinity"),
                spectrum("negative value", "nm,a\n380,1\n390,-0.5\n400,1\n", ExitCode.DATA, "bad.csv:3",
                        "negative"),
                spectrum("non-numeric cell", "nm,a\n380,1\n390,abc\n400,1\n", ExitCode.DATA, "bad.csv:3", "abc"),
                spectrum("wavelengths decreasing", "nm,a\n380,1\n400,1\n390,1\n", ExitCode.DATA, "bad.csv:4",
                        "increase"),
                spectrum("wavelengths duplicated", "nm,a\n380,1\n390,1\n390,1\n400,1\n", ExitCode.DATA,
                        "bad.csv:4", "increase"),
                spectrum("a single point", "nm,a\n550,1\n", ExitCode.DATA, "bad.csv:2", "two wavelengths"),
                spectrum("all zeros", "nm,a\n380,0\n390,0\n400,0\n", ExitCode.DATA, "bad.csv", "column 2",
                        "zero"),
                spectrum("range outside the CMFs", "nm,a\n900,1\n950,1\n1000,1\n", ExitCode.DATA, "bad.csv",
                        "900.0-1000.0 nm", "360-830 nm"),
                new Row("unknown reference", "lamps.csv", Files.readAllBytes(EXAMPLES.resolve("lamps.csv")),
                        in -> new String[] {"evaluate", "--spectrum", in.path(), "--reference", "candle:2"},
                        ExitCode.USAGE, List.of("--reference", "candle:2"), false),
                new Row("unknown option", "lamps.csv", Files.readAllBytes(EXAMPLES.resolve("lamps.csv")),
                        in -> new String[] {"evaluate", "--spectrum", in.path(), "--colour", "blue"},
                        ExitCode.USAGE, List.of("--colour", "--help"), false),
                new Row("missing input file", "other.csv", new byte[] {'1'},
                        in -> new String[] {"evaluate", "--spectrum", in.file().resolveSibling("absent.csv")
                                .toString()}, ExitCode.NO_INPUT, List.of("absent.csv"), false),
                design("unknown JSON field (design)", "\"od1S\": 100", "\"od1s\": 100", "bad.json",
                        "units[0].qd.od1s", "unknown field"),
                design("wrong type (design)", "\"peakNm\": 510", "\"peakNm\": \"green\"", "bad.json",
                        "units[0].led.peakNm", "wrong type", "line"),
                design("missing required field (design)", "\"fwhmNm\": 32, ", "", "bad.json",
                        "units[0].led.fwhmNm", "required"),
                design("out of physical range (design)", "\"od1S\": 100", "\"od1S\": -2", "bad.json",
                        "units[0].qd.od1S", "> 0"),
                design("negative power (design)", "\"opticalPowerW\": 0.1", "\"opticalPowerW\": -0.1", "bad.json",
                        "units[0].led.opticalPowerW", "> 0"),
                design("unknown tail law (design)", "\"phonon-population\"", "\"gaussian\"", "bad.json",
                        "units[0].qd.tailLaw", "boltzmann or phonon-population"),
                design("size spread beyond the sizing curve (design)", "\"plqy\": 1.0,",
                        "\"plqy\": 1.0, \"sizeDispersionPercent\": 14,", "bad.json", "units[0].qd.sizeDispersionPercent",
                        "sizing curve"),
                design("measured dots with a missing file (design)", "\"emissionPeakNm\": 478, \"emissionFwhmMeV\": 163, "
                        + "\"od1S\": 100, \"plqy\": 1.0, \"tailLaw\": \"phonon-population\"", "\"absorptionFile\": "
                        + "\"absent.csv\", \"emissionFile\": \"absent-pl.csv\", \"od1S\": 100", "absent.csv",
                        "no such file"),
                config("unknown JSON field (config)", "\"seed\": 1", "\"seed\": 1, \"bogus\": 2", ExitCode.DATA,
                        "bad.json", "search.bogus", "unknown field"),
                config("wrong type (config)", "\"cctK\": 3000", "\"cctK\": \"warm\"", ExitCode.DATA, "bad.json",
                        "target.cctK", "wrong type"),
                config("missing required field (config)", "\"cctK\": 3000, ", "", ExitCode.DATA, "bad.json",
                        "target.cctK", "required"),
                config("out of physical range (config)", "\"fixed\": 510", "\"fixed\": 2000", ExitCode.DATA,
                        "bad.json", "units[0].ledPeakNm.fixed", "2000"),
                config("infeasible optimization target", "\"minPe\": 1.0",
                        "\"minPe\": 1.0, \"minRa\": 99.9", ExitCode.INFEASIBLE, "bad.json", "infeasible",
                        "constraints.minRa"),
                existing("unwritable output (evaluate --export-spectrum)", FIG6B, in -> new String[] {"evaluate",
                    "--design", in.path(), "--export-spectrum", in.out("missing-dir/white.csv")},
                        ExitCode.CANNOT_CREATE, "white.csv", "does not exist"),
                existing("unwritable output (evaluate --plot)", FIG6B, in -> new String[] {"evaluate",
                    "--spectrum", EXAMPLES.resolve("lamps.csv").toString(), "--plot",
                    in.out("missing-dir/tm30.png")}, ExitCode.CANNOT_CREATE, "tm30", "does not exist"),
                existing("unwritable output (optimize --out)", PAPER_LEDS, in -> new String[] {"optimize",
                    in.path(), "--out", in.out("missing-dir/result.json")}, ExitCode.CANNOT_CREATE, "result.json",
                        "does not exist"),
                existing("unwritable output (batch --out)", "batch-paper-leds.json", in -> new String[] {"batch",
                    EXAMPLES.resolve("batch-paper-leds.json").toString(), "--out",
                    in.out("missing-dir/results.csv")}, ExitCode.CANNOT_CREATE, "results.csv", "does not exist")));
        return rows.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void oneLineANamedPlaceADistinctCodeAndNothingPartial(Row row, @TempDir Path dir) throws IOException {
        Path inputs = Files.createDirectory(dir.resolve("in"));
        Path outputs = Files.createDirectory(dir.resolve("out"));
        Path file = inputs.resolve(row.file());
        Files.write(file, row.content());
        if (row.file().equals(PAPER_LEDS) || row.file().equals("batch-paper-leds.json")) {
            // configs name each other relatively: keep them beside their siblings
            file = EXAMPLES.resolve(row.file());
        }
        CliRun run = CliRun.of(row.args().apply(new Input(file, outputs)));

        assertThat(run.exitCode()).as(row.name() + ": " + run.err()).isEqualTo(row.exit());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(row.name() + ": " + run.err()).hasSize(1);
        assertThat(lines).as(row.name() + ": only progress besides the error")
                .allMatch(l -> l.startsWith("error: ") || l.startsWith("["));
        assertThat(errors.get(0)).as(row.name()).contains(row.mustName());
        if (!row.stdoutMayHoldReport()) {
            assertThat(run.out()).as(row.name() + ": stdout").isEmpty();
        } else {
            // infeasible is not a failure to run: the whole result is written and says what was missed
            Path result = outputs.resolve("result.json");
            com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(result.toFile());
            assertThat(r.get("constraints").findValuesAsText("status")).contains("VIOLATED");
            Files.delete(result);
        }
        try (Stream<Path> left = Files.walk(outputs)) {
            assertThat(left.filter(p -> !p.equals(outputs)).toList()).as(row.name() + ": files left").isEmpty();
        }
    }
}
