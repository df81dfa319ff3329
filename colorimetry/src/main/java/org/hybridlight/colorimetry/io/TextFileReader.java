package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A text file read as a stream, chunk by chunk, with the checks {@link InputFiles#readText} makes on a whole file:
 * UTF-8 (a byte-order mark dropped) or UTF-16 after its byte-order mark, strictly decoded, no NUL, at most a stated
 * number of bytes. A refusal surfaces from {@link #read} as an {@link Refusal} carrying the {@link InputException};
 * {@link #inputException} turns any exception of a parser reading from here back into one. A reader may be limited to
 * the bytes before an offset (it ends there until {@link #unlimit}) or opened at an offset, for reading one file in
 * parts ({@link ColumnParts}).
 */
final class TextFileReader extends Reader {

    private static final int CHUNK = 1 << 16;

    /** A refused input met while reading: an IOException, so that it passes through parsers unchanged. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InputException input;

        Refusal(InputException input) {
            super(input.getMessage());
            this.input = input;
        }

        InputException input() {
            return input;
        }
    }

    private final Path file;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean utf16;
    private final long maxBytes;
    private final long size;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    /** Bytes taken from {@link #in}, with those before it: the file offset of the next byte read. */
    private long total;
    private long limit = Long.MAX_VALUE;
    private boolean eof;
    /** Whether {@link #eof} is the {@link #limit}'s, not the file's. */
    private boolean atLimit;
    private boolean flushed;

    private TextFileReader(Path file, InputStream in, byte[] head, long offset, long maxBytes, long size) {
        this.file = file;
        this.in = in;
        this.maxBytes = maxBytes;
        this.size = size;
        this.total = offset + head.length;
        utf16 = head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
        int skip = utf16 ? 2 : head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB
                && head[2] == (byte) 0xBF ? 3 : 0;
        decoder = (utf16 ? head[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_8).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.put(head, skip, head.length - skip).flip();
    }

    /** Opens {@code file}; a missing file, a directory or one larger than {@code maxBytes} is refused here. */
    static TextFileReader open(Path file, long maxBytes) throws InputException {
        long size = InputFiles.size(file, maxBytes);
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            return new TextFileReader(file, in, in.readNBytes(3), 0, maxBytes, size);
        } catch (NoSuchFileException e) {
            throw InputException.unavailable(file, "no such file");
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the read failure is what the user needs to know
                }
            }
            throw InputException.unavailable(file, "cannot read: " + IoErrors.reason(e));
        }
    }

    /**
     * {@code file} from byte {@code offset} on, as UTF-8 (the offset starts a character: a line's start in a UTF-8
     * file). For a part of a file opened whole before, so the file's own failures were reported then.
     */
    static TextFileReader openAt(Path file, long offset, long maxBytes) throws IOException {
        FileChannel ch = FileChannel.open(file);
        try {
            ch.position(offset);
            return new TextFileReader(file, Channels.newInputStream(ch), new byte[0], offset, maxBytes, ch.size());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The file's size in bytes, -1 when it is not a regular file (a pipe). */
    long size() {
        return size;
    }

    long maxBytes() {
        return maxBytes;
    }

    boolean isUtf16() {
        return utf16;
    }

    /** Ends the text before byte {@code offset}; false (and no limit) when bytes from there on were read already. */
    boolean limitTo(long offset) {
        if (total > offset) {
            return false;
        }
        limit = offset;
        return true;
    }

    /** Lifts {@link #limitTo}: reading goes on after the limit (also once it has ended the text). */
    void unlimit() {
        limit = Long.MAX_VALUE;
        if (atLimit) {
            atLimit = false;
            eof = false;
            flushed = false;
            decoder.reset();
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                throw refusal("not a text file (invalid " + (utf16 ? "UTF-16" : "UTF-8") + ")");
            }
            if (out.position() > off) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    if (decoder.flush(out).isError()) {
                        throw refusal("not a text file (invalid " + (utf16 ? "UTF-16" : "UTF-8") + ")");
                    }
                    if (out.position() > off) {
                        break;
                    }
                }
                return -1;
            }
            bytes.compact();
            long left = limit - total;
            int n = left <= 0 ? -1 : in.read(bytes.array(), bytes.position(), (int) Math.min(bytes.remaining(), left));
            if (n < 0) {
                eof = true;
                atLimit = left <= 0;
            } else {
                bytes.position(bytes.position() + n);
                total += n;
                if (total > maxBytes) {
                    throw refusal("is larger than the " + InputFiles.bytes(maxBytes)
                            + " an input file of this kind may have");
                }
            }
            bytes.flip();
        }
        int n = out.position() - off;
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == 0) {
                throw refusal(utf16 ? "not a text file (contains NUL characters)"
                        : "not a text file (contains NUL bytes)");
            }
        }
        return n;
    }

    private Refusal refusal(String problem) {
        return new Refusal(new InputException(file.toString(), problem));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The input exception behind an exception of a parser that read from here (a refusal, possibly wrapped), else
     * "cannot read" with its reason.
     */
    static InputException inputException(Path file, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal r) {
                return r.input();
            }
        }
        return InputException.unavailable(file, "cannot read: " + IoErrors.reason(e));
    }
}
