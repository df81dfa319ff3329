package org.hybridlight.colorimetry.io;

import java.nio.file.Path;

/**
 * Bad user input, with the place it was found: a file and line, or a file and field path. Its message is the
 * one line the tool prints.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String problem;

    public InputException(String where, String problem) {
        super(where == null || where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    public InputException(String where, String problem, Throwable cause) {
        this(where, problem);
        initCause(cause);
    }

    /** {@code file:line}. */
    public static InputException atLine(Path file, int line, String problem) {
        return new InputException(file + ":" + line, problem);
    }

    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }
}
