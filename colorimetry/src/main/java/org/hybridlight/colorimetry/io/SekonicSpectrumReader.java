package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sekonic C-7000 / C-800 SpectroMaster CSV export: one measurement per file, a block of {@code name,value} lines
 * with the instrument's figures ({@code CCT[K]}, {@code ⊿uv}/{@code Duv}, {@code Illuminance[lx]}, {@code x},
 * {@code y}, {@code Ra}, {@code R1}…{@code R15}, {@code Rf}, {@code Rg}, …) followed by the spectral block, one
 * {@code Spectral Data 380[nm],value} line per wavelength. Read by {@link InstrumentExportReader}.
 */
final class SekonicSpectrumReader {

    private static final Pattern SPECTRAL = Pattern.compile("(?i)spectral data\\s+([0-9.]+)\\s*(?:\\[nm\\])?");
    private static final Pattern DETECT = Pattern.compile("(?im)^\"?spectral data\\s+\\d");

    private SekonicSpectrumReader() {
    }

    /** True when {@code head} has a Sekonic spectral line. */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        return InstrumentExportReader.read(file, text, options, "Sekonic", ',', SPECTRAL, "Spectral Data …[nm]");
    }
}
