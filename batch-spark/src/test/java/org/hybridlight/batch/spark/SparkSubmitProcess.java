package org.hybridlight.batch.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The batch submitted through Spark's own {@code SparkSubmit} in a JVM of its own, as the launcher and spark-submit
 * run it: Spark from the laid-out jars, hybridlight's classes from the modules' build outputs this JVM runs (so no
 * application jar: "spark-internal").
 */
final class SparkSubmitProcess {

    private static final Path JARS = Path.of(System.getProperty("spark.home.jars", "target/spark/jars"));

    private SparkSubmitProcess() {
    }

    /** Starts it with {@code SPARK_CONF_DIR=confDir}, stdout and stderr to {@code log}. */
    static Process start(Path confDir, List<String> sparkOptions, List<String> appArgs, Path log) throws IOException {
        String hybridlight = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains(File.separator + "target" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(Arrays.asList(System.getProperty("spark.add.opens", "").split(" ")));
        cmd.removeIf(String::isEmpty);
        cmd.add("-cp");
        cmd.add(JARS.toAbsolutePath() + File.separator + "*" + File.pathSeparator + hybridlight);
        cmd.add("org.apache.spark.deploy.SparkSubmit");
        cmd.addAll(sparkOptions);
        cmd.addAll(List.of("--class", SparkBatch.class.getName(), "spark-internal"));
        cmd.addAll(appArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_CONF_DIR", confDir.toString());
        pb.environment().remove("SPARK_HOME");
        return pb.start();
    }
}
