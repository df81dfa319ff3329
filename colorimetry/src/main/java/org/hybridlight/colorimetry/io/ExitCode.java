package org.hybridlight.colorimetry.io;

/**
 * The process exit codes of every hybridlight program (command line and designer), following BSD sysexits so that
 * scripts can tell the kinds of failure apart. Defined here once; nothing else writes an exit code as a number.
 */
public final class ExitCode {

    public static final int OK = 0;
    /** Bad command line (picocli's usual code). */
    public static final int USAGE = 2;
    /**
     * An optimization finished but could not meet its target or constraints: the best design found is reported
     * and written in full, but it is not what was asked for.
     */
    public static final int INFEASIBLE = 4;
    /** Input data is malformed: a bad spectrum, design or config file. */
    public static final int DATA = 65;
    /** An input file does not exist or cannot be read. */
    public static final int NO_INPUT = 66;
    /** A required program or service is missing (e.g. no display for the designer). */
    public static final int UNAVAILABLE = 69;
    /** An internal error: a bug. */
    public static final int SOFTWARE = 70;
    /** An output file cannot be created. */
    public static final int CANNOT_CREATE = 73;
    /** An output is locked by another run that is still going (sysexits' EX_TEMPFAIL): try again later. */
    public static final int LOCKED = 75;

    private ExitCode() {
    }

    /** The code of a refused input: {@link #NO_INPUT} for a missing or unreadable file, else {@link #DATA}. */
    public static int of(InputException e) {
        return e.fileUnavailable() ? NO_INPUT : DATA;
    }
}
