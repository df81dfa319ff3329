package org.hybridlight.cli;

import java.io.PrintWriter;
import org.hybridlight.colorimetry.io.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hybridlight} command: design and evaluation of hybrid LED–quantum-dot white light sources. */
@Command(name = "hybridlight", mixinStandardHelpOptions = true, version = "hybridlight 0.1.0",
        description = "Design tool for hybrid LED-quantum-dot white light sources.",
        footer = {"", "The designer GUI starts with: ./hybridlight gui [DESIGN.json] (see ./hybridlight gui --help)."},
        subcommands = {EvaluateCommand.class, OptimizeCommand.class, BatchCommand.class,
            CommandLine.HelpCommand.class})
public final class HybridLight implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HybridLight());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCode.SOFTWARE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + " (see: hybridlight "
                    + ex.getCommandLine().getCommandName() + " --help)");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("error: internal failure: " + ex);
            return ExitCode.SOFTWARE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
