package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one entry point for spectrum files: reads a file in any {@link SpectrumFormat}, detected from its content
 * (or forced), and hands each to its reader — delimited text ({@link DelimitedSpectrumReader}), IES TM-27 XML
 * ({@link Tm27SpectrumReader}), Sekonic, UPRtek and Ocean Optics exports ({@link SekonicSpectrumReader},
 * {@link UprtekSpectrumReader}, {@link OceanOpticsSpectrumReader}).
 *
 * <p>Every problem is an {@link InputException} naming the file and line: a missing or empty file, a cell that is
 * not a number by the {@link DecimalNumber} rule (so neither {@code 2f} nor {@code 0x1p3}), NaN, an infinite value,
 * a negative one in a Sekonic or UPRtek export (delimited text, Ocean Optics and TM-27 files keep the dark-subtracted
 * noise of a measurement, with one warning), values that sum to zero or less, wavelengths that do not increase or are
 * all below 10 (µm, unless converted), a row with the wrong number of cells, fewer than two points, a spectrum that is
 * zero everywhere, a file larger than {@link #MAX_FILE_BYTES} or than the heap can hold. {@link #open} reads a file
 * one spectrum at a time. Text is UTF-8 (a byte-order mark dropped) or UTF-16 with its byte-order mark.
 */
public final class SpectrumFileReader {

    /** The range a spectrum should cover for colorimetry; less gets a warning. */
    public static final double VISIBLE_FROM_NM = 380;
    public static final double VISIBLE_TO_NM = 780;

    private SpectrumFileReader() {
    }

    /**
     * The largest spectrum file read whole (1 GiB; 10,000 spectra of 401 points take 35 MB). Instrument exports and
     * XML need about {@link #MEMORY_PER_BYTE} bytes of heap per byte of the file (the bytes, the text, the values and
     * the spectra); delimited text is parsed as it is read, so a row-oriented file needs no more than one row and a
     * column-oriented one its values.
     */
    public static final long MAX_FILE_BYTES = 1L << 30;
    static final int MEMORY_PER_BYTE = 4;
    private static final int CHUNK = 1 << 16;

    /** Reads every spectrum of {@code file}, its format detected; warnings (e.g. a short range) go to {@code warnings}. */
    public static List<NamedSpectrum> read(Path file, Consumer<String> warnings) throws InputException {
        return read(file, SpectrumReadOptions.DETECT, warnings);
    }

    /** Reads every spectrum of {@code file} as {@code options} say; the warnings only once all are read. */
    public static List<NamedSpectrum> read(Path file, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        List<String> held = new ArrayList<>();
        try (SpectrumStream s = open(file, options, held::add)) {
            List<NamedSpectrum> spectra = s.toList();
            held.forEach(warnings);
            return spectra;
        }
    }

    /**
     * Opens {@code file} for reading its spectra one at a time: delimited text with one spectrum per row is parsed
     * as the spectra are asked for, everything else is read and checked here. Warnings go to {@code warnings} as
     * soon as they are known (for delimited text, here: its spectra share their wavelengths).
     */
    public static SpectrumStream open(Path file, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        return open(file, options, warnings, ColumnParts.Splitting.perCore());
    }

    /** The same, a large column-oriented file parsed in parts by {@code splitting}. */
    static SpectrumStream open(Path file, SpectrumReadOptions options, Consumer<String> warnings,
            ColumnParts.Splitting splitting) throws InputException {
        TextFileReader in = TextFileReader.open(file, MAX_FILE_BYTES);
        boolean handedOver = false;
        try {
            StringBuilder head = new StringBuilder();
            boolean eof = fill(file, in, head, SpectrumFormat.DETECT_CHARS);
            SpectrumFormat format = options.format() != null ? options.format()
                    : SpectrumFormat.detect(head.toString());
            if (format != SpectrumFormat.CSV) {
                // instrument exports and XML: small files, read whole
                InputFiles.requireHeap(file, in.size(), MEMORY_PER_BYTE);
                while (!eof) {
                    eof = fill(file, in, head, head.length() + CHUNK);
                }
                return SpectrumStream.of(parse(file, head.toString(), format, options, warnings));
            }
            char delimiter;
            while ((delimiter = DelimitedSpectrumReader.delimiter(head, eof)) == '\0') {
                // the first line runs on: only a line end (or the end of the file) can change that, so a long
                // header is scanned once, not again from its start at every chunk
                int from;
                do {
                    from = head.length();
                    eof = fill(file, in, head, from + CHUNK);
                } while (!eof && !hasLineEnd(head, from));
            }
            PushbackReader rest = new PushbackReader(in, Math.max(1, head.length()));
            rest.unread(head.toString().toCharArray());
            handedOver = true;
            return DelimitedSpectrumReader.open(file, rest, in, splitting, delimiter, options,
                    Map.of(), in.size(), DelimitedSpectrumReader.cellsPerChar(head, delimiter), warnings);
        } catch (IOException e) {
            throw TextFileReader.inputException(file, e);
        } finally {
            if (!handedOver) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the file was read, or its failure is reported
                }
            }
        }
    }

    private static boolean hasLineEnd(StringBuilder text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Appends characters of {@code in} to {@code head} until it has {@code target}; true at the end of the file. */
    private static boolean fill(Path file, Reader in, StringBuilder head, int target) throws InputException {
        char[] buf = new char[CHUNK];
        try {
            while (head.length() < target) {
                int r = in.read(buf, 0, Math.min(buf.length, target - head.length()));
                if (r < 0) {
                    return true;
                }
                head.append(buf, 0, r);
            }
            return false;
        } catch (IOException e) {
            throw TextFileReader.inputException(file, e);
        }
    }

    static List<NamedSpectrum> parse(Path file, String text, Consumer<String> warnings) throws InputException {
        return parse(file, text, SpectrumReadOptions.DETECT, warnings);
    }

    /** The spectra of {@code text}, the content of {@code file}. */
    public static List<NamedSpectrum> parse(Path file, String text, SpectrumReadOptions options,
            Consumer<String> warnings) throws InputException {
        text = InputFiles.withoutBom(text);
        if (text.indexOf('\0') >= 0) {
            throw new InputException(file.toString(), "not a text file (contains NUL bytes)");
        }
        return parse(file, text, options.format() != null ? options.format() : SpectrumFormat.detect(text), options,
                warnings);
    }

    private static List<NamedSpectrum> parse(Path file, String text, SpectrumFormat format,
            SpectrumReadOptions options, Consumer<String> warnings) throws InputException {
        List<String> held = new ArrayList<>();
        List<NamedSpectrum> spectra = switch (format) {
            case CSV -> DelimitedSpectrumReader.read(file, text, options, held::add);
            case TM27 -> Tm27SpectrumReader.read(file, text, options, warnings);
            case SEKONIC -> SekonicSpectrumReader.read(file, text, options);
            case UPRTEK -> UprtekSpectrumReader.read(file, text, options);
            case OCEANOPTICS -> OceanOpticsSpectrumReader.read(file, text, options, warnings);
        };
        if (format == SpectrumFormat.CSV) {
            held.forEach(warnings);
        } else {
            SpectrumChecks.coverage(file, spectra, warnings);
        }
        return spectra;
    }
}

