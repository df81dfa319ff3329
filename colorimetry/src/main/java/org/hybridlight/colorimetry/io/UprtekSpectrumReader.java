package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UPRtek CV600 / MK350 export, the tab-separated text its software saves under a {@code .xls} name:
 * {@code label<TAB>value} lines ({@code Model Name}, {@code Serial Number}, {@code Time}, {@code Memo}, then the
 * figures {@code LUX}, {@code fc}, {@code CCT}, {@code Duv}, {@code I-Time}, {@code X}, {@code Y}, {@code Z},
 * {@code x}, {@code y}, {@code u'}, {@code v'}, {@code LambdaP}, {@code CRI}, {@code R1}…{@code R15}, {@code TLCI},
 * {@code Rf}, {@code Rg}, {@code IRR}, …) and one {@code 380nm<TAB>value} line per wavelength (1 nm, 380-780 nm).
 * Read by {@link InstrumentExportReader}.
 */
final class UprtekSpectrumReader {

    private static final Pattern SPECTRAL = Pattern.compile("(?i)([0-9]+(?:\\.[0-9]+)?)\\s*nm");
    /** A spectral line, or the figure lines only UPRtek writes (so that a file without spectra is named). */
    private static final Pattern DETECT = Pattern.compile("(?im)^(?:[0-9]+(?:\\.[0-9]+)?\\s*nm|LambdaP|I-Time)\\t");

    private UprtekSpectrumReader() {
    }

    /** True when {@code head} has a UPRtek spectral line ({@code 380nm<TAB>}) or a figure line only UPRtek writes. */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        return InstrumentExportReader.read(file, text, options, "UPRtek", '\t', SPECTRAL, "380nm<TAB>value");
    }
}
