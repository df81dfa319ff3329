package org.hybridlight.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.IoErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hybridlight} command: design and evaluation of hybrid LED–quantum-dot white light sources. */
@Command(name = "hybridlight", mixinStandardHelpOptions = true, version = "hybridlight 0.1.0",
        description = "Design tool for hybrid LED-quantum-dot white light sources.",
        footer = {"", "The designer GUI starts with: ./hybridlight gui [DESIGN.json] (see ./hybridlight gui --help)."},
        subcommands = {EvaluateCommand.class, OptimizeCommand.class, BatchCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class HybridLight implements Callable<Integer> {

    /** Heap kept aside so that an out-of-memory error can still be reported in one line. */
    private static final int OOM_RESERVE_BYTES = 4 << 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // stdout straight to its file descriptor, so that a failed write (a full disk, /dev/full, a closed pipe)
        // is seen with its reason instead of being swallowed by System.out
        FailureRecorder stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout), true);
        System.exit(run(out, stdout::reason, new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, () -> null, err, args);
    }

    /**
     * Runs the command line; {@code stdoutFailure} gives the reason stdout failed, if known. A failed write to
     * stdout ends in {@link ExitCode#CANNOT_CREATE} whatever the command returned; running out of memory is one
     * line and {@link ExitCode#SOFTWARE}, not a stack trace.
     */
    static int run(PrintWriter out, Supplier<String> stdoutFailure, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HybridLight());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCode.SOFTWARE);
        cl.setParameterExceptionHandler((ex, a) -> {
            String message = ex.getMessage().replaceFirst("^(?i)error: ", "");
            ex.getCommandLine().getErr().println("error: " + message + " (see: "
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (causedByOutOfMemory(ex)) {
                throw (OutOfMemoryError) rootOutOfMemory(ex);
            }
            c.getErr().println("error: internal failure: " + ex);
            return ExitCode.SOFTWARE;
        });
        int code;
        // headroom to report running out of memory in, given back when it happens
        byte[][] reserve = {new byte[OOM_RESERVE_BYTES]};
        try {
            code = cl.execute(args);
            java.lang.ref.Reference.reachabilityFence(reserve[0]);
        } catch (OutOfMemoryError e) {
            reserve[0] = null;
            code = outOfMemory(err);
        }
        out.flush();
        if (out.checkError()) {
            String why = stdoutFailure.get();
            err.println("error: stdout: the output could not be written" + (why == null ? "" : ": " + why));
            code = ExitCode.CANNOT_CREATE;
        }
        err.flush();
        return code;
    }

    private static boolean causedByOutOfMemory(Throwable t) {
        return rootOutOfMemory(t) != null;
    }

    private static Throwable rootOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return c;
            }
        }
        return null;
    }

    private static int outOfMemory(PrintWriter err) {
        err.println(String.format(Locale.ROOT, "error: out of memory: the input needs more than the Java heap's "
                + "%d MiB; give Java more (e.g. JAVA_TOOL_OPTIONS=-Xmx8g) or split the input",
                Runtime.getRuntime().maxMemory() >> 20));
        return ExitCode.SOFTWARE;
    }

    /** {@code hybridlight} alone is a usage error: the usage goes to stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Passes bytes through and keeps the first failure's reason. */
    static final class FailureRecorder extends OutputStream {
        private final OutputStream out;
        private volatile String reason;

        FailureRecorder(OutputStream out) {
            this.out = out;
        }

        String reason() {
            return reason;
        }

        private IOException record(IOException e) {
            if (reason == null) {
                reason = IoErrors.reason(e);
            }
            return e;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }
    }
}
