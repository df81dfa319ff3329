package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sekonic C-7000 / C-800 SpectroMaster CSV export: one measurement per file, a block of {@code name,value} lines
 * with the instrument's figures ({@code CCT[K]}, {@code ⊿uv}/{@code Duv}, {@code Illuminance[lx]}, {@code x},
 * {@code y}, {@code Ra}, {@code R1}…{@code R15}, {@code Rf}, {@code Rg}, …) followed by the spectral block, one
 * {@code Spectral Data 380[nm],value} line per wavelength. Figures not known to {@link InstrumentFigures} are kept
 * as metadata.
 */
final class SekonicSpectrumReader {

    /** The prefix of every spectral line, which also identifies the format. */
    static final String SPECTRAL_PREFIX = "spectral data ";

    private SekonicSpectrumReader() {
    }

    /** True when {@code head} has a Sekonic spectral line. */
    static boolean looksLike(CharSequence head) {
        return head.toString().toLowerCase(Locale.ROOT).matches("(?s).*(^|\\n)\"?spectral data \\d.*");
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        double[] wl = new double[64];
        double[] values = new double[64];
        int n = 0;
        int firstSpectral = -1;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            String key = (comma < 0 ? line : line.substring(0, comma)).replace("\"", "").strip();
            String value = comma < 0 ? "" : line.substring(comma + 1).replace("\"", "").strip();
            int next = value.indexOf(',');
            if (next >= 0) {
                value = value.substring(0, next).strip();
            }
            if (key.toLowerCase(Locale.ROOT).startsWith(SPECTRAL_PREFIX)) {
                String wlText = key.substring(SPECTRAL_PREFIX.length()).replaceAll("(?i)\\s*\\[nm\\]$", "").strip();
                double w;
                double v;
                try {
                    w = DecimalNumber.parse(wlText);
                    v = DecimalNumber.parse(value);
                } catch (NumberFormatException e) {
                    throw InputException.atLine(file, lineNo, "Sekonic spectral line: " + e.getMessage());
                }
                SpectrumChecks.wavelength(file, lineNo, w, n == 0 ? Double.NaN : wl[n - 1], wlText);
                if (v < 0) {
                    throw InputException.atLine(file, lineNo, "spectral value must not be negative, got " + value);
                }
                if (n == wl.length) {
                    wl = Arrays.copyOf(wl, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                if (firstSpectral < 0) {
                    firstSpectral = lineNo;
                }
                wl[n] = w;
                values[n++] = v;
            } else if (firstSpectral < 0) {
                String figure = InstrumentFigureNames.key(key);
                if (figure != null && DecimalNumber.problem(value) == null) {
                    figures.putIfAbsent(figure, Double.parseDouble(value));
                } else {
                    metadata.put(key, value);
                }
            }
        }
        if (n < 2) {
            throw new InputException(file.toString(), "Sekonic file has " + (n == 0 ? "no" : "only one")
                    + " 'Spectral Data …[nm]' line" + (n == 0 ? "s" : "")
                    + ": the spectral block is missing or cut (export the measurement with spectral data)");
        }
        SpectrumChecks.unit(file, firstSpectral, wl, n, options.wavelengthUnit());
        String name = metadata.getOrDefault("Title", SpectrumChecks.baseName(file));
        return List.of(SpectrumChecks.spectrum(file, name, "spectral block from line " + firstSpectral, wl, values, n,
                metadata, new InstrumentFigures(figures)));
    }
}
