package org.hybridlight.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of {@code evaluate --stats}: the wall time of each stage — read and parse (opening the file, a first
 * pass over a streamed file, and reading during the evaluation), setup (waiting for the evaluator's tables, built
 * alongside the reading), evaluate (the rest of the pipeline's time), write — and the CPU time behind each, which a
 * shared machine distorts less: the reading thread's for read (with the threads that parse parts of a large column
 * file) and write, the workers' for evaluate (with the output's text of each result, made there:
 * {@link ResultSink#render}), and the whole process's (JIT compilers and garbage collector included).
 */
final class EvaluationStats {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long start = System.nanoTime();
    private final long startCpu = cpu();
    private long opened;
    private long openedCpu;
    private long prepared;
    private long evaluated;
    private long readNanos;
    private long readCpu;
    private long writeNanos;
    private long writeCpu;
    private final AtomicLong evaluateCpu = new AtomicLong();

    /** This thread's CPU time in ns. */
    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * The file is open (and, for a streamed file with per-line output, read once through); {@code readAheadCpu} is
     * the CPU time of the threads that parsed parts of it
     * ({@link org.hybridlight.colorimetry.io.SpectrumStream#readAheadCpuNanos}).
     */
    void opened(long readAheadCpu) {
        opened = System.nanoTime();
        openedCpu = cpu() - startCpu + readAheadCpu;
    }

    /** The evaluator is ready. */
    void prepared() {
        prepared = System.nanoTime();
    }

    /** Adds a read that began at {@code nanos} and this thread's {@code cpuNanos}. */
    void read(long nanos, long cpuNanos) {
        readNanos += System.nanoTime() - nanos;
        readCpu += cpu() - cpuNanos;
    }

    /** Adds a worker's evaluation that began at its {@code cpuNanos}. */
    void evaluated(long cpuNanos) {
        evaluateCpu.addAndGet(cpu() - cpuNanos);
    }

    /** Adds output work (on the reading thread) that began at {@code nanos} and {@code cpuNanos}. */
    void wrote(long nanos, long cpuNanos) {
        writeNanos += System.nanoTime() - nanos;
        writeCpu += cpu() - cpuNanos;
    }

    /** Every spectrum is evaluated; what follows is writing. */
    void evaluated() {
        evaluated = System.nanoTime();
    }

    /** Prints the line, at the end of the output. */
    void print(PrintWriter err, int spectra, String metrics, long finishCpuStart) {
        long end = System.nanoTime();
        long finishCpu = cpu() - finishCpuStart;
        double pipeline = (evaluated - prepared) / 1e9;
        double evaluate = Math.max(0, (evaluated - prepared - readNanos - writeNanos) / 1e9);
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean
                os ? os.getProcessCpuTime() : -1;
        err.printf(Locale.ROOT, "stats: %d spectra, --metrics %s; read and parse %.3f s, setup %.3f s, evaluate "
                + "%.3f s (%.0f spectra/s through the pipeline, %.1f us of CPU each on %d threads), write %.3f s; "
                + "CPU: read and parse %.3f s, evaluate %.3f s, write %.3f s, whole process %.3f s; peak memory: %s%n",
                spectra, metrics, (opened - start + readNanos) / 1e9, (prepared - opened) / 1e9, evaluate,
                spectra / pipeline, evaluateCpu.get() / 1e3 / Math.max(1, spectra),
                Runtime.getRuntime().availableProcessors(), (end - evaluated + writeNanos) / 1e9,
                (openedCpu + readCpu) / 1e9, evaluateCpu.get() / 1e9, (writeCpu + finishCpu) / 1e9, process / 1e9,
                PeakMemory.describe());
    }
}
