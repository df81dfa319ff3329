package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one entry point for spectrum files: reads a file in any {@link SpectrumFormat}, detected from its content
 * (or forced), and hands each to its reader — delimited text ({@link DelimitedSpectrumReader}), IES TM-27 XML
 * ({@link Tm27SpectrumReader}), Sekonic, UPRtek and Ocean Optics exports ({@link SekonicSpectrumReader},
 * {@link UprtekSpectrumReader}, {@link OceanOpticsSpectrumReader}).
 *
 * <p>Every problem is an {@link InputException} naming the file and line: a missing or empty file, a cell that is
 * not a number by the {@link DecimalNumber} rule (so neither {@code 2f} nor {@code 0x1p3}), NaN, an infinite or
 * negative value (except in Ocean Optics and TM-27 files, whose dark-subtracted noise is kept with a warning), wavelengths that do not increase or are all below 10 (µm, unless converted), a row with the wrong
 * number of cells, fewer than two points, a spectrum that is zero everywhere, a file larger than
 * {@link #MAX_FILE_BYTES} or than the heap can hold. Text is UTF-8 (a byte-order mark dropped) or UTF-16 with its
 * byte-order mark.
 */
public final class SpectrumFileReader {

    /** The range a spectrum should cover for colorimetry; less gets a warning. */
    public static final double VISIBLE_FROM_NM = 380;
    public static final double VISIBLE_TO_NM = 780;

    private SpectrumFileReader() {
    }

    /**
     * The largest spectrum file read (1 GiB; 10,000 spectra of 401 points take 35 MB). Reading needs about
     * {@link #MEMORY_PER_BYTE} bytes of heap per byte of the file: the bytes, the text, the values and the spectra.
     */
    public static final long MAX_FILE_BYTES = 1L << 30;
    static final int MEMORY_PER_BYTE = 4;

    /** Reads every spectrum of {@code file}, its format detected; warnings (e.g. a short range) go to {@code warnings}. */
    public static List<NamedSpectrum> read(Path file, Consumer<String> warnings) throws InputException {
        return read(file, SpectrumReadOptions.DETECT, warnings);
    }

    /** Reads every spectrum of {@code file} as {@code options} say. */
    public static List<NamedSpectrum> read(Path file, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        return parse(file, InputFiles.readText(file, MAX_FILE_BYTES, MEMORY_PER_BYTE), options, warnings);
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
        SpectrumFormat format = options.format() != null ? options.format() : SpectrumFormat.detect(text);
        List<NamedSpectrum> spectra = switch (format) {
            case CSV -> DelimitedSpectrumReader.read(file, text, options);
            case TM27 -> Tm27SpectrumReader.read(file, text, options, warnings);
            case SEKONIC -> SekonicSpectrumReader.read(file, text, options);
            case UPRTEK -> UprtekSpectrumReader.read(file, text, options);
            case OCEANOPTICS -> OceanOpticsSpectrumReader.read(file, text, options, warnings);
        };
        SpectrumChecks.coverage(file, spectra, warnings);
        return spectra;
    }
}
