package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ocean Optics SpectraSuite / OceanView text export: header lines {@code Name: value} (Date, Spectrometer, Integration
 * Time (usec), Number of Pixels in Processed Spectrum, …), kept as metadata, then the spectrum between
 * {@code >>>>>Begin Processed Spectral Data<<<<<} (OceanView: {@code >>>>>Begin Spectral Data<<<<<}) and its End
 * line, one {@code wavelength<TAB>value} line per pixel (a decimal comma, as OceanView writes in some locales, is
 * read as a point).
 */
final class OceanOpticsSpectrumReader {

    private static final Pattern BEGIN = Pattern.compile("(?i)>+\\s*begin\\s+(?:processed\\s+)?spectral data\\s*<+");
    private static final Pattern END = Pattern.compile("(?i)>+\\s*end\\s+(?:processed\\s+)?spectral data\\s*<+");
    private static final Pattern DETECT = Pattern.compile("(?im)^>+\\s*begin\\s+(?:processed\\s+)?spectral data");

    private OceanOpticsSpectrumReader() {
    }

    /** True when {@code head} has the Begin line of the spectral data. */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options) throws InputException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, String> metadata = new LinkedHashMap<>();
        double[] wl = new double[256];
        double[] values = new double[256];
        int n = 0;
        int begin = -1;
        boolean ended = false;
        for (int i = 0; i < lines.length && !ended; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (begin < 0) {
                if (BEGIN.matcher(line).matches()) {
                    begin = lineNo;
                } else {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        metadata.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                    }
                }
                continue;
            }
            if (END.matcher(line).matches()) {
                ended = true;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\t|\\s+");
            if (cells.length != 2) {
                throw InputException.atLine(file, lineNo, "Ocean Optics spectral line: expected 'wavelength<TAB>value'"
                        + ", got " + cells.length + " cells");
            }
            double w;
            double v;
            try {
                w = DecimalNumber.parse(point(cells[0]));
                v = DecimalNumber.parse(point(cells[1]));
            } catch (NumberFormatException e) {
                throw InputException.atLine(file, lineNo, "Ocean Optics spectral line: " + e.getMessage());
            }
            SpectrumChecks.wavelength(file, lineNo, w, n == 0 ? Double.NaN : wl[n - 1], cells[0]);
            if (v < 0) {
                throw InputException.atLine(file, lineNo, "spectral value must not be negative, got " + cells[1]
                        + " (a dark-subtracted count below zero: export the irradiance or clip it)");
            }
            if (n == wl.length) {
                wl = Arrays.copyOf(wl, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            wl[n] = w;
            values[n++] = v;
        }
        if (begin < 0) {
            throw new InputException(file.toString(), "Ocean Optics file without a '>>>>>Begin Spectral Data<<<<<' line");
        }
        if (n < 2) {
            throw InputException.atLine(file, begin, "Ocean Optics spectral data has " + n
                    + " lines after its Begin line: the file is cut");
        }
        SpectrumChecks.unit(file, begin + 1, wl, n, options.wavelengthUnit());
        return List.of(SpectrumChecks.spectrum(file, SpectrumChecks.baseName(file), "spectral data from line "
                + (begin + 1), wl, values, n, metadata, InstrumentFigures.NONE));
    }

    /** A decimal comma as a point (a cell never holds a thousands separator). */
    private static String point(String cell) {
        return cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
    }
}
