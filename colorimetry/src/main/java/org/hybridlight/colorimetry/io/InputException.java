package org.hybridlight.colorimetry.io;

import java.nio.file.Path;

/**
 * Bad user input, with the place it was found: a file and line, or a file and field path. Its message is the
 * one line the tool prints. {@link #fileUnavailable()} tells a missing or unreadable input file (exit 66) from
 * malformed content (exit 65), see {@link ExitCode#of(InputException)}.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;
    private final boolean fileUnavailable;

    public InputException(String where, String problem) {
        this(where, problem, false);
    }

    /** With a cause; an input file that could not be read anywhere in the chain keeps this one unavailable too. */
    public InputException(String where, String problem, Throwable cause) {
        this(where, problem, cause instanceof InputException e && e.fileUnavailable);
        initCause(cause);
    }

    private InputException(String where, String problem, boolean fileUnavailable) {
        super(where == null || where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
        this.problem = problem;
        this.fileUnavailable = fileUnavailable;
    }

    /** {@code file:line}. */
    public static InputException atLine(Path file, int line, String problem) {
        return new InputException(file + ":" + line, problem);
    }

    /** An input file that does not exist or cannot be read (as opposed to one whose content is bad). */
    public static InputException unavailable(Path file, String problem) {
        return new InputException(file.toString(), problem, true);
    }

    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    /** True when an input file does not exist or cannot be read. */
    public boolean fileUnavailable() {
        return fileUnavailable;
    }
}
