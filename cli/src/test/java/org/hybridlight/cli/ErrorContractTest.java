package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.optimizer.batch.ResultsCsv;
import org.hybridlight.optimizer.batch.Sweep;
import org.hybridlight.optimizer.batch.SweepFingerprint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error contract, one row per kind of bad input or use: one "error:" line on stderr naming the file and line,
 * the field path or the option, the exit code of its kind, nothing on stdout, and every file as it was — inputs
 * byte-identical, no output left, whole or partial — except an infeasible optimization, which still reports and
 * writes its best design, whole, marked VIOLATED. Other stderr lines may only be the optimizer's progress bar, and
 * not even that for a row refused before any work.
 */
class ErrorContractTest {

    private static final Path EXAMPLES = EvaluateCommandTest.root().resolve("examples");
    private static final String FIG6B = "paper-fig6b.json";
    private static final String FIG6A = "paper-fig6a.json";
    private static final String PAPER_LEDS = "optimize-paper-leds.json";
    private static final String SWEEP = "batch-paper-leds.json";
    private static final String LAMPS = "lamps.csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Where a row's files live: inputs (must stay byte-identical) and outputs (must stay as the setup left it). */
    record Files2(Path in, Path out, List<AutoCloseable> held) {
        String in(String name) {
            return in.resolve(name).toString();
        }

        String out(String name) {
            return out.resolve(name).toString();
        }

        /** Copies an example into the inputs, optionally with one replacement, and returns its path. */
        String example(String name, String from, String to) throws IOException {
            String text = Files.readString(EXAMPLES.resolve(name));
            if (from != null) {
                assertThat(text).contains(from);
                text = text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
            }
            Files.writeString(in.resolve(name), text);
            return in(name);
        }

        String example(String name) throws IOException {
            return example(name, null, null);
        }

        String write(String name, String text) throws IOException {
            return write(name, text.getBytes(StandardCharsets.UTF_8));
        }

        String write(String name, byte[] bytes) throws IOException {
            Files.write(in.resolve(name), bytes);
            return in(name);
        }
    }

    @FunctionalInterface
    interface Setup {
        String[] prepare(Files2 f) throws Exception;
    }

    /** How a row runs and what else it allows. */
    enum Kind {
        /** Refused before any work: the error line is all of stderr. */
        BEFORE_WORK,
        /** May show progress before the error line. */
        AFTER_WORK,
        /** An infeasible optimization: stdout holds its report, the result file is written whole. */
        INFEASIBLE,
        /** Stdout takes nothing, as /dev/full. */
        STDOUT_FULL,
        /** Stdout fails after 4 KB, as a disk that fills up. */
        STDOUT_FILLS
    }

    private record Row(String name, Setup setup, int exit, List<String> mustName, Kind kind, boolean needsNonRoot) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, int exit, Kind kind, Setup setup, String... mustName) {
        return new Row(name, setup, exit, List.of(mustName), kind, false);
    }

    private static Row nonRoot(Row r) {
        return new Row(r.name(), r.setup(), r.exit(), r.mustName(), r.kind(), true);
    }

    private static Row spectrum(String name, String content, int exit, String... mustName) {
        return spectrum(name, content.getBytes(StandardCharsets.UTF_8), exit, mustName);
    }

    private static Row spectrum(String name, byte[] content, int exit, String... mustName) {
        return row(name, exit, Kind.BEFORE_WORK, f -> new String[] {"evaluate", "--spectrum",
            f.write("bad.csv", content)}, mustName);
    }

    private static Row design(String name, String from, String to, String... mustName) {
        return designFrom(name, FIG6B, from, to, mustName);
    }

    private static Row designFrom(String name, String example, String from, String to, String... mustName) {
        return row(name, ExitCode.DATA, Kind.BEFORE_WORK, f -> new String[] {"evaluate", "--design",
            copyAs(f, example, "bad.json", from, to)}, mustName);
    }

    private static Row config(String name, String from, String to, int exit, String... mustName) {
        return row(name, exit, exit == ExitCode.INFEASIBLE ? Kind.INFEASIBLE : Kind.BEFORE_WORK,
            f -> new String[] {"optimize", copyAs(f, PAPER_LEDS, "bad.json", from, to), "--out",
                f.out("result.json")}, mustName);
    }

    private static String copyAs(Files2 f, String example, String as, String from, String to) throws IOException {
        String text = Files.readString(EXAMPLES.resolve(example));
        assertThat(text).contains(from);
        return f.write(as, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** The paper-LED sweep and its config in the inputs. */
    private static String sweep(Files2 f) throws IOException {
        f.example(PAPER_LEDS);
        return f.example(SWEEP);
    }

    /** A results file of the paper-LED sweep with one row, its fingerprint beside it. */
    private static String results(Files2 f, String sweep, String name, boolean keepOpen) throws Exception {
        Path csv = f.in().resolve(name);
        ResultsCsv r = ResultsCsv.open(csv, Sweep.HEADER, false, SweepFingerprint.of(Path.of(sweep)));
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(Sweep.HEADER.size(), "1"));
        row.set(0, "leds=500/560/635;cct=2700");
        r.append(row);
        if (keepOpen) {
            f.held().add(r);
        } else {
            r.close();
        }
        return csv.toString();
    }

    /** A row-oriented file of {@code n} good spectra (more than the chunks in flight) and a last one with 'x'. */
    private static String rowsWithBadLast(int n) {
        StringBuilder b = new StringBuilder("nm,380,480,580,680,780\n");
        for (int i = 0; i < n; i++) {
            b.append("s").append(i).append(",1,2,3,2,1\n");
        }
        return b.append("last,1,2,x,2,1\n").toString();
    }

    static boolean writesCanBeDenied(Path dir) throws IOException {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        probe.toFile().setWritable(false, false);
        boolean denied = !Files.isWritable(probe);
        probe.toFile().setWritable(true, false);
        Files.delete(probe);
        return denied;
    }

    static Stream<Arguments> rows() throws IOException {
        byte[] garbage = new byte[512];
        new java.util.Random(1).nextBytes(garbage);
        String lamps = EXAMPLES.resolve(LAMPS).toString();
        String dupOd = "\"od1S\": 100, \"od1S\": 5";
        List<Row> rows = new ArrayList<>(List.of(
                // spectrum files
                spectrum("empty file", "", ExitCode.DATA, "bad.csv", "empty"),
                spectrum("binary garbage", garbage, ExitCode.DATA, "bad.csv", "not a text file"),
                spectrum("NaN", "nm,a\n380,1\n390,NaN\n400,1\n", ExitCode.DATA, "bad.csv:3", "NaN"),
                spectrum("+Infinity", "nm,a\n380,1\n390,Infinity\n400,1\n", ExitCode.DATA, "bad.csv:3", "Infinity"),
                spectrum("-Infinity", "nm,a\n380,1\n390,-Infinity\n400,1\n", ExitCode.DATA, "bad.csv:3",
                        "-Infinity"),
                spectrum("dark (negatives sum to zero)", "nm,a\n380,0.5\n390,-0.5\n400,0\n", ExitCode.DATA, "bad.csv",
                        "no signal above the dark"),
                spectrum("non-numeric cell", "nm,a\n380,1\n390,abc\n400,1\n", ExitCode.DATA, "bad.csv:3", "abc"),
                spectrum("float suffix 2f", "nm,a\n380,1\n390,2f\n400,1\n", ExitCode.DATA, "bad.csv:3", "'2f'",
                        "not a number"),
                spectrum("double suffix 8d", "nm,a\n380,1\n390,8d\n400,1\n", ExitCode.DATA, "bad.csv:3", "'8d'"),
                spectrum("hexadecimal 0x1p3", "nm,a\n380,1\n390,0x1p3\n400,1\n", ExitCode.DATA, "bad.csv:3",
                        "'0x1p3'"),
                spectrum("overflowing 1e400", "nm,a\n380,1\n390,1e400\n400,1\n", ExitCode.DATA, "bad.csv:3",
                        "too large"),
                spectrum("BOM and header: the bad line is still line 3", concat(BOM, "nm,a\n380,1\n390,x\n400,1\n"),
                        ExitCode.DATA, "bad.csv:3", "'x'"),
                row("a bad cell in the last row of a row-oriented file streamed as jsonl", ExitCode.DATA,
                        Kind.BEFORE_WORK, f -> new String[] {"evaluate", "--spectrum", f.write("bad.csv",
                            rowsWithBadLast(2000)), "--format", "jsonl"}, "bad.csv:2002", "'x'"),
                row("a bad cell in the last row of a row-oriented file streamed as csv", ExitCode.DATA,
                        Kind.BEFORE_WORK, f -> new String[] {"evaluate", "--spectrum", f.write("bad.csv",
                            rowsWithBadLast(2000)), "--format", "csv", "--plot", f.out("p.svg")}, "bad.csv:2002",
                        "'x'"),
                row("a bad cell in the last row of a row-oriented file, held as json", ExitCode.DATA,
                        Kind.AFTER_WORK, f -> new String[] {"evaluate", "--spectrum", f.write("bad.csv",
                            rowsWithBadLast(2000)), "--format", "json"}, "bad.csv:2002", "'x'"),
                spectrum("wavelengths decreasing", "nm,a\n380,1\n400,1\n390,1\n", ExitCode.DATA, "bad.csv:4",
                        "increase"),
                spectrum("wavelengths duplicated", "nm,a\n380,1\n390,1\n390,1\n400,1\n", ExitCode.DATA,
                        "bad.csv:4", "increase"),
                spectrum("a single point", "nm,a\n550,1\n", ExitCode.DATA, "bad.csv:2", "two wavelengths"),
                spectrum("all zeros", "nm,a\n380,0\n390,0\n400,0\n", ExitCode.DATA, "bad.csv", "column 2",
                        "zero"),
                spectrum("range outside the CMFs", "nm,a\n900,1\n950,1\n1000,1\n", ExitCode.DATA, "bad.csv",
                        "900.0-1000.0 nm", "360-830 nm"),
                spectrum("unterminated quote", "nm,a\n380,1\n390,\"1\n400,1\n", ExitCode.DATA, "bad.csv:"),
                spectrum("micrometre wavelengths", "um,a\n0.38,1\n0.39,1\n0.40,1\n", ExitCode.DATA, "bad.csv:2",
                        "micrometres", "--wavelength-unit um"),
                spectrum("spectra in rows, a row too short", ",380,390,400\nA,1,2,3\nB,1,2\n", ExitCode.DATA,
                        "bad.csv:3", "expected 4 cells"),
                spectrum("TM-27 XML truncated", "<?xml version=\"1.0\"?>\n<IESTM2714>\n<SpectralDistribution>\n"
                        + "<SpectralData wavelength=\"380\">1</SpectralData>\n<SpectralData wave", ExitCode.DATA,
                        "bad.csv:", "not well-formed XML"),
                spectrum("TM-27 without spectral data", "<?xml version=\"1.0\"?>\n<IESTM2714><Header>"
                        + "<Manufacturer>m</Manufacturer></Header></IESTM2714>\n", ExitCode.DATA, "bad.csv",
                        "without spectral data"),
                spectrum("TM-27 distribution without points", "<IESTM2714>\n<SpectralDistribution>\n"
                        + "<SpectralQuantity>relative</SpectralQuantity>\n</SpectralDistribution></IESTM2714>",
                        ExitCode.DATA, "bad.csv:2", "no <SpectralData>"),
                spectrum("Sekonic export with the spectral block cut", "Title,lamp\nCCT[K],4000\nRa,80\n"
                        + "Spectral Data 380[nm],0.1\n", ExitCode.DATA, "bad.csv", "Sekonic",
                        "spectral block is missing or cut"),
                spectrum("Sekonic export cut inside its 1 nm block", sekonicCut(), ExitCode.DATA, "bad.csv:95",
                        "Sekonic spectral block from line 93 ends at 382 nm, the one from line 11 at 780 nm",
                        "the file is cut"),
                spectrum("UPRtek export without its spectral block", "Model Name\tCV600\nTime\t2026/12/03_10:00:00\n"
                        + "LUX\t301.5\nCCT\t3105.0\nDuv\t-0.0012\nI-Time\t12000.0\nCRI\t91.2\n", ExitCode.DATA,
                        "bad.csv", "UPRtek file has no '380nm<TAB>value' lines"),
                spectrum("Ocean Optics export without its spectral data", "SpectraSuite Data File\n" + "+".repeat(36)
                        + "\nIntegration Time (usec): 100000 (USB4C00000)\nNumber of Pixels in Processed Spectrum: "
                        + "3648\n", ExitCode.DATA, "bad.csv", "Ocean Optics file without a '>>>>>Begin Spectral "
                        + "Data<<<<<' line"),
                spectrum("Ocean Optics (OceanView) export truncated", "Spectrometer: QEP00000\nXAxis mode: "
                        + "Wavelengths\nNumber of Pixels in Spectrum: 2048\n>>>>>Begin Spectral Data<<<<<\n"
                        + "380.12\t5.5\n380.51\t-0.5\n380.90\t7.25\n", ExitCode.DATA, "bad.csv:3",
                        "announces 2048 pixels but 3 spectral lines", "the file is cut"),
                row("unknown --input-format", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--input-format", "xls"},
                        "--input-format", "xls", "csv, tm27, sekonic, uprtek, oceanoptics"),
                row("unknown --orientation", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--orientation", "diagonal"},
                        "--orientation", "diagonal"),
                row("unknown --wavelength-unit", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--wavelength-unit", "mm"},
                        "--wavelength-unit", "mm"),
                row("an endless device (/dev/zero)", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", "/dev/zero"}, "/dev/zero", "NUL"),
                row("a 3 GiB file", ExitCode.DATA, Kind.BEFORE_WORK, f -> {
                    Path big = f.in().resolve("big.csv");
                    try (RandomAccessFile r = new RandomAccessFile(big.toFile(), "rw")) {
                        r.setLength(3L << 30); // sparse: no disk used
                    }
                    return new String[] {"evaluate", "--spectrum", big.toString()};
                }, "big.csv", "3.0 GiB", "larger than"),
                nonRoot(row("permission denied on an input", ExitCode.NO_INPUT, Kind.BEFORE_WORK, f -> {
                    String p = f.write("secret.csv", "nm,a\n380,1\n780,1\n");
                    Path.of(p).toFile().setReadable(false, false);
                    f.held().add(() -> Path.of(p).toFile().setReadable(true, false));
                    return new String[] {"evaluate", "--spectrum", p};
                }, "secret.csv", "permission denied")),
                // references
                row("unknown reference", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--reference", "candle:2"},
                        "--reference", "candle:2"),
                row("reference temperature with a suffix (blackbody:3000d)", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--reference", "blackbody:3000d"},
                        "--reference", "3000d"),
                row("reference file of 3 spectra (--spectrum)", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--reference", f.example(LAMPS)},
                        "--reference", "lamps.csv", "one spectrum, found 3"),
                row("reference file of 3 spectra (--design)", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", f.example(FIG6B), "--reference",
                            f.example(LAMPS)}, "--reference", "lamps.csv", "one spectrum, found 3"),
                row("missing reference file (--spectrum)", ExitCode.NO_INPUT, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--reference", f.in("absent.csv")},
                        "--reference", "absent.csv", "no such file"),
                row("missing reference file (--design)", ExitCode.NO_INPUT, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", f.example(FIG6B), "--reference",
                            f.in("absent.csv")}, "--reference", "absent.csv", "no such file"),
                // options
                row("unknown option", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--colour", "blue"},
                        "--colour", "hybridlight evaluate --help"),
                row("no input (no doubled 'Error:')", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate"}, "Missing required argument", "hybridlight evaluate --help"),
                row("unknown subcommand (no doubled 'hybridlight')", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"bogus"}, "'bogus'", "(see: hybridlight --help)"),
                row("--pareto-metrics ',' is refused before the run", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"optimize", f.example(PAPER_LEDS), "--pareto", f.out("front.csv"),
                            "--pareto-metrics", ","}, "--pareto-metrics", "','"),
                row("--pareto-metrics without --pareto", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"optimize", f.example(PAPER_LEDS), "--pareto-metrics", "ra,ler"},
                        "--pareto-metrics", "need --pareto"),
                row("--pareto-points 100000 with 3 metrics", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"optimize", f.example(PAPER_LEDS), "--pareto", f.out("front.csv"),
                            "--pareto-metrics", "ra,pe,ler", "--pareto-points", "100000"}, "--pareto-points",
                        "10,000,000,003 runs"),
                row("missing input file", ExitCode.NO_INPUT, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", f.in("absent.csv")}, "absent.csv"),
                // design files
                design("unknown JSON field (design)", "\"od1S\": 100", "\"od1s\": 100", "bad.json",
                        "units[0].qd.od1s", "unknown field"),
                design("wrong type (design)", "\"peakNm\": 510", "\"peakNm\": \"green\"", "bad.json",
                        "units[0].led.peakNm", "wrong type", "line"),
                design("a number as a string (design)", "\"peakNm\": 510", "\"peakNm\": \"510\"", "bad.json",
                        "units[0].led.peakNm", "wrong type"),
                design("missing required field (design)", "\"fwhmNm\": 32, ", "", "bad.json",
                        "units[0].led.fwhmNm", "required"),
                design("out of physical range (design)", "\"od1S\": 100", "\"od1S\": -2", "bad.json",
                        "units[0].qd.od1S", "> 0"),
                design("negative power (design)", "\"opticalPowerW\": 0.1", "\"opticalPowerW\": -0.1", "bad.json",
                        "units[0].led.opticalPowerW", "> 0"),
                design("duplicate key in a unit (od1S)", "\"od1S\": 100", dupOd, "bad.json", "units[0].qd.od1S",
                        "given twice"),
                design("duplicate key at the top (temperatureK)", "\"temperatureK\": 300",
                        "\"temperatureK\": 300, \"temperatureK\": 350", "bad.json", "temperatureK", "given twice"),
                design("duplicate units", "\"units\": [", "\"units\": [], \"units\": [", "bad.json", "units",
                        "given twice"),
                row("BOM and a duplicate: the field is still named", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", f.write("bad.json", concat(BOM,
                            Files.readString(EXAMPLES.resolve(FIG6A)).replace("\"od1S\": 3", "\"od1S\": 3, \"od1S\": 5")))},
                        "bad.json", "units[0].qd.od1S", "given twice"),
                designFrom("LED peak outside the model's range (gaussian-energy at 250 nm)", FIG6A,
                        "\"shape\": \"ohno2005\", \"peakNm\": 635, \"fwhmNm\": 17",
                        "\"shape\": \"gaussian-energy\", \"peakNm\": 250, \"fwhmNm\": 100", "bad.json",
                        "units[0].led.peakNm", "380-780 nm"),
                row("missing measured-LED file", ExitCode.NO_INPUT, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", copyAs(f, FIG6A, "bad.json",
                            "\"shape\": \"ohno2005\", \"peakNm\": 635, \"fwhmNm\": 17",
                            "\"shape\": \"measured\", \"spectrumFile\": \"led.csv\"")},
                        "bad.json", "units[0].led.spectrumFile", "led.csv", "no such file"),
                row("measured-LED file /dev/zero", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", copyAs(f, FIG6A, "bad.json",
                            "\"shape\": \"ohno2005\", \"peakNm\": 635, \"fwhmNm\": 17",
                            "\"shape\": \"measured\", \"spectrumFile\": \"/dev/zero\"")},
                        "bad.json", "units[0].led.spectrumFile", "/dev/zero", "NUL"),
                // optimizer configs
                config("unknown JSON field (config)", "\"seed\": 1", "\"seed\": 1, \"bogus\": 2", ExitCode.DATA,
                        "bad.json", "search.bogus", "unknown field"),
                config("wrong type (config)", "\"cctK\": 3000", "\"cctK\": \"warm\"", ExitCode.DATA, "bad.json",
                        "target.cctK", "wrong type"),
                config("missing required field (config)", "\"cctK\": 3000, ", "", ExitCode.DATA, "bad.json",
                        "target.cctK", "required"),
                config("out of physical range (config)", "\"fixed\": 510", "\"fixed\": 2000", ExitCode.DATA,
                        "bad.json", "units[0].ledPeakNm.fixed", "2000"),
                config("duplicate key (objective)", "\"objective\": {", "\"objective\": {}, \"objective\": {",
                        ExitCode.DATA, "bad.json", "objective", "given twice"),
                config("duplicate key (search.seed)", "\"seed\": 1", "\"seed\": 1, \"seed\": 2", ExitCode.DATA,
                        "bad.json", "search.seed", "given twice"),
                config("negative objective weight", "\"pe\": 0.5", "\"pe\": -0.5", ExitCode.DATA, "bad.json",
                        "objective.pe", ">= 0"),
                config("fractional maxEvaluations (400.7)", "\"maxEvaluations\": 400", "\"maxEvaluations\": 400.7",
                        ExitCode.DATA, "bad.json", "search.maxEvaluations", "whole number"),
                config("budget beyond the maximum (100000 x 100000)", "\"starts\": 2, \"maxEvaluations\": 400",
                        "\"starts\": 100000, \"maxEvaluations\": 100000", ExitCode.DATA, "bad.json", "search",
                        "at most 1,000,000,000"),
                config("infeasible optimization target", "\"minPe\": 1.0",
                        "\"minPe\": 1.0, \"minRa\": 99.9", ExitCode.INFEASIBLE, "bad.json", "infeasible",
                        "constraints.minRa"),
                // outputs
                row("output over its input (optimize c.json --out c.json)", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"optimize", f.example(PAPER_LEDS), "--out", f.in(PAPER_LEDS)},
                        "--out", PAPER_LEDS, "may not replace an input"),
                row("output over its input by a symbolic link", ExitCode.USAGE, Kind.BEFORE_WORK, f -> {
                    String config = f.example(PAPER_LEDS);
                    Path link = Files.createSymbolicLink(f.out().resolve("link.json"), Path.of(config));
                    return new String[] {"optimize", config, "--out", link.toString()};
                }, "--out", "link.json", "may not replace an input"),
                row("export over the design (--export-spectrum d.json)", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", f.example(FIG6B), "--export-spectrum",
                            f.in(FIG6B)}, "--export-spectrum", FIG6B, "may not replace an input"),
                row("two outputs on one file", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"optimize", f.example(PAPER_LEDS), "--out", f.out("r.json"),
                            "--export-spectrum", f.out("r.json")}, "--export-spectrum", "also the --out"),
                row("unwritable output (evaluate --export-spectrum)", ExitCode.CANNOT_CREATE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--design", f.example(FIG6B), "--export-spectrum",
                            f.out("missing-dir/white.csv")}, "white.csv", "does not exist"),
                row("unwritable output (evaluate --plot)", ExitCode.CANNOT_CREATE, Kind.BEFORE_WORK,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--plot", f.out("missing-dir/tm30.png")},
                        "tm30", "does not exist"),
                row("unwritable output (optimize --out), found before the run", ExitCode.CANNOT_CREATE,
                        Kind.BEFORE_WORK, f -> new String[] {"optimize", f.example(PAPER_LEDS), "--out",
                            f.out("missing-dir/result.json")}, "result.json", "does not exist"),
                row("unwritable output (batch --out)", ExitCode.CANNOT_CREATE, Kind.BEFORE_WORK,
                        f -> new String[] {"batch", sweep(f), "--out",
                            f.out("missing-dir/results.csv")}, "results.csv", "does not exist"),
                nonRoot(row("read-only output directory: the reason is given", ExitCode.CANNOT_CREATE,
                        Kind.BEFORE_WORK, f -> {
                            Path ro = Files.createDirectory(f.out().resolve("ro"));
                            ro.toFile().setWritable(false, false);
                            f.held().add(() -> ro.toFile().setWritable(true, false));
                            return new String[] {"optimize", f.example(PAPER_LEDS), "--out",
                                ro.resolve("r.csv").toString()};
                        }, "--out", "r.csv", "permission denied")),
                row("one output blocked: none written (optimize --out --export-spectrum --pareto)",
                        ExitCode.CANNOT_CREATE, Kind.BEFORE_WORK, f -> {
                            Files.createDirectory(f.out().resolve("front.csv"));
                            return new String[] {"optimize", f.example(PAPER_LEDS), "--out", f.out("r.json"),
                                "--export-spectrum", f.out("w.csv"), "--pareto", f.out("front.csv")};
                        }, "--pareto", "front.csv", "is a directory"),
                row("one plot blocked: none written (evaluate --plot)", ExitCode.CANNOT_CREATE, Kind.BEFORE_WORK,
                        f -> {
                            Files.createDirectory(f.out().resolve("tm30-F2.png"));
                            return new String[] {"evaluate", "--spectrum", lamps, "--plot", f.out("tm30.png")};
                        }, "--plot", "tm30-F2.png", "is a directory"),
                row("stdout fails (table, as > /dev/full)", ExitCode.CANNOT_CREATE, Kind.STDOUT_FULL,
                        f -> new String[] {"evaluate", "--spectrum", lamps}, "stdout", "No space left on device"),
                row("stdout fails after 4 KB (JSON on a full disk)", ExitCode.CANNOT_CREATE, Kind.STDOUT_FILLS,
                        f -> new String[] {"evaluate", "--spectrum", lamps, "--format", "json"}, "stdout",
                        "No space left on device"),
                // batch results
                row("resume on a file that is not this sweep's (its last line kept)", ExitCode.DATA,
                        Kind.BEFORE_WORK, f -> new String[] {"batch", sweep(f),
                            "--out", f.write("n.txt", "my notes\nthe last line, no newline"), "--resume"},
                        "n.txt", "not this sweep's results", "'my notes'"),
                row("resume with --out the sweep itself", ExitCode.USAGE, Kind.BEFORE_WORK, f -> {
                    String s = sweep(f);
                    return new String[] {"batch", s, "--out", s, "--resume"};
                }, "--out", SWEEP, "may not replace an input"),
                row("resume with --out the sweep's config", ExitCode.USAGE, Kind.BEFORE_WORK,
                        f -> new String[] {"batch", sweep(f), "--out",
                            f.in(PAPER_LEDS), "--resume"}, "--out", PAPER_LEDS, "may not replace an input"),
                row("resume after the sweep changed (maxEvaluations 200 -> 50)", ExitCode.DATA, Kind.BEFORE_WORK,
                        f -> {
                            String s = sweep(f);
                            String r = results(f, s, "r.csv", false);
                            f.example(SWEEP, "\"maxEvaluations\": 200", "\"maxEvaluations\": 50");
                            return new String[] {"batch", s, "--out", r, "--resume"};
                        }, "r.csv", "sweep maxEvaluations: 200 -> 50"),
                row("resume after the config changed (search.seed)", ExitCode.DATA, Kind.BEFORE_WORK, f -> {
                    String s = sweep(f);
                    String r = results(f, s, "r.csv", false);
                    f.example(PAPER_LEDS, "\"seed\": 1", "\"seed\": 2");
                    return new String[] {"batch", s, "--out", r, "--resume"};
                }, "r.csv", "config search.seed: 1 -> 2"),
                row("resume of results without their sweep record", ExitCode.DATA, Kind.BEFORE_WORK, f -> {
                    String s = sweep(f);
                    String r = results(f, s, "r.csv", false);
                    Files.delete(SweepFingerprint.sideFile(Path.of(r)));
                    return new String[] {"batch", s, "--out", r, "--resume"};
                }, "r.csv", "r.csv.sweep.json", "missing"),
                row("resume of results saved with CR LF", ExitCode.DATA, Kind.BEFORE_WORK, f -> {
                    String s = sweep(f);
                    Path r = Path.of(results(f, s, "r.csv", false));
                    Files.writeString(r, Files.readString(r).replace("\n", "\r\n"));
                    return new String[] {"batch", s, "--out", r.toString(), "--resume"};
                }, "r.csv", "CR LF"),
                row("a second run on results another run holds", ExitCode.LOCKED, Kind.BEFORE_WORK, f -> {
                    String s = sweep(f);
                    return new String[] {"batch", s, "--out", results(f, s, "r.csv", true), "--resume"};
                }, "r.csv", "in use by another batch run", "pid " + ProcessHandle.current().pid())));
        return rows.stream().map(Arguments::of);
    }

    /**
     * A Sekonic C-7000 export (its published layout, made-up numbers) whose 5 nm block is whole and whose 1 nm block
     * stops after 382 nm, as a file cut while it was copied.
     */
    private static String sekonicCut() {
        StringBuilder s = new StringBuilder("Date Saved,2026/12/03 10:00:00\nTitle,lamp\n\nMeasuring Mode,Ambient\n"
                + "Viewing Angle [°],2\nTcp [K],4000\n⊿uv,0.0010\nIlluminance [lx],500\nCRI Ra,80.0\n\n");
        for (int nm = 380; nm <= 780; nm += 5) {
            s.append("Spectral Data ").append(nm).append("[nm],0.000100000000\n");
        }
        s.append('\n');
        for (int nm = 380; nm <= 382; nm++) {
            s.append("Spectral Data ").append(nm).append("[nm],0.000100000000\n");
        }
        return s.toString();
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] t = b.getBytes(StandardCharsets.UTF_8);
        byte[] r = java.util.Arrays.copyOf(a, a.length + t.length);
        System.arraycopy(t, 0, r, a.length, t.length);
        return r;
    }

    /** Files up to this size are compared by content, larger ones (the sparse 3 GiB file) by size and time. */
    private static final long DIGEST_UP_TO_BYTES = 64L << 20;

    /** Every file and directory under {@code dir} with a digest of its content. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    all.put(key, "dir");
                } else if (Files.size(p) > DIGEST_UP_TO_BYTES) {
                    all.put(key, Files.size(p) + " bytes, modified " + Files.getLastModifiedTime(p));
                } else if (Files.isReadable(p)) {
                    all.put(key, java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(p))));
                } else {
                    all.put(key, "unreadable " + Files.size(p));
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void oneLineANamedPlaceADistinctCodeAndNothingChanged(Row row, @TempDir Path dir) throws Exception {
        if (row.needsNonRoot()) {
            Assumptions.assumeTrue(writesCanBeDenied(dir), "permissions are not enforced for this user (root)");
        }
        Files2 f = new Files2(Files.createDirectory(dir.resolve("in")), Files.createDirectory(dir.resolve("out")),
                new ArrayList<>());
        CliRun run;
        Map<String, String> before;
        Map<String, String> after;
        try {
            String[] args = row.setup().prepare(f);
            before = snapshot(dir);
            run = row.kind() == Kind.STDOUT_FULL ? CliRun.withFailingStdout(0, args)
                    : row.kind() == Kind.STDOUT_FILLS ? CliRun.withFailingStdout(4096, args) : CliRun.of(args);
            after = snapshot(dir);
        } finally {
            for (AutoCloseable held : f.held()) {
                held.close();
            }
        }

        assertThat(run.exitCode()).as(row.name() + ": " + run.err()).isEqualTo(row.exit());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(row.name() + ": " + run.err()).hasSize(1);
        assertThat(lines).as(row.name() + ": only progress besides the error")
                .allMatch(l -> l.startsWith("error: ") || l.startsWith("["));
        boolean stdoutFails = row.kind() == Kind.STDOUT_FULL || row.kind() == Kind.STDOUT_FILLS;
        if (row.kind() == Kind.BEFORE_WORK || stdoutFails) {
            assertThat(lines).as(row.name() + ": refused before any work").hasSize(1);
        }
        assertThat(errors.get(0)).as(row.name()).contains(row.mustName());
        assertThat(errors.get(0)).as(row.name() + ": no doubled words").doesNotContain("Error:", "hybridlight hybridlight");
        if (row.kind() == Kind.INFEASIBLE) {
            // infeasible is not a failure to run: the whole result is written and says what was missed
            Path result = f.out().resolve("result.json");
            com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(result.toFile());
            assertThat(r.get("constraints").findValuesAsText("status")).contains("VIOLATED");
            after.remove("out/result.json");
        } else if (!stdoutFails) {
            assertThat(run.out()).as(row.name() + ": stdout").isEmpty();
        }
        assertThat(after).as(row.name() + ": inputs byte-identical, no output left").isEqualTo(before);
    }
}
