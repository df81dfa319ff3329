package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    /** A sweep of {@code sets} LED peak sets × 4 CCTs over the paper-LED config. */
    private Path sweep(int sets, int evaluations) throws Exception {
        StringBuilder peaks = new StringBuilder();
        for (int i = 0; i < sets; i++) {
            peaks.append(i == 0 ? "" : ", ").append("[").append(495 + 2 * i).append(", 560, ").append(625 + i % 20)
                    .append("]");
        }
        Path config = EvaluateCommandTest.root().resolve("examples/optimize-paper-leds.json");
        Path p = dir.resolve("sweep.json");
        Files.writeString(p, "{\"config\": \"" + config.toString().replace("\\", "\\\\") + "\", \"ledPeakSetsNm\": ["
                + peaks + "], \"targetCctsK\": [2700, 3000, 3500, 4000], \"maxEvaluations\": " + evaluations
                + ", \"starts\": 1}");
        return p;
    }

    private static List<String> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    @Test
    void theSparkEngineIsNotInThisJarAndOtherEnginesAreRefused() throws Exception {
        Path s = sweep(1, 30);
        Path out = dir.resolve("r.csv");
        CliRun spark = CliRun.of("batch", s.toString(), "--out", out.toString(), "--engine", "spark");
        assertThat(spark.exitCode()).isEqualTo(org.hybridlight.colorimetry.io.ExitCode.USAGE);
        assertThat(spark.err()).contains("hybridlight script").contains("org.hybridlight.batch.spark.SparkBatch");
        CliRun other = CliRun.of("batch", s.toString(), "--out", out.toString(), "--engine", "flink");
        assertThat(other.exitCode()).isEqualTo(org.hybridlight.colorimetry.io.ExitCode.USAGE);
        assertThat(other.err()).contains("must be local or spark, got flink");
        assertThat(out).doesNotExist();
    }

    @Test
    void runsEveryCombinationOnceAndResumeAddsNothingWhenComplete() throws Exception {
        Path s = sweep(3, 60);
        Path out = dir.resolve("r.csv");
        CliRun run = CliRun.of("batch", s.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = rows(out);
        assertThat(rows).hasSize(12).doesNotHaveDuplicates();
        assertThat(CliRun.of("batch", s.toString(), "--out", out.toString()).exitCode())
                .as("refuses to overwrite").isEqualTo(ExitCode.CANNOT_CREATE);
        CliRun again = CliRun.of("batch", s.toString(), "--out", out.toString(), "--resume");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("0 jobs run now, 12 already done");
        assertThat(rows(out)).isEqualTo(rows);
    }

    @Test
    void aRunKilledWithSigkillResumesToTheUninterruptedResult() throws Exception {
        Path s = sweep(40, 150);
        Path reference = dir.resolve("reference.csv");
        assertThat(CliRun.of("batch", s.toString(), "--out", reference.toString(), "--threads", "2").exitCode())
                .isZero();
        Path killed = dir.resolve("killed.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.hybridlight.cli.HybridLight", "batch", s.toString(), "--out", killed.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()
                && (!Files.exists(killed) || Files.readAllLines(killed).size() < 8)) {
            Thread.sleep(20);
        }
        boolean killedMidRun = p.isAlive();
        // a second run on the same results while the first holds them stops at once, naming the holder
        CliRun second = CliRun.of("batch", s.toString(), "--out", killed.toString(), "--resume");
        List<String> before = Files.readAllLines(killed);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        CliRun resume = CliRun.of("batch", s.toString(), "--out", killed.toString(), "--threads", "2", "--resume");
        assertThat(resume.exitCode()).as(resume.err()).isZero();
        List<String> after = rows(killed);
        assertThat(after).doesNotHaveDuplicates();
        assertThat(new HashSet<>(after)).isEqualTo(new HashSet<>(rows(reference)));
        assertThat(killedMidRun).as("the child was still running when killed").isTrue();
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.LOCKED);
        assertThat(second.err().strip()).startsWith("error: --out: " + killed + ": in use by another batch run (pid "
                + p.pid() + ", started ").doesNotContain("\n");
        assertThat(after).as("the refused run added nothing").containsAll(before.subList(1, before.size()));
        assertThat(resume.err()).doesNotContain(" 0 jobs run now");
        assertThat(new File(killed.toString())).exists();
    }

    @Test
    void anEmptyResultsFileIsANewRunAndTheSweepIsRecordedBesideIt() throws Exception {
        Path s = sweep(1, 30);
        Path out = Files.createFile(dir.resolve("r.csv"));
        CliRun run = CliRun.of("batch", s.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(rows(out)).hasSize(4);
        assertThat(Files.readString(dir.resolve("r.csv.sweep.json"))).contains("\"maxEvaluations\" : 30");
        assertThat(dir.resolve("r.csv.lock")).doesNotExist();
        Files.writeString(out, "");
        CliRun resume = CliRun.of("batch", s.toString(), "--out", out.toString(), "--resume");
        assertThat(resume.exitCode()).as(resume.err()).isZero();
        assertThat(rows(out)).hasSize(4);
    }
}
