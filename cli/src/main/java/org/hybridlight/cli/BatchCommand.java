package org.hybridlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.batch.BatchRunner;
import org.hybridlight.optimizer.batch.ResultsCsv;
import org.hybridlight.optimizer.batch.Sweep;
import org.hybridlight.optimizer.batch.SweepFingerprint;
import org.hybridlight.optimizer.batch.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hybridlight batch}: optimize every combination of a sweep in parallel, crash-safe and resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Optimize every LED peak set x target CCT of SWEEP.json; each finished row is appended and "
                + "flushed to disk at once, so a killed run loses only the rows in flight; --resume finishes it.")
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.json", description = "The sweep.")
    Path sweep;

    @Option(names = "--out", paramLabel = "RESULTS.csv", required = true, description = "Results, one row per job.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel jobs (default: the number of cores).")
    Integer threads;

    @Option(names = "--resume", description = "Finish an interrupted run: skip jobs already in RESULTS.csv.")
    boolean resume;

    @Option(names = "--engine", paramLabel = "local|spark", description = "local (default): this JVM's threads; "
            + "spark: Apache Spark, launched by the hybridlight script (--out is then a directory).")
    String engine = "local";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("local")) {
            // Spark is not in this jar: the launcher script runs module batch-spark for --engine spark
            err.println("error: --engine: " + (engine.equals("spark") ? "spark runs through the hybridlight script "
                    + "(or spark-submit --class org.hybridlight.batch.spark.SparkBatch hybridlight-spark.jar)"
                    : "must be local or spark, got " + engine));
            return ExitCode.USAGE;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("error: --threads must be >= 1, got " + n);
            return ExitCode.USAGE;
        }
        List<Sweep.Job> jobs;
        SweepFingerprint fingerprint;
        try {
            jobs = Sweep.read(sweep);
            fingerprint = SweepFingerprint.of(sweep);
        } catch (InputException e) {
            return Outputs.refused(err, e);
        }
        Path configFile;
        try {
            configFile = SweepFingerprint.configFile(sweep);
        } catch (InputException e) {
            return Outputs.refused(err, e);
        }
        try (Outputs files = new Outputs(err).input("SWEEP.json", sweep).input("config of SWEEP.json", configFile)
                .output("--out", out).output("--out (lock)", out.resolveSibling(out.getFileName() + ".lock"))
                .output("--out (sweep record)", SweepFingerprint.sideFile(out))) {
            int code = files.check();
            if (code != ExitCode.OK) {
                return code;
            }
        }
        SweepRunner runner = new SweepRunner(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        ProgressBar bar = ProgressBar.onStderr(err, "jobs");
        long t0 = System.nanoTime();
        int ran;
        try {
            ran = new BatchRunner<Sweep.Job>(Sweep.Job::key, runner::run).run(jobs, out, Sweep.HEADER, n, resume,
                    fingerprint, (done, total) -> bar.update(done, total, ""));
        } catch (ResultsCsv.Locked e) {
            err.println("error: --out: " + e.getMessage());
            return ExitCode.LOCKED;
        } catch (InputException e) {
            err.println("error: --out: " + e.getMessage());
            return ExitCode.DATA;
        } catch (java.nio.file.FileSystemException e) {
            return Outputs.cannotWrite(err, "--out", out, e);
        } catch (IOException e) {
            // the results file's own refusals ("exists; use --resume") name it already
            err.println("error: --out: " + e.getMessage());
            return ExitCode.CANNOT_CREATE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return ExitCode.SOFTWARE;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "batch: %d jobs run now, %d already done, %.1f s on %d threads (%.2f jobs/s)%n", ran,
                jobs.size() - ran, s, n, ran / s);
        return ExitCode.OK;
    }
}
