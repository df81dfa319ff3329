package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The command as a process: what the shell sees (exit codes, stderr) when its streams or its heap fail. */
class HybridLightTest {

    @TempDir
    Path dir;

    private record Result(int exit, String err) {
    }

    /** Runs {@code hybridlight} in a child JVM with stdout sent to {@code stdout}. */
    private Result child(List<String> jvm, File stdout, String... args) throws Exception {
        return child(System.getProperty("java.class.path"), jvm, stdout, args);
    }

    private Result child(String classPath, List<String> jvm, File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", classPath, "org.hybridlight.cli.HybridLight"));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(err));
    }

    @Test
    void aloneItIsAUsageErrorWithTheUsageOnStderr() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: hybridlight").contains("evaluate", "optimize", "batch");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullStdoutIsAFailedWriteNotASuccess() throws Exception {
        // the case: evaluate --spectrum lamps.csv > /dev/full exited 0
        Result r = child(List.of(), new File("/dev/full"), "evaluate", "--spectrum",
                EvaluateCommandTest.root().resolve("examples/lamps.csv").toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(r.err().strip()).isEqualTo("error: stdout: the output could not be written: "
                + "No space left on device");
    }

    @Test
    void aReportWritesWithoutPdfBoxWarningsOrAScanOfTheSystemsFonts() throws Exception {
        // the jar's class path: the tests' SLF4J (which ArchUnit brings) would swallow PDFBox's java.util.logging
        String jarLike = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("slf4j")).collect(Collectors.joining(File.pathSeparator));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path pdf = dir.resolve("fig6b.pdf");
        Result r = child(jarLike, List.of("-Duser.home=" + home, "-Dpdfbox.fontcache=" + home),
                dir.resolve("out.txt").toFile(), "report",
                EvaluateCommandTest.root().resolve("examples/paper-fig6b.json").toString(), "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("stderr").isEmpty();
        assertThat(Files.size(pdf)).isPositive();
        try (var files = Files.list(home)) {
            assertThat(files).as("PDFBox's system-font cache").isEmpty();
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit70NotAStackTrace() throws Exception {
        // 60,000 two-point spectra pass the size check of a 48 MiB heap but not their evaluation
        StringBuilder a = new StringBuilder("380");
        StringBuilder b = new StringBuilder("780");
        for (int i = 0; i < 60_000; i++) {
            a.append(",1");
            b.append(",2");
        }
        Path many = Files.writeString(dir.resolve("many.csv"), a + "\n" + b + "\n");
        Result r = child(List.of("-Xmx48m"), dir.resolve("out.txt").toFile(), "evaluate", "--spectrum",
                many.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SOFTWARE);
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("[")).toList();
        assertThat(lines).singleElement().asString().startsWith("error: out of memory").contains("48 MiB");
    }

    @Test
    void aRowOrientedFileStreamsThroughAHeapThatCouldNotHoldIt() throws Exception {
        // 100,000 named 8-point spectra: held as spectra they take about 45 MB, beyond the 24 MiB heap
        Path rows = dir.resolve("rows.csv");
        try (var w = Files.newBufferedWriter(rows)) {
            w.write("nm,380,437,494,551,608,665,722,780\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("s" + i + ",0.2,1," + (i % 7 + 1) + ",3,2,1," + (i % 3) + ",0.1\n");
            }
        }
        Path out = dir.resolve("out.jsonl");
        Result r = child(List.of("-Xmx24m"), out.toFile(), "evaluate", "--spectrum", rows.toString(), "--format",
                "jsonl", "--metrics", "xyz");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(100_000);
        assertThat(lines.get(0)).startsWith("{\"name\":\"s0\",");
        assertThat(lines.get(99_999)).startsWith("{\"name\":\"s99999\",");
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedBeforeReading() throws Exception {
        // the issue's -Xmx512m on a 300 MB CSV, scaled down: 24 MB on a 64 MiB heap
        Path big = dir.resolve("big.csv");
        try (var w = Files.newBufferedWriter(big)) {
            String row = ",1".repeat(500);
            for (int nm = 0; nm < 24_000; nm++) {
                w.write(nm + 1 + row + "\n");
            }
        }
        Result r = child(List.of("-Xmx64m"), dir.resolve("out.txt").toFile(), "evaluate", "--spectrum",
                big.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.DATA);
        assertThat(r.err().strip()).startsWith("error: " + big + ": is 23 MiB; reading it needs about")
                .contains("more than the Java heap's 64 MiB").doesNotContain("\n");
    }
}
