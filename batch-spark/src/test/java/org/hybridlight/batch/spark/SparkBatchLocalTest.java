package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.optimizer.batch.ResultsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local[2]: the same rows as the local engine, a resume that runs only what is missing, one run per DIR. */
class SparkBatchLocalTest {

    @TempDir
    Path dir;

    private static SparkConf conf() {
        return new SparkConf().setMaster("local[2]").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1");
    }

    @Test
    void twoHundredCombinationsGiveExactlyTheLocalEnginesRows() throws Exception {
        Path sweep = Sweeps.write(dir, 20, 20);
        List<String> local = Sweeps.local(sweep, dir);
        assertThat(local).hasSize(201);
        StringWriter err = new StringWriter();
        Path out = dir.resolve("spark");
        int code = SparkBatch.run(new String[] {sweep.toString(), "--out", out.toString(), "--partitions", "8"},
                conf(), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
        // merged file is written sorted by key: identical to the local one sorted
        assertThat(Files.readAllLines(out.resolve("RESULTS.csv"))).isEqualTo(local);
        assertThat(err.toString()).contains("200/200 jobs").contains("jobs/s").contains("ETA");

        // a second run without --resume is refused; with it, a lost partition is run again and nothing else
        assertThat(SparkBatch.run(new String[] {sweep.toString(), "--out", out.toString()}, conf(),
                new PrintWriter(new StringWriter(), true))).isEqualTo(ExitCode.DATA);
        Path part;
        try (var files = Files.walk(out.resolve("parts"))) {
            part = files.filter(p -> p.getFileName().toString().equals("part-00003")).findFirst().orElseThrow();
        }
        int lost = Files.readAllLines(part).size();
        assertThat(lost).isPositive();
        Files.delete(part);
        Files.delete(out.resolve("RESULTS.csv"));
        StringWriter again = new StringWriter();
        assertThat(SparkBatch.run(new String[] {sweep.toString(), "--out", out.toString(), "--resume"}, conf(),
                new PrintWriter(again, true))).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.toString()).contains("batch: " + lost + " jobs run now, " + (200 - lost) + " already done");
        assertThat(Files.readAllLines(out.resolve("RESULTS.csv"))).isEqualTo(local);
    }

    @Test
    void aSecondRunOnTheSameDirectoryIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path sweep = Sweeps.write(dir, 2, 20);
        Path out = Files.createDirectories(dir.resolve("held"));
        // another run of this process holds DIR (another process's lock is refused the same way)
        try (FileChannel held = ResultsCsv.lockExclusively(out.resolve(".run.lock"), out.resolve(".run.holder"))) {
            StringWriter err = new StringWriter();
            int code = SparkBatch.run(new String[] {sweep.toString(), "--out", out.toString()}, conf(),
                    new PrintWriter(err, true));
            assertThat(code).as(err.toString()).isEqualTo(ExitCode.LOCKED);
            assertThat(err.toString()).contains("in use by another batch run").contains("pid ");
            assertThat(out.resolve("parts")).doesNotExist();
        }
    }
}
