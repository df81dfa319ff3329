package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driver killed with SIGKILL mid-run (its JVM, local[1], so its executor too) loses only the partitions not yet
 * committed: {@code --resume} runs exactly the keys no committed part file holds, ignores what the dead run left
 * half-written under {@code _temporary}, and the merged rows are the local engine's.
 */
class DriverKillTest {

    @TempDir
    Path dir;

    @Test
    void aKilledDriverLosesOnlyTheUncommittedPartitions() throws Exception {
        Path sweep = Sweeps.write(dir, 20, 40);
        Path out = dir.resolve("out");
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("spark-defaults.conf"), String.join("\n", "spark.master local[1]",
                "spark.ui.enabled false", "spark.driver.host 127.0.0.1", ""));
        Path log = dir.resolve("driver.log");
        Process driver = SparkSubmitProcess.start(conf, List.of(), List.of(sweep.toString(), "--out",
                out.toString(), "--partitions", "20"), log);
        Path run = out.resolve("parts").resolve("run-0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        try {
            while (committedParts(run) == 0) {
                assertThat(driver.isAlive()).as("finished before the kill: " + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("nothing committed in time: " + Files.readString(log))
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            driver.destroyForcibly(); // SIGKILL
            driver.waitFor();
        }
        Map<String, String> committed = SparkBatch.committedRows(out.resolve("parts"));
        assertThat(committed.size()).as("killed mid-run").isPositive().isLessThan(200);

        List<String> local = Sweeps.local(sweep, dir);
        StringWriter err = new StringWriter();
        SparkConf resume = new SparkConf().setMaster("local[2]").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1");
        int code = SparkBatch.run(new String[] {sweep.toString(), "--out", out.toString(), "--resume"}, resume,
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("batch: " + (200 - committed.size()) + " jobs run now, "
                + committed.size() + " already done");
        assertThat(Files.readAllLines(out.resolve("RESULTS.csv"))).isEqualTo(local);
        // the resumed run holds exactly the keys the killed one had not committed
        Map<String, String> all = SparkBatch.committedRows(out.resolve("parts"));
        assertThat(all).hasSize(200).containsAllEntriesOf(committed);
        assertThat(rowsIn(out.resolve("parts").resolve("run-1"))).isEqualTo(200 - committed.size());
    }

    private static long committedParts(Path run) throws Exception {
        if (!Files.isDirectory(run)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    private static long rowsIn(Path run) throws Exception {
        long n = 0;
        try (Stream<Path> files = Files.walk(run)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                n += Files.readAllLines(f).size();
            }
        }
        return n;
    }
}
