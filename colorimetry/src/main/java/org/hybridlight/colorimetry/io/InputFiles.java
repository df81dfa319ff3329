package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a text input file whole, within bounds: at most a stated number of bytes (a device such as
 * {@code /dev/zero} or a huge file is refused, not read until the heap is gone), no NUL byte (refused at the first
 * chunk that has one), valid UTF-8, a leading byte-order mark dropped; a file that starts with a UTF-16 byte-order
 * mark (as spreadsheets save "Unicode text") is decoded as UTF-16 and refused at its first NUL character instead. A file too large for the Java heap it would
 * need is refused before it is read. Every refusal is one {@link InputException} naming the file; a missing or
 * unreadable file is {@link InputException#fileUnavailable() unavailable}.
 */
public final class InputFiles {

    private static final int CHUNK = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private InputFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @param maxBytes the largest file accepted (at most 2 GiB)
     * @param memoryFactor heap needed per byte of the file to read and use it; a file that needs more than the
     *     Java heap's maximum is refused with the figures
     */
    public static String readText(Path file, long maxBytes, int memoryFactor) throws InputException {
        if (maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("at most 2 GiB, got " + maxBytes);
        }
        long size = size(file, maxBytes);
        requireHeap(file, size, memoryFactor);
        byte[] buf = new byte[(int) Math.min(maxBytes + 1, size >= 0 ? size + 1 : CHUNK)];
        int n = 0;
        Boolean utf16 = null;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(maxBytes + 1, 2L * buf.length));
                }
                int r = in.read(buf, n, Math.min(CHUNK, buf.length - n));
                if (r < 0) {
                    break;
                }
                if (utf16 == null && n + r >= 2) {
                    utf16 = isUtf16Bom(buf[0], buf[1]);
                }
                for (int i = n; i < n + r && utf16 != Boolean.TRUE; i++) {
                    if (buf[i] == 0) {
                        throw new InputException(file.toString(), "not a text file (contains NUL bytes)");
                    }
                }
                n += r;
                if (n > maxBytes) {
                    throw new InputException(file.toString(), "is larger than the " + bytes(maxBytes)
                            + " an input file of this kind may have");
                }
            }
        } catch (NoSuchFileException e) {
            throw InputException.unavailable(file, "no such file");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (utf16 == Boolean.TRUE) {
            return utf16(file, buf, n);
        }
        int start = n >= 3 && buf[0] == UTF8_BOM[0] && buf[1] == UTF8_BOM[1] && buf[2] == UTF8_BOM[2] ? 3 : 0;
        if (!isUtf8(buf, start, n - start)) {
            throw new InputException(file.toString(), "not a text file (invalid UTF-8)");
        }
        return new String(buf, start, n - start, StandardCharsets.UTF_8);
    }

    /**
     * The size of {@code file} in bytes (-1 for a device or pipe), refused when it is missing, a directory or larger
     * than {@code maxBytes}.
     */
    static long size(Path file, long maxBytes) throws InputException {
        long size;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw InputException.unavailable(file, "is a directory, not a file");
            }
            size = a.isRegularFile() ? a.size() : -1;
        } catch (NoSuchFileException e) {
            throw InputException.unavailable(file, "no such file");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > maxBytes) {
            throw new InputException(file.toString(), "is " + bytes(size) + ", larger than the " + bytes(maxBytes)
                    + " an input file of this kind may have");
        }
        return size;
    }

    /** Refuses a file of {@code size} bytes that needs {@code memoryFactor} bytes of heap per byte, beyond the heap. */
    static void requireHeap(Path file, long size, int memoryFactor) throws InputException {
        requireHeap(file, size, size * memoryFactor);
    }

    /** Refuses a file of {@code size} bytes whose reading needs {@code need} bytes of heap, beyond the heap. */
    static void requireHeap(Path file, long size, long need) throws InputException {
        long heap = Runtime.getRuntime().maxMemory();
        if (size > 0 && heap != Long.MAX_VALUE && need > heap) {
            throw new InputException(file.toString(), "is " + bytes(size) + "; reading it needs about "
                    + bytes(need) + " of memory, more than the Java heap's " + bytes(heap)
                    + " (give Java more, e.g. JAVA_TOOL_OPTIONS=-Xmx" + Math.max(1, need * 2 >> 30) + "g)");
        }
    }

    private static boolean isUtf16Bom(byte a, byte b) {
        return a == (byte) 0xFE && b == (byte) 0xFF || a == (byte) 0xFF && b == (byte) 0xFE;
    }

    /** UTF-16 after its byte-order mark, strictly decoded; NUL characters refused like NUL bytes in UTF-8. */
    private static String utf16(Path file, byte[] buf, int n) throws InputException {
        CharsetDecoder d = (buf[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = d.decode(ByteBuffer.wrap(buf, 2, n - 2)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file.toString(), "not a text file (invalid UTF-16)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(file.toString(), "not a text file (contains NUL characters)");
        }
        return text;
    }

    /** Text handed over in memory (an editor's state, a test): the same BOM rule as for files. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static InputException unreadable(Path file, IOException e) {
        return InputException.unavailable(file, "cannot read: " + IoErrors.reason(e));
    }

    /** Strict UTF-8 check without building a second copy of the text. */
    private static boolean isUtf8(byte[] b, int off, int len) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            out.clear();
            if (r.isUnderflow()) {
                r = d.flush(out);
                return !r.isError();
            }
        }
    }

    /** 1.5 GB, 300 MB, 12 kB. */
    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MiB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f KiB", Math.ceil(n / 1024.0));
    }
}
