package org.hybridlight.optimizer.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An append-only CSV of batch results that survives being killed at any moment: every row is written whole and
 * forced to disk before the next; on resume a torn last line (no newline) is cut off, and the keys (first
 * column) of the complete rows tell which jobs are done. Thread-safe.
 */
public final class ResultsCsv implements AutoCloseable {

    private final FileChannel channel;
    private final Set<String> doneKeys;

    private ResultsCsv(FileChannel channel, Set<String> doneKeys) {
        this.channel = channel;
        this.doneKeys = doneKeys;
    }

    /**
     * Opens {@code file} for a run: a new file with {@code header} (refusing to overwrite an existing one unless
     * {@code resume}), or, when resuming, the existing file after checking its header.
     */
    public static ResultsCsv open(Path file, List<String> header, boolean resume) throws IOException {
        String headerLine = String.join(",", header);
        if (resume && Files.exists(file)) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            if (end < text.length()) {
                ch.truncate(end);
                text = text.substring(0, end);
            }
            String[] lines = text.split("\n");
            if (text.isEmpty() || !lines[0].equals(headerLine)) {
                ch.close();
                throw new IOException(file + ": cannot resume: its header is not this sweep's ("
                        + (text.isEmpty() ? "file is empty" : lines[0]) + ")");
            }
            Set<String> done = new HashSet<>();
            for (int i = 1; i < lines.length; i++) {
                int comma = lines[i].indexOf(',');
                done.add(comma < 0 ? lines[i] : lines[i].substring(0, comma));
            }
            ch.position(ch.size());
            return new ResultsCsv(ch, done);
        }
        if (Files.exists(file) && !resume) {
            throw new IOException(file + ": exists; use --resume to finish it or choose another --out");
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ResultsCsv csv = new ResultsCsv(ch, new HashSet<>());
        csv.writeLine(headerLine);
        return csv;
    }

    /** Keys of the rows already in the file. */
    public synchronized Set<String> doneKeys() {
        return Set.copyOf(doneKeys);
    }

    /** Appends one row (first cell = key) and forces it to disk. */
    public synchronized void append(List<String> cells) throws IOException {
        List<String> escaped = new ArrayList<>(cells.size());
        for (String c : cells) {
            escaped.add(escape(c));
        }
        writeLine(String.join(",", escaped));
        doneKeys.add(cells.get(0));
    }

    private void writeLine(String line) throws IOException {
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

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
