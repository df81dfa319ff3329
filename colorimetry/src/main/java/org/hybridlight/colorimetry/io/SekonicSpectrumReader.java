package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sekonic C-7000 / C-800 SpectroMaster CSV export (as the C-7000 Utility saves it): one measurement per file;
 * {@code Date Saved}, {@code Title}, then {@code name,value} lines with the meter's settings and figures
 * ({@code Measuring Mode}, {@code Viewing Angle [°]}, {@code Tcp [K]}, {@code ⊿uv}, {@code Illuminance [lx]},
 * {@code Illuminance [fc]}, {@code CIE1931 x}, {@code CIE1931 y}, {@code CIE1976 u'}, {@code CRI Ra},
 * {@code CRI R1}…{@code CRI R15}, {@code TM-30 Rf}, {@code TM-30 Rg}, {@code SSI…}, {@code TLCI}; {@code ---} when not
 * computed); then the spectral irradiance (W m⁻² nm⁻¹) twice, 380-780 nm in 5 nm and in 1 nm steps, one
 * {@code Spectral Data 380[nm],value} line per wavelength; then the TM-30 colour vector table. Read by
 * {@link InstrumentExportReader}, which takes the 1 nm block.
 */
final class SekonicSpectrumReader {

    private static final Pattern SPECTRAL = Pattern.compile("(?i)spectral data\\s+([0-9.]+)\\s*(?:\\[nm\\])?");
    /** A spectral line, or the figure lines only Sekonic writes (so that a file without spectra is named). */
    private static final Pattern DETECT = Pattern.compile(
            "(?im)^\"?(?:spectral data\\s+\\d|tcp \\[k\\]\"?,|viewing angle \\[°\\]\"?,)");

    private SekonicSpectrumReader() {
    }

    /** True when {@code head} has a Sekonic spectral line or a figure line only Sekonic writes. */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        return InstrumentExportReader.read(file, text, options, "Sekonic", ',', SPECTRAL, "Spectral Data …[nm]");
    }
}
