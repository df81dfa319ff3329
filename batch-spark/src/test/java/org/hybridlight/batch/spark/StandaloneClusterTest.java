package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster on localhost: a Spark master and two workers, each a JVM of its own started from the
 * dependency jars the build lays out as a SPARK_HOME; the batch is submitted to it and one worker (with its
 * executor) is killed with SIGKILL once the first partition has been committed. Spark retries the lost tasks on
 * the other worker; every combination must be there exactly once with the local engine's rows.
 */
class StandaloneClusterTest {

    private static final Path JARS = Path.of(System.getProperty("spark.home.jars", "target/spark/jars"));

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void aWorkerKilledMidRunLosesNothing() throws Exception {
        Path sparkHome = dir.resolve("spark-home");
        Files.createDirectories(sparkHome);
        Files.writeString(sparkHome.resolve("RELEASE"), "Spark laid out by the batch-spark build\n");
        Files.createSymbolicLink(sparkHome.resolve("jars"), JARS.toAbsolutePath());
        int port = freePort();
        int ui = freePort();
        Process master = start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(ui));
        String url = "spark://127.0.0.1:" + port;
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Path work = Files.createDirectories(dir.resolve("work" + w));
            workers.add(start(sparkHome, "worker" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "600m", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", work.toString(), url));
        }
        awaitAliveWorkers(ui, 2, master);

        Path sweep = Sweeps.write(dir, 30, 60);
        List<String> local = Sweeps.local(sweep, dir);
        assertThat(local).hasSize(301);

        // executors get hybridlight's classes from the modules' build outputs this JVM runs (the same machine):
        // target/classes in a module's own test run, the modules' jars in a reactor run past `package`
        String hybridlight = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains(File.separator + "target" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        SparkConf conf = new SparkConf().setMaster(url).set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.executor.memory", "512m")
                .set("spark.executor.cores", "1").set("spark.cores.max", "2")
                .set("spark.executor.extraClassPath", hybridlight);
        Path out = dir.resolve("cluster");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(() -> SparkBatch.run(new String[] {
            sweep.toString(), "--out", out.toString(), "--partitions", "30"}, conf, new PrintWriter(err, true)));

        Path run = out.resolve("parts").resolve("run-0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        long committedAtKill;
        while ((committedAtKill = committedParts(run)) == 0) {
            assertThat(job).as("finished before the kill: " + err).isNotDone();
            assertThat(System.nanoTime()).as("no partition committed in time: " + err + logs()).isLessThan(deadline);
            Thread.sleep(50);
        }
        Process victim = workers.get(0);
        List<ProcessHandle> executors = victim.descendants().toList();
        // SIGKILL: the worker and its executor die without a word to the master or the driver
        victim.destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
        victim.waitFor();
        assertThat(committedAtKill).as("killed mid-run").isLessThan(30);

        int code = job.get(180, TimeUnit.SECONDS);
        assertThat(code).as(err + logs()).isEqualTo(ExitCode.OK);
        assertThat(executors).as("the killed worker had an executor").isNotEmpty();
        assertThat(workers.get(1).isAlive()).isTrue();
        List<String> rows = Files.readAllLines(out.resolve("RESULTS.csv"));
        assertThat(rows).isEqualTo(local);
        // every combination exactly once over the part files, too
        List<String> partRows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(run)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                partRows.addAll(Files.readAllLines(f));
            }
        }
        partRows.sort(null);
        assertThat(partRows).isEqualTo(local.subList(1, local.size()));
    }

    private Process start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.addAll(Arrays.asList(System.getProperty("spark.add.opens", "").split(" ")));
        cmd.removeIf(String::isEmpty);
        cmd.add("-cp");
        cmd.add(JARS.toAbsolutePath() + File.separator + "*");
        cmd.add(mainClass);
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.12");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private void awaitAliveWorkers(int ui, int count, Process master) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertThat(master.isAlive()).as("master died: " + logs()).isTrue();
            try {
                String json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (json.replace(" ", "").contains("\"aliveworkers\":" + count)) {
                    return;
                }
            } catch (IOException notYet) {
                // the master's web UI is not up yet
            }
            assertThat(System.nanoTime()).as("workers did not register: " + logs()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static long committedParts(Path run) throws IOException {
        if (!Files.isDirectory(run)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    private String logs() {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log") || p.getFileName().toString()
                    .equals("stderr")).toList()) {
                List<String> lines = Files.readAllLines(f);
                s.append("\n--- ").append(f).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
        } catch (IOException e) {
            s.append(e);
        }
        return s.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
