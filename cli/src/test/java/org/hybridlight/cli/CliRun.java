package org.hybridlight.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HybridLight.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs with a stdout that takes {@code accepted} bytes and then fails as a full disk does; {@link #out} holds
     * what got through.
     */
    static CliRun withFailingStdout(int accepted, String... args) {
        StringBuilder got = new StringBuilder();
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (written >= accepted) {
                    throw new IOException("No space left on device");
                }
                written++;
                got.append((char) b);
            }
        };
        HybridLight.FailureRecorder stdout = new HybridLight.FailureRecorder(full);
        StringWriter err = new StringWriter();
        int code = HybridLight.run(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                stdout::reason, new PrintWriter(err), args);
        return new CliRun(code, got.toString(), err.toString());
    }
}
