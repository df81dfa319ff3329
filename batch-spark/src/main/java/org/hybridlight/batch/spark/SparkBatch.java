package org.hybridlight.batch.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.batch.ResultsCsv;
import org.hybridlight.optimizer.batch.Sweep;
import org.hybridlight.optimizer.batch.SweepFingerprint;
import org.hybridlight.optimizer.batch.SweepRunner;
import org.hybridlight.source.design.JsonInput;

/**
 * The optimizer's batch on Apache Spark: the driver expands the sweep into its keys, executors optimize the
 * combinations with the local engine's own seeded code ({@link SweepRunner}), each partition's rows are committed
 * through Hadoop's file output committer as part files under {@code DIR/parts/run-N}, and the driver merges every
 * committed row into {@code DIR/RESULTS.csv} sorted by key. {@code --resume} skips the keys already committed.
 *
 * <p>Run with {@code spark-submit --class org.hybridlight.batch.spark.SparkBatch hybridlight-spark.jar SWEEP.json
 * --out DIR [--partitions N] [--resume]}; master and everything else come from Spark's own configuration.
 */
public final class SparkBatch {

    /** The committer that makes a task's part file final when the task commits, not when the whole job does. */
    static final String COMMITTER_KEY = "spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version";

    private SparkBatch() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, new SparkConf(), err);
        err.flush();
        System.exit(code);
    }

    /** The batch with {@code conf} (its master and settings); returns the exit code. */
    public static int run(String[] args, SparkConf conf, PrintWriter err) {
        Path sweep = null;
        Path out = null;
        Integer partitions = null;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "--resume" -> resume = true;
                    default -> {
                        if (a.startsWith("-") || sweep != null) {
                            err.println("error: unknown option or extra argument: " + a);
                            return usage(err);
                        }
                        sweep = Path.of(a);
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                err.println("error: " + a + " needs " + (a.equals("--out") ? "a directory" : "a whole number"));
                return usage(err);
            }
        }
        if (sweep == null || out == null) {
            err.println("error: give SWEEP.json and --out DIR");
            return usage(err);
        }
        if (partitions != null && partitions < 1) {
            err.println("error: --partitions must be >= 1, got " + partitions);
            return ExitCode.USAGE;
        }
        String sweepText;
        String configText;
        List<Sweep.Job> jobs;
        SweepFingerprint fingerprint;
        try {
            sweepText = JsonInput.readText(sweep, "sweep file");
            configText = JsonInput.readText(SweepFingerprint.configFile(sweep), "config file");
            jobs = Sweep.parse(sweep.toAbsolutePath(), sweepText, configText);
            fingerprint = SweepFingerprint.of(sweep);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.of(e);
        }
        try {
            return run(new Plan(sweep.toAbsolutePath().toString(), sweepText, configText), jobs, fingerprint, out,
                    partitions, resume, conf, err);
        } catch (InputException e) {
            err.println("error: --out: " + e.getMessage());
            return ExitCode.DATA;
        } catch (ResultsCsv.Locked e) {
            err.println("error: --out: " + e.getMessage());
            return ExitCode.LOCKED;
        } catch (IOException e) {
            err.println("error: --out: " + out + ": " + e.getMessage());
            return ExitCode.CANNOT_CREATE;
        } catch (Unavailable e) {
            err.println("error: " + e.getMessage());
            return ExitCode.UNAVAILABLE;
        } catch (RuntimeException e) {
            // Spark's own refusals and a job that failed for good (every retry of a task lost): what was committed
            // stays for --resume
            err.println("error: Spark: " + e.getMessage() + "; committed rows are kept for --resume");
            return ExitCode.SOFTWARE;
        }
    }

    private static int usage(PrintWriter err) {
        err.println("usage: spark-submit --class " + SparkBatch.class.getName()
                + " hybridlight-spark.jar SWEEP.json --out DIR [--partitions N] [--resume]");
        return ExitCode.USAGE;
    }

    /** What every executor needs to rebuild the sweep's jobs: the texts the driver read. */
    record Plan(String sweepFile, String sweepText, String configText) implements Serializable {
        private static final long serialVersionUID = 1L;

        List<Sweep.Job> jobs() {
            try {
                return Sweep.parse(Path.of(sweepFile), sweepText, configText);
            } catch (InputException e) {
                throw new IllegalStateException("the driver's sweep no longer parses: " + e.getMessage(), e);
            }
        }
    }

    private static int run(Plan plan, List<Sweep.Job> jobs, SweepFingerprint fingerprint, Path out,
            Integer partitions, boolean resume, SparkConf conf, PrintWriter err)
            throws IOException, InputException, Unavailable {
        Path parts = out.resolve("parts");
        Path record = out.resolve("sweep.json");
        Files.createDirectories(out);
        // one run at a time on DIR (held until the driver ends, released by the OS if it is killed)
        try (FileChannel lock = ResultsCsv.lockExclusively(out.resolve(".run.lock"), out.resolve(".run.holder"))) {
            return runLocked(plan, jobs, fingerprint, out, parts, record, partitions, resume, conf, err);
        }
    }

    private static int runLocked(Plan plan, List<Sweep.Job> jobs, SweepFingerprint fingerprint, Path out, Path parts,
            Path record, Integer partitions, boolean resume, SparkConf conf, PrintWriter err)
            throws IOException, InputException, Unavailable {
        Map<String, String> committed = committedRows(parts);
        if (!resume && (Files.exists(parts) || Files.exists(record))) {
            throw new InputException(out.toString(), "holds a run already; use --resume to finish it");
        }
        if (Files.exists(record)) {
            SweepFingerprint recorded = SweepFingerprint.read(record);
            if (!fingerprint.differencesFrom(recorded).isEmpty()) {
                throw new InputException(out.toString(), "cannot resume: the sweep changed ("
                        + fingerprint.describeChangesFrom(recorded) + ")");
            }
        }
        List<String> keys = new ArrayList<>(jobs.size());
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            keys.add(jobs.get(i).key());
            if (!committed.containsKey(jobs.get(i).key())) {
                todo.add(i);
            }
        }
        for (String k : committed.keySet()) {
            if (!keys.contains(k)) {
                throw new InputException(parts.toString(), "cannot resume: it holds a row for " + k
                        + ", which is not a combination of this sweep");
            }
        }
        if (!conf.contains(COMMITTER_KEY)) {
            conf.set(COMMITTER_KEY, "2");
        }
        conf.setIfMissing("spark.app.name", "hybridlight batch");
        long t0 = System.nanoTime();
        String ran = "";
        if (!todo.isEmpty()) {
            try (JavaSparkContext sc = start(conf)) {
                // which of Spark's settings were in effect (from --conf, spark-defaults.conf or --properties-file)
                ran = String.format(Locale.ROOT, " (app '%s', master %s, default parallelism %d)", sc.appName(),
                        sc.master(), sc.defaultParallelism());
                if (!Files.exists(record)) {
                    // only once Spark runs: a run that could not start leaves DIR as it was
                    AtomicFiles.writeString(record, fingerprint.toJson());
                }
                sc.setLogLevel(conf.get("spark.log.level", "WARN"));
                // default: at most 50 combinations a partition (progress, and what a lost task costs), at least
                // four partitions a core
                int n = partitions != null ? partitions : Math.max(4 * sc.defaultParallelism(),
                        (todo.size() + 49) / 50);
                sc.sc().addSparkListener(new ProgressListener(err, committed.size(), jobs.size(), System::nanoTime));
                Path run = parts.resolve("run-" + runNumber(parts));
                sc.parallelize(todo, Math.min(n, todo.size()))
                        .mapPartitions(indices -> optimize(indices, plan))
                        .saveAsTextFile(run.toUri().toString());
            }
        }
        Map<String, String> rows = committedRows(parts);
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            if (!rows.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            err.println("error: " + missing.size() + " combinations were not committed (first: " + missing.get(0)
                    + "); run again with --resume");
            return ExitCode.SOFTWARE;
        }
        StringBuilder csv = new StringBuilder(String.join(",", Sweep.HEADER)).append('\n');
        for (String line : rows.values()) {
            csv.append(line).append('\n');
        }
        AtomicFiles.writeString(out.resolve("RESULTS.csv"), csv);
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "batch: %d jobs run now, %d already done, %.1f s on Spark (%.2f jobs/s)%s%n",
                todo.size(), jobs.size() - todo.size(), s, todo.size() / s, ran);
        return ExitCode.OK;
    }

    /** Spark could not start on its master (a cluster manager that does not answer, a master it does not know). */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The context on {@code conf}'s master. Spark (Scala) throws checked exceptions too, e.g. Hadoop's
     * ConnectException when YARN's ResourceManager does not answer within its connect settings.
     */
    private static JavaSparkContext start(SparkConf conf) throws Unavailable {
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) {
            StringBuilder why = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
                if (why.indexOf(m) < 0) {
                    why.append(why.length() == 0 ? "" : ": ").append(m);
                }
            }
            String master = conf.get("spark.master", "(none)");
            String hint = master.startsWith("yarn")
                    ? " (is the ResourceManager of yarn.resourcemanager.address, from HADOOP_CONF_DIR or"
                    + " spark.hadoop.*, up and reachable?)" : "";
            throw new Unavailable("Spark could not start on master " + master + ": "
                    + why.toString().replace('\n', ' ') + hint + "; nothing was run", e);
        }
    }

    /** Runs on an executor: one partition's combinations, each optimized exactly as the local engine does. */
    private static Iterator<String> optimize(Iterator<Integer> indices, Plan plan) {
        List<Sweep.Job> jobs = plan.jobs();
        SweepRunner runner = new SweepRunner(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return indices.hasNext();
            }

            @Override
            public String next() {
                return ResultsCsv.line(runner.run(jobs.get(indices.next())));
            }
        };
    }

    private static int runNumber(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> runs = Files.list(parts)) {
            return (int) runs.count();
        }
    }

    /**
     * Rows of every committed part file, by key (sorted). Only committed files count: a task's output is in
     * {@code _temporary} until its task commits. A row there twice (a task run again) is the same row.
     */
    static Map<String, String> committedRows(Path parts) throws IOException, InputException {
        Map<String, String> rows = new TreeMap<>();
        if (!Files.isDirectory(parts)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(parts)) {
            files = all.filter(p -> p.getFileName().toString().startsWith("part-")
                    && !parts.relativize(p).toString().contains("_temporary")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String key = line.substring(0, Math.max(0, line.indexOf(',')));
                String before = rows.putIfAbsent(key, line);
                if (key.isEmpty() || before != null && !before.equals(line)) {
                    throw new InputException(f.toString(), "row for " + key + " differs from a committed one");
                }
            }
        }
        return rows;
    }
}
