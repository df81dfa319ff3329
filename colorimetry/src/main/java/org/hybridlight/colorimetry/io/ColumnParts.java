package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A large column-oriented file parsed in parts on several threads: a column file must be read whole before its first
 * spectrum is complete, so its parsing would otherwise run on one core while the others wait. The file is cut at line
 * starts into {@link Splitting#maxParts} parts of at least {@link Splitting#minPartBytes}; the reading thread parses
 * the first (its reader {@link TextFileReader#limitTo limited} to it), one thread each the others, plain text only.
 * The parts are only read ahead: where one cannot be used as it is — a quote (quoted cells may span lines, so a cut
 * may fall inside one), any error, wavelengths that do not increase across a cut, Jackson's parser taking over in the
 * first part — the text from that part's start on is read again on the reading thread, in order, so errors and their
 * line numbers are exactly those of reading the file in one piece.
 */
final class ColumnParts implements AutoCloseable {

    /** How a file may be cut: into at most {@code maxParts} parts, each of at least {@code minPartBytes}. */
    record Splitting(int maxParts, long minPartBytes) {
        /** Smaller parts gain less than a thread costs to start. */
        static final long MIN_PART_BYTES = 4L << 20;
        static final Splitting NONE = new Splitting(1, Long.MAX_VALUE);

        /** A part per core. */
        static Splitting perCore() {
            return new Splitting(Runtime.getRuntime().availableProcessors(), MIN_PART_BYTES);
        }
    }

    private record Result(ColumnValues values, int lines) {
    }

    private record Part(long start, FutureTask<Result> task) {
    }

    /** How far past a cut a line start is looked for; a longer line leaves the file uncut there. */
    private static final int MAX_LINE_SEARCH = 1 << 20;

    private final Path file;
    private final char delimiter;
    private final int columns;
    private final long maxBytes;
    private final List<Part> parts = new ArrayList<>();
    private volatile boolean cancelled;
    private final AtomicLong cpuNanos = new AtomicLong();

    private ColumnParts(Path file, char delimiter, int columns, long maxBytes) {
        this.file = file;
        this.delimiter = delimiter;
        this.columns = columns;
        this.maxBytes = maxBytes;
    }

    /**
     * Starts reading the parts after the first of {@code source}'s file, which {@code first} reads, and limits
     * {@code source} to the first part; null (nothing changed) when the file is not cut: UTF-16, already with
     * Jackson's parser, too small, or no line start found.
     */
    static ColumnParts start(Path file, TextFileReader source, DelimitedRows first, char delimiter,
            int columns, Splitting splitting) throws IOException {
        if (source == null || source.isUtf16() || !first.isPlain() || splitting.maxParts() < 2) {
            return null;
        }
        long size = source.size();
        int k = (int) Math.min(splitting.maxParts(), size / splitting.minPartBytes());
        if (k < 2) {
            return null;
        }
        List<Long> starts = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file)) {
            for (int i = 1; i < k; i++) {
                long s = lineStartAfter(ch, size * i / k, size);
                if (s > 0 && s < size && (starts.isEmpty() || s > starts.get(starts.size() - 1))) {
                    starts.add(s);
                }
            }
        }
        if (starts.isEmpty() || !source.limitTo(starts.get(0))) {
            return null;
        }
        first.limited(source);
        ColumnParts p = new ColumnParts(file, delimiter, columns, source.maxBytes());
        for (int i = 0; i < starts.size(); i++) {
            long from = starts.get(i);
            long to = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
            FutureTask<Result> task = new FutureTask<>(() -> p.read(from, to));
            Thread t = new Thread(task, "read " + file.getFileName() + " part " + (i + 2));
            t.setDaemon(true);
            t.start();
            p.parts.add(new Part(from, task));
        }
        return p;
    }

    /** The offset of the first line start at or after {@code offset} (after an LF), -1 when none is near. */
    private static long lineStartAfter(FileChannel ch, long offset, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (long pos = offset - 1; pos < size && pos < offset + MAX_LINE_SEARCH; ) {
            b.clear();
            int n = ch.read(b, pos);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return -1;
    }

    /** One part, {@code [from, to)}: its values and its number of lines, null when it must be read again. */
    private Result read(long from, long to) {
        try (TextFileReader in = TextFileReader.openAt(file, from, maxBytes)) {
            if (to != Long.MAX_VALUE) {
                in.limitTo(to);
            }
            DelimitedRows rows = DelimitedRows.plainOnly(in, delimiter, 1);
            ColumnValues v = new ColumnValues(columns);
            while (!cancelled && rows.next()) {
                v.add(file, rows.line, rows, columns);
            }
            return cancelled ? null : new Result(v, rows.plainLine() - 1);
        } catch (IOException | InputException e) {
            return null;
        } finally {
            // the thread was started for this part: its CPU time is the part's
            cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }
    }

    /** The CPU time (ns) of the parts' threads so far. */
    long cpuNanos() {
        return cpuNanos.get();
    }

    /**
     * After {@code first}'s rows are in {@code data}: appends each part's rows in order; returns rows reading on from
     * the start of the first part that could not be appended (to be read and closed by the caller), or null when
     * all were (or {@code first} read on through the whole file).
     */
    DelimitedRows join(ColumnValues data, DelimitedRows first) throws IOException {
        if (first.unlimited()) {
            close();
            return null;
        }
        int lines = first.plainLine() - 1;
        for (Part part : parts) {
            Result r = result(part);
            if (r == null || data.n == 0 || !data.mayAppend(r.values())) {
                close();
                return new DelimitedRows(TextFileReader.openAt(file, part.start(), maxBytes),
                        delimiter, true, lines + 1);
            }
            data.append(r.values());
            lines += r.lines();
        }
        return null;
    }

    private static Result result(Part part) throws InterruptedIOException {
        try {
            return part.task().get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    /** Stops the parts still being read (their threads end at their next row). */
    @Override
    public void close() {
        cancelled = true;
    }
}

