package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --master yarn} and {@code k8s://} with Spark's YARN and Kubernetes modules (laid out with the Spark jars):
 * a ResourceManager or Kubernetes API server that does not answer is one line and exit 69 (for YARN within
 * Hadoop's connect settings, not a hang), and DIR is left reusable. A real YARN or Kubernetes cluster is not
 * tested here (there is none on this machine).
 */
class UnreachableClusterManagerTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort(); // free once closed: nothing listens there
        }
    }

    @Test
    void anUnreachableResourceManagerFailsFastWithOneLine() throws Exception {
        int port = freePort();
        Path sweep = Sweeps.write(dir, 1, 10);
        Path out = dir.resolve("out");
        // what HADOOP_CONF_DIR's yarn-site.xml would say, and short connect settings, through Spark's spark.hadoop.*
        SparkConf conf = new SparkConf().setMaster("yarn").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.hadoop.yarn.resourcemanager.address", "127.0.0.1:" + port)
                .set("spark.hadoop.yarn.resourcemanager.connect.max-wait.ms", "1000")
                .set("spark.hadoop.yarn.resourcemanager.connect.retry-interval.ms", "200")
                .set("spark.hadoop.ipc.client.connect.max.retries", "0")
                .set("spark.hadoop.ipc.client.connect.timeout", "1000");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> SparkBatch.run(
                new String[] {sweep.toString(), "--out", out.toString()}, conf, new PrintWriter(err, true)));
        // a hang would be YARN's default (retrying for 15 minutes); the settings above allow about a second
        int code = run.get(120, TimeUnit.SECONDS);
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        String line = err.toString().strip();
        assertThat(line).doesNotContain("\n").startsWith("error: Spark could not start on master yarn: ")
                .contains("Connection refused").contains("ResourceManager").contains("nothing was run");
        // nothing recorded: the same DIR takes the run again without --resume
        assertThat(out.resolve("sweep.json")).doesNotExist();
        assertThat(out.resolve("parts")).doesNotExist();
        assertThat(Files.exists(out.resolve("RESULTS.csv"))).isFalse();
    }

    @Test
    void anUnreachableKubernetesApiServerFailsWithOneLine() throws Exception {
        Path sweep = Sweeps.write(dir, 1, 10);
        Path out = dir.resolve("out");
        SparkConf conf = new SparkConf().setMaster("k8s://https://127.0.0.1:" + freePort())
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.kubernetes.container.image", "hybridlight-spark:test");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> SparkBatch.run(
                new String[] {sweep.toString(), "--out", out.toString()}, conf, new PrintWriter(err, true)));
        int code = run.get(120, TimeUnit.SECONDS);
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .startsWith("error: Spark could not start on master k8s://https://127.0.0.1:")
                .contains("Connection refused").contains("nothing was run");
        assertThat(out.resolve("sweep.json")).doesNotExist();
    }
}
