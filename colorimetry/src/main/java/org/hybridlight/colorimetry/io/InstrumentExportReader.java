package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout Sekonic and UPRtek exports share: {@code label<sep>value} lines with the instrument's figures, then one
 * line per wavelength whose label carries the wavelength. Labels {@link InstrumentFigureNames} knows become
 * {@link InstrumentFigures}, the other lines metadata.
 */
final class InstrumentExportReader {

    private InstrumentExportReader() {
    }

    /**
     * The one spectrum of {@code text}.
     *
     * @param format the format's name for messages ("Sekonic")
     * @param separator the cell separator
     * @param spectralLabel a label of a spectral line, its group 1 the wavelength
     * @param spectralForm how a spectral line looks, for the message when there are too few
     */
    static List<NamedSpectrum> read(Path file, String text, SpectrumReadOptions options, String format,
            char separator, Pattern spectralLabel, String spectralForm) throws InputException {
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
            int sep = line.indexOf(separator);
            String key = (sep < 0 ? line : line.substring(0, sep)).replace("\"", "").strip();
            String value = sep < 0 ? "" : line.substring(sep + 1).replace("\"", "").strip();
            int next = value.indexOf(separator);
            if (next >= 0) {
                value = value.substring(0, next).strip();
            }
            Matcher m = spectralLabel.matcher(key);
            if (m.matches()) {
                String wlText = m.group(1);
                double w;
                double v;
                try {
                    w = DecimalNumber.parse(wlText);
                    v = DecimalNumber.parse(value);
                } catch (NumberFormatException e) {
                    throw InputException.atLine(file, lineNo, format + " spectral line: " + e.getMessage());
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
            throw new InputException(file.toString(), format + " file has " + (n == 0 ? "no" : "only one")
                    + " '" + spectralForm + "' line" + (n == 0 ? "s" : "")
                    + ": the spectral block is missing or cut (export the measurement with spectral data)");
        }
        SpectrumChecks.unit(file, firstSpectral, wl, n, options.wavelengthUnit());
        String name = metadata.getOrDefault("Title", SpectrumChecks.baseName(file));
        return List.of(SpectrumChecks.spectrum(file, name, "spectral block from line " + firstSpectral, wl, values, n,
                metadata, new InstrumentFigures(figures)));
    }
}
