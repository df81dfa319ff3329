package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every command makes on its outputs before it does any work, so that a run never ends in "cannot
 * write" after minutes of computing, and never destroys what it reads: an output may not be the same file as an
 * input or as another output (real paths compared, symbolic links resolved, hard links found by file identity;
 * exit {@link ExitCode#USAGE}); its directory must exist and take new files, and the output must not be a
 * directory or a read-only file (exit {@link ExitCode#CANNOT_CREATE}). Writing is {@link AtomicFiles}' job.
 */
public final class OutputFiles {

    /** A file the command reads or writes, with what the user calls it (an option, a field path). */
    public record Named(String label, Path path) {
    }

    /** An output refused before any work, with the exit code of its kind. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        Refused(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private OutputFiles() {
    }

    /** A named file; {@code path} may be null (an option not given), such entries are skipped. */
    public static Named named(String label, Path path) {
        return new Named(label, path);
    }

    /**
     * Checks {@code outputs} against each other and against {@code inputs}.
     *
     * @throws Refused naming the output's option and file and the reason, in one line
     */
    public static void check(List<Named> inputs, List<Named> outputs) throws Refused {
        List<Path> inputsReal = new ArrayList<>();
        for (Named in : inputs) {
            inputsReal.add(in.path() == null ? null : realOrNull(in.path()));
        }
        Map<Path, String> seen = new HashMap<>();
        Set<Path> probed = new HashSet<>();
        for (Named out : outputs) {
            if (out.path() == null) {
                continue;
            }
            String where = out.label() + ": " + out.path();
            Path abs = out.path().toAbsolutePath();
            if (abs.getParent() == null || abs.getFileName() == null) {
                throw new Refused(where + ": not a file name", ExitCode.USAGE);
            }
            Path real;
            try {
                real = real(abs);
            } catch (IOException e) {
                throw new Refused(where + ": cannot write: " + IoErrors.reason(e), ExitCode.CANNOT_CREATE);
            }
            for (int k = 0; k < inputs.size(); k++) {
                Named in = inputs.get(k);
                if (inputsReal.get(k) != null && same(real, inputsReal.get(k))) {
                    throw new Refused(where + ": is the input " + in.label() + " (" + in.path()
                            + "); an output may not replace an input", ExitCode.USAGE);
                }
            }
            String other = seen.putIfAbsent(real, out.label());
            if (other != null) {
                throw new Refused(where + ": is also the " + other + " output", ExitCode.USAGE);
            }
            writable(where, real, probed);
        }
    }

    private static void writable(String where, Path real, Set<Path> probed) throws Refused {
        Path dir = real.getParent();
        if (!Files.exists(dir)) {
            throw new Refused(where + ": cannot write: directory " + dir + " does not exist", ExitCode.CANNOT_CREATE);
        }
        if (!Files.isDirectory(dir)) {
            throw new Refused(where + ": cannot write: " + dir + " is not a directory", ExitCode.CANNOT_CREATE);
        }
        if (Files.isDirectory(real)) {
            throw new Refused(where + ": cannot write: it is a directory", ExitCode.CANNOT_CREATE);
        }
        if (Files.exists(real) && !Files.isWritable(real)) {
            throw new Refused(where + ": cannot write: the file is read-only", ExitCode.CANNOT_CREATE);
        }
        if (!probed.add(dir)) {
            return;
        }
        try {
            // the one sure test that the directory takes new files (permissions, read-only mounts, quotas)
            Files.delete(Files.createTempFile(dir, ".hybridlight-", ".probe"));
        } catch (IOException e) {
            throw new Refused(where + ": cannot write in directory " + dir + ": " + IoErrors.reason(e),
                    ExitCode.CANNOT_CREATE);
        }
    }

    /** The real path of a file that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
    static Path real(Path abs) throws IOException {
        if (Files.exists(abs)) {
            return abs.toRealPath();
        }
        Path parent = abs.getParent();
        return parent == null ? abs : real(parent).resolve(abs.getFileName().toString());
    }

    private static Path realOrNull(Path p) {
        try {
            return real(p.toAbsolutePath());
        } catch (IOException e) {
            return null;
        }
    }

    /** The same file: the same real path, or (hard links) the same file identity. */
    private static boolean same(Path real, Path otherReal) {
        try {
            return otherReal.equals(real) || Files.exists(real) && Files.exists(otherReal)
                    && Files.isSameFile(real, otherReal);
        } catch (IOException e) {
            return false;
        }
    }
}
