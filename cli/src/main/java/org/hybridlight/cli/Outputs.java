package org.hybridlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.IoErrors;
import org.hybridlight.colorimetry.io.OutputFiles;

/**
 * What every subcommand does with its files, in one place: its inputs and outputs are named here, every output is
 * checked before any work ({@link OutputFiles}: not an input, not another output, writable), and all outputs are
 * written together at the end, all or none ({@link AtomicFiles.Group}). Each failure is one error line with the
 * exit code of its kind.
 */
final class Outputs implements AutoCloseable {

    private final PrintWriter err;
    private final List<OutputFiles.Named> inputs = new ArrayList<>();
    private final List<OutputFiles.Named> outputs = new ArrayList<>();
    private final AtomicFiles.Group group = new AtomicFiles.Group();

    Outputs(PrintWriter err) {
        this.err = err;
    }

    /** A file the command reads ({@code path} may be null: not given). */
    Outputs input(String label, Path path) {
        inputs.add(OutputFiles.named(label, path));
        return this;
    }

    /** A file the command will write ({@code path} may be null: not given). */
    Outputs output(String option, Path path) {
        outputs.add(OutputFiles.named(option, path));
        return this;
    }

    /** Checks every output named so far; {@link ExitCode#OK} or the code of the one error line printed. */
    int check() {
        try {
            OutputFiles.check(inputs, outputs);
            return ExitCode.OK;
        } catch (OutputFiles.Refused r) {
            err.println("error: " + r.getMessage());
            return r.exitCode();
        }
    }

    /** Puts an output into its temporary file; nothing is in place before {@link #commit}. */
    int stage(String option, Path path, AtomicFiles.Content content) {
        try {
            group.write(path, content);
            return ExitCode.OK;
        } catch (IOException e) {
            return cannotWrite(err, option, path, e);
        }
    }

    /** Moves every staged output into place. */
    int commit() {
        try {
            group.commit();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("error: cannot move the outputs into place: " + IoErrors.reason(e));
            return ExitCode.CANNOT_CREATE;
        }
    }

    /** Deletes whatever was staged and not committed. */
    @Override
    public void close() {
        try {
            group.close();
        } catch (IOException e) {
            err.println("warning: a temporary file could not be removed: " + IoErrors.reason(e));
        }
    }

    /** "error: --out: cannot write r.json: permission denied". */
    static int cannotWrite(PrintWriter err, String option, Path path, IOException e) {
        err.println("error: " + option + ": cannot write " + path + ": " + IoErrors.reason(e));
        return ExitCode.CANNOT_CREATE;
    }

    /** One line for a refused input, and its exit code (66 missing or unreadable, 65 bad content). */
    static int refused(PrintWriter err, InputException e) {
        err.println("error: " + e.getMessage());
        return ExitCode.of(e);
    }
}
