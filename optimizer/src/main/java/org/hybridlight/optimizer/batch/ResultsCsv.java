package org.hybridlight.optimizer.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.InputException;

/**
 * An append-only CSV of batch results that survives being killed at any moment: every row is written whole and
 * forced to disk before the next; the keys (first column) of the complete rows tell which jobs are done.
 * Thread-safe.
 *
 * <p>A run holds an exclusive lock on the file ({@link FileChannel#tryLock}, released by the OS even after a kill)
 * and names itself in {@code RESULTS.csv.lock}: a second run on the same file stops at once with
 * {@link Locked}, naming the holder. Resuming checks everything before it changes a byte: the header, every row's
 * cell count and key, and, when given, the {@link SweepFingerprint} recorded beside the file; only then is a torn
 * last line (a kill mid-row) cut off. An empty file counts as a new one.
 */
public final class ResultsCsv implements AutoCloseable {

    /** Another run holds the file. */
    public static final class Locked extends IOException {
        private static final long serialVersionUID = 1L;

        Locked(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path holderFile;
    private final Set<String> doneKeys;

    private ResultsCsv(FileChannel channel, FileLock lock, Path holderFile, Set<String> doneKeys) {
        this.channel = channel;
        this.lock = lock;
        this.holderFile = holderFile;
        this.doneKeys = doneKeys;
    }

    /** As {@link #open(Path, List, boolean, SweepFingerprint)} without a fingerprint. */
    public static ResultsCsv open(Path file, List<String> header, boolean resume) throws IOException, InputException {
        return open(file, header, resume, null);
    }

    /**
     * Opens {@code file} for a run: a new (or empty) file with {@code header} and the fingerprint recorded beside
     * it, refusing to touch an existing one unless {@code resume}; or, when resuming, the existing file once it
     * proves to be this sweep's results.
     *
     * @throws Locked when another run holds the file
     * @throws InputException when an existing file is not this sweep's results (nothing is changed)
     * @throws IOException when the file cannot be created or written
     */
    public static ResultsCsv open(Path file, List<String> header, boolean resume, SweepFingerprint fingerprint)
            throws IOException, InputException {
        String headerLine = String.join(",", header);
        boolean existed = Files.exists(file);
        FileChannel ch = existed ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        Path holder = file.resolveSibling(file.getFileName() + ".lock");
        FileLock lock = null;
        try {
            lock = lock(ch, file, holder);
            Set<String> done = new HashSet<>();
            if (ch.size() > 0) {
                if (!resume) {
                    throw new IOException(file + ": exists; use --resume to finish it or choose another --out");
                }
                long keep = check(file, ch, headerLine, header.size(), fingerprint, done);
                ch.truncate(keep);
                ch.position(keep);
            } else {
                if (fingerprint != null) {
                    AtomicFiles.writeString(SweepFingerprint.sideFile(file), fingerprint.toJson());
                }
                write(ch, headerLine);
            }
            return new ResultsCsv(ch, lock, holder, done);
        } catch (IOException | InputException | RuntimeException e) {
            release(lock, holder);
            ch.close();
            if (!existed && lock != null) {
                // created here and refused: leave nothing behind
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /**
     * Holds {@code lockFile} (created if missing) exclusively for this process, naming the holder in
     * {@code holderFile}, until the returned channel is closed or the process dies: how a batch engine that writes
     * a directory (Spark) keeps a second run out, as {@link #open} does for a results file. The holder goes to a
     * file of its own because closing any other descriptor of the locked file would release the lock.
     *
     * @throws Locked when another run holds it
     */
    public static FileChannel lockExclusively(Path lockFile, Path holderFile) throws IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            lock(ch, lockFile.getParent(), holderFile);
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static FileLock lock(FileChannel ch, Path file, Path holder) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String who;
            try {
                who = Files.readString(holder).strip();
            } catch (IOException e) {
                who = "holder unknown";
            }
            throw new Locked(file + ": in use by another batch run (" + who + "); wait for it to finish or choose "
                    + "another --out");
        }
        ProcessHandle self = ProcessHandle.current();
        String since = self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString();
        Files.writeString(holder, "pid " + self.pid() + ", started " + since + "\n");
        return lock;
    }

    /**
     * Checks an existing file against this sweep, changing nothing; returns the length to keep (a torn last line,
     * one without its newline, is dropped) and fills {@code done} with the keys.
     */
    private static long check(Path file, FileChannel ch, String headerLine, int cells, SweepFingerprint fingerprint,
            Set<String> done) throws IOException, InputException {
        if (ch.size() > Integer.MAX_VALUE - 16) {
            throw new InputException(file.toString(), "cannot resume: too large to be a results file");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
        while (buf.hasRemaining() && ch.read(buf, buf.position()) >= 0) {
            // read it all
        }
        byte[] bytes = buf.array();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!first.equals(headerLine)) {
            throw new InputException(file.toString(), "cannot resume: not this sweep's results: "
                    + headerDifference(first, headerLine));
        }
        if (fingerprint != null) {
            Path side = SweepFingerprint.sideFile(file);
            if (!Files.exists(side)) {
                throw new InputException(file.toString(), "cannot resume: " + side.getFileName()
                        + " (the sweep these results were made with) is missing, so they may be another sweep's");
            }
            SweepFingerprint recorded = SweepFingerprint.read(side);
            if (!recorded.differencesFrom(fingerprint).isEmpty()) {
                throw new InputException(file.toString(), "cannot resume: the sweep changed since these results "
                        + "were made (" + fingerprint.describeChangesFrom(recorded) + "); finish with the old "
                        + "settings or choose another --out");
            }
        }
        int lastEnd = text.lastIndexOf('\n') + 1;
        String[] lines = text.substring(0, lastEnd).split("\n", -1);
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (cellCount(line) != cells) {
                throw new InputException(file + ":" + (i + 1), "cannot resume: not a complete row ("
                        + cellCount(line) + " cells, the header has " + cells + ")");
            }
            int comma = line.indexOf(',');
            if (!done.add(comma < 0 ? line : line.substring(0, comma))) {
                throw new InputException(file + ":" + (i + 1), "cannot resume: the combination "
                        + line.substring(0, comma) + " is there twice (were two runs writing this file?)");
            }
        }
        int keep = bytes.length;
        while (keep > 0 && bytes[keep - 1] != '\n') {
            keep--;
        }
        return keep;
    }

    /** What differs, told so that two headers that look alike can be told apart. */
    static String headerDifference(String found, String expected) {
        if (found.endsWith("\r") && found.substring(0, found.length() - 1).equals(expected)) {
            return "its lines end in CR LF (saved on Windows?); this tool writes LF only, convert it back "
                    + "(e.g. dos2unix) to resume";
        }
        String[] f = found.split(",", -1);
        String[] e = expected.split(",", -1);
        for (int i = 0; i < Math.max(f.length, e.length); i++) {
            String a = i < f.length ? f[i] : null;
            String b = i < e.length ? e[i] : null;
            if (a == null || !a.equals(b)) {
                return "its first line should be the header " + abbreviate(expected) + ", but column " + (i + 1)
                        + " is " + (a == null ? "missing" : visible(a)) + (b == null ? " (one too many)"
                        : " where '" + b + "' belongs");
            }
        }
        return "its header differs";
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : abbreviate(s).toCharArray()) {
            b.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return b.append('\'').toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Cells of a CSV line as {@link #escape} writes them (quoted cells may hold commas). */
    static int cellCount(String line) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** Keys of the rows already in the file. */
    public synchronized Set<String> doneKeys() {
        return Set.copyOf(doneKeys);
    }

    /** Appends one row (first cell = key) and forces it to disk. */
    public synchronized void append(List<String> cells) throws IOException {
        write(channel, line(cells));
        doneKeys.add(cells.get(0));
    }

    /** One row as this file writes it, without its line end (the Spark engine writes the same lines). */
    public static String line(List<String> cells) {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String c : cells) {
            escaped.add(escape(c));
        }
        return String.join(",", escaped);
    }

    private static void write(FileChannel channel, String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static void release(FileLock lock, Path holder) throws IOException {
        if (lock != null) {
            Files.deleteIfExists(holder);
            lock.release();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            release(lock, holderFile);
        } finally {
            channel.close();
        }
    }
}
