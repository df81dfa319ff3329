package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ocean Optics SpectraSuite / OceanView text export: header lines {@code Name: value} kept as metadata (SpectraSuite:
 * {@code SpectraSuite Data File}, Date, Spectrometers, {@code Integration Time (usec)}, {@code Number of Pixels in
 * Processed Spectrum}; OceanView: Spectrometer, {@code Integration Time (sec)}, {@code XAxis mode},
 * {@code Number of Pixels in Spectrum}), then the spectrum after {@code >>>>>Begin Processed Spectral Data<<<<<}
 * (OceanView: {@code >>>>>Begin Spectral Data<<<<<}) up to its End line, which OceanView does not write: one
 * {@code wavelength<TAB>value} line per pixel (blanks also separate; a decimal comma, as some locales write, is read
 * as a point).
 *
 * <p>The pixel count of the header must match the lines read: OceanView files have no End line, so the count is
 * how a cut file shows. An {@code XAxis mode} other than Wavelengths (pixels, wavenumbers) is refused.
 *
 * <p>Dark-subtracted counts scatter around zero where there is no light, so small negative values are normal: they
 * are kept as measured, with one warning ({@link SpectrumChecks#negativesKept}). (The physical models count negative
 * values of measured spectra as zero.)
 */
final class OceanOpticsSpectrumReader {

    private static final Pattern BEGIN = Pattern.compile("(?i)>+\\s*begin\\s+(?:processed\\s+)?spectral data\\s*<+");
    private static final Pattern END = Pattern.compile("(?i)>+\\s*end\\s+(?:processed\\s+)?spectral data\\s*<+");
    /** The Begin line, or header lines only Ocean Optics writes (so that a file without spectra is named). */
    private static final Pattern DETECT = Pattern.compile("(?im)^(?:>+\\s*begin\\s+(?:processed\\s+)?spectral data"
            + "|spectrasuite data file|number of pixels in (?:processed )?spectrum:)");
    private static final Pattern PIXELS = Pattern.compile("(?i)number of pixels in (?:processed )?spectrum");
    private static final Pattern LEADING_INT = Pattern.compile("\\s*(\\d+).*");
    /** A pixel count has at most this many digits (an int; no spectrometer has a billion pixels). */
    private static final int MAX_PIXEL_DIGITS = 9;

    private OceanOpticsSpectrumReader() {
    }

    /** True when {@code head} has the Begin line of the spectral data or an Ocean Optics header line. */
    static boolean looksLike(CharSequence head) {
        return DETECT.matcher(head).find();
    }

    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options, Consumer<String> warnings)
            throws InputException {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, String> metadata = new LinkedHashMap<>();
        double[] wl = new double[256];
        double[] values = new double[256];
        int n = 0;
        int begin = -1;
        int pixels = -1;
        int pixelsLine = -1;
        boolean ended = false;
        for (int i = 0; i < lines.length && !ended; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (begin < 0) {
                if (BEGIN.matcher(line).matches()) {
                    begin = lineNo;
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String key = line.substring(0, colon).strip();
                    String value = line.substring(colon + 1).strip();
                    metadata.put(key, value);
                    Matcher count = LEADING_INT.matcher(value);
                    if (PIXELS.matcher(key).matches() && count.matches()) {
                        if (count.group(1).length() > MAX_PIXEL_DIGITS) {
                            throw InputException.atLine(file, lineNo, "Ocean Optics header: '" + key + "' of "
                                    + count.group(1).length() + " digits is no pixel count");
                        }
                        pixels = Integer.parseInt(count.group(1));
                        pixelsLine = lineNo;
                    }
                    if (key.equalsIgnoreCase("XAxis mode") && !value.toLowerCase(Locale.ROOT).startsWith("wavelength")) {
                        throw InputException.atLine(file, lineNo, "Ocean Optics file with XAxis mode '" + value
                                + "': its first column is not wavelengths in nm (export with XAxis mode Wavelengths)");
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
                // the last line without its line end: the file stops in the middle of a line
                String cut = i == lines.length - 1 && cells.length < 2 ? ": the file is cut" : "";
                throw InputException.atLine(file, lineNo, "Ocean Optics spectral line: expected 'wavelength<TAB>value'"
                        + ", got " + cells.length + " cell" + (cells.length == 1 ? "" : "s") + cut);
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
            if (n == wl.length) {
                wl = Arrays.copyOf(wl, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            wl[n] = w;
            values[n++] = v;
        }
        if (begin < 0) {
            throw new InputException(file.toString(), "Ocean Optics file without a '>>>>>Begin Spectral Data<<<<<' line"
                    + ": the spectral data is missing");
        }
        if (pixels >= 0 && n != pixels) {
            throw InputException.atLine(file, pixelsLine, "Ocean Optics header announces " + pixels + " pixels but "
                    + n + " spectral lines follow its Begin line (line " + begin + "): the file is cut");
        }
        if (n < 2) {
            throw InputException.atLine(file, begin, "Ocean Optics spectral data has " + n
                    + " lines after its Begin line: the file is cut");
        }
        SpectrumChecks.unit(file, begin + 1, wl, n, options.wavelengthUnit());
        SpectrumChecks.negativesKept(file, begin + 1, "Ocean Optics spectral values", wl, values, n, warnings);
        return List.of(SpectrumChecks.spectrum(file, SpectrumChecks.baseName(file), "spectral data from line "
                + (begin + 1), wl, values, n, metadata, InstrumentFigures.NONE));
    }

    /** A decimal comma as a point (a cell never holds a thousands separator). */
    private static String point(String cell) {
        return cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
    }
}
