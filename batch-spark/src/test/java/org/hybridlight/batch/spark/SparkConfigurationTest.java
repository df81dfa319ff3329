package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration is Spark's own: the batch submitted through Spark's {@code SparkSubmit} (as the launcher and
 * spark-submit do, in a JVM of its own) takes its master, app name and parallelism from {@code spark-defaults.conf}
 * in {@code SPARK_CONF_DIR}, or from {@code --properties-file} with {@code --conf} over it; the batch has no flag of
 * its own for any of them. The default partition count (four a core) shows the parallelism reached the job.
 */
class SparkConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void sparkDefaultsConfInSparkConfDirReachesTheJob() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("spark-defaults.conf"), String.join("\n", "spark.master local[1]",
                "spark.app.name from-spark-defaults", "spark.default.parallelism 3", "spark.ui.enabled false",
                "spark.driver.host 127.0.0.1", ""));
        Path sweep = Sweeps.write(dir, 2, 10);
        Path out = dir.resolve("out");
        Result r = submit(conf, List.of(), sweep, out);
        assertThat(r.code).as(r.stderr).isEqualTo(ExitCode.OK);
        assertThat(r.stderr).contains("batch: 20 jobs run now").contains("app 'from-spark-defaults'")
                .contains("master local[1]").contains("default parallelism 3");
        // four partitions a core of the configured parallelism: 12 committed part files
        assertThat(partFiles(out)).isEqualTo(12);
    }

    @Test
    void aPropertiesFileWithConfOverItReachesTheJob() throws Exception {
        Path props = dir.resolve("batch.properties");
        Files.writeString(props, String.join("\n", "spark.master local[2]", "spark.app.name from-file",
                "spark.default.parallelism 1", "spark.ui.enabled false", "spark.driver.host 127.0.0.1", ""));
        Path sweep = Sweeps.write(dir, 1, 10);
        Path out = dir.resolve("out");
        // an empty SPARK_CONF_DIR: only the file and --conf count
        Result r = submit(Files.createDirectories(dir.resolve("empty-conf")), List.of("--properties-file",
                props.toString(), "--conf", "spark.default.parallelism=2"), sweep, out);
        assertThat(r.code).as(r.stderr).isEqualTo(ExitCode.OK);
        assertThat(r.stderr).contains("app 'from-file'").contains("master local[2]")
                .contains("default parallelism 2");
        assertThat(partFiles(out)).isEqualTo(8);
    }

    private record Result(int code, String stderr) {
    }

    private Result submit(Path confDir, List<String> sparkOptions, Path sweep, Path out) throws Exception {
        Path log = dir.resolve("submit.log");
        Process p = SparkSubmitProcess.start(confDir, sparkOptions, List.of(sweep.toString(), "--out",
                out.toString()), log);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not finish: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static long partFiles(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out.resolve("parts"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).count();
        }
    }
}
