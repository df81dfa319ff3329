package org.hybridlight.cli;

/** A subcommand stopped after printing its one error line; carries the exit code. */
final class Stop extends Exception {

    private static final long serialVersionUID = 1L;

    final int code;

    Stop(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
