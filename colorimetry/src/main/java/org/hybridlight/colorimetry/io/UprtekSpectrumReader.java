package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * UPRtek CV600 / MK350 export, as text saved from its .xls (tab separated): {@code label<TAB>value} lines with the
 * instrument's figures ({@code CCT}, {@code Duv}, {@code LUX}, {@code CIE1931 x}, {@code CIE1931 y}, {@code Ra},
 * {@code R1}…{@code R15}, {@code TM30 Rf}, {@code TM30 Rg}, …) and one {@code 380nm<TAB>value} line per wavelength.
 * Read by {@link InstrumentExportReader}.
 */
final class UprtekSpectrumReader {

    private static final Pattern SPECTRAL = Pattern.compile("(?i)([0-9]+(?:\\.[0-9]+)?)\\s*nm");
    private static final Pattern DETECT = Pattern.compile("(?im)^[0-9]+(?:\\.[0-9]+)?\\s*nm\\t");

    private UprtekSpectrumReader() {
    }

    /** True when {@code head} has a UPRtek spectral line ({@code 380nm<TAB>}). */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        return InstrumentExportReader.read(file, text, options, "UPRtek", '\t', SPECTRAL, "380nm<TAB>value");
    }
}
