package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout Sekonic and UPRtek exports share: {@code label<sep>value} lines with the instrument's figures, then
 * one or more spectral blocks of one line per wavelength whose label carries the wavelength. Labels
 * {@link InstrumentFigureNames} knows become {@link InstrumentFigures}, the other lines above the spectra metadata.
 *
 * <p>A Sekonic C-7000 file holds the same measurement twice, a 5 nm block and a 1 nm block, each from 380 nm; a
 * block ends at a blank or other line, or where the wavelengths start again at the block's first. The block with
 * the most points is read (the finest). All blocks end at the same wavelength in a whole file, so one that ends
 * short means the file was cut.
 */
final class InstrumentExportReader {

    private InstrumentExportReader() {
    }

    /** One run of spectral lines. */
    private static final class Block {
        final int firstLine;
        int lastLine;
        double[] wl = new double[64];
        double[] values = new double[64];
        int n;

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(int line, double w, double v) {
            if (n == wl.length) {
                wl = Arrays.copyOf(wl, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            wl[n] = w;
            values[n++] = v;
            lastLine = line;
        }

        double last() {
            return wl[n - 1];
        }
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
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                current = null;
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
            if (!m.matches()) {
                current = null;
                if (blocks.isEmpty()) {
                    String figure = InstrumentFigureNames.key(key);
                    if (figure != null && DecimalNumber.problem(value) == null) {
                        figures.putIfAbsent(figure, Double.parseDouble(value));
                    } else {
                        metadata.put(key, value);
                    }
                }
                continue;
            }
            String wlText = m.group(1);
            double w;
            double v;
            try {
                w = DecimalNumber.parse(wlText);
                v = DecimalNumber.parse(value);
            } catch (NumberFormatException e) {
                throw InputException.atLine(file, lineNo, format + " spectral line: " + e.getMessage());
            }
            boolean restart = current != null && w == current.wl[0];
            if (current == null || restart) {
                SpectrumChecks.wavelength(file, lineNo, w, Double.NaN, wlText);
                current = new Block(lineNo);
                blocks.add(current);
            } else {
                SpectrumChecks.wavelength(file, lineNo, w, current.last(), wlText);
            }
            if (v < 0) {
                throw InputException.atLine(file, lineNo, "spectral value must not be negative, got " + value);
            }
            current.add(lineNo, w, v);
        }
        Block best = chosen(file, format, spectralForm, blocks);
        SpectrumChecks.unit(file, best.firstLine, best.wl, best.n, options.wavelengthUnit());
        String name = metadata.getOrDefault("Title", SpectrumChecks.baseName(file));
        return List.of(SpectrumChecks.spectrum(file, name, "spectral block from line " + best.firstLine, best.wl,
                best.values, best.n, metadata, new InstrumentFigures(figures)));
    }

    /** The block with the most points (the last of equals), once every block is whole. */
    private static Block chosen(Path file, String format, String spectralForm, List<Block> blocks)
            throws InputException {
        Block best = null;
        Block longest = null;
        for (Block b : blocks) {
            if (best == null || b.n >= best.n) {
                best = b;
            }
            if (longest == null || b.last() > longest.last()) {
                longest = b;
            }
        }
        if (best == null || best.n < 2) {
            boolean none = best == null;
            throw new InputException(file.toString(), format + " file has " + (none ? "no" : "only one")
                    + " '" + spectralForm + "' line" + (none ? "s" : "")
                    + ": the spectral block is missing or cut (export the measurement with spectral data)");
        }
        for (Block b : blocks) {
            if (b.last() < longest.last()) {
                throw InputException.atLine(file, b.lastLine, format + " spectral block from line " + b.firstLine
                        + " ends at " + SpectrumChecks.format(b.last()) + " nm, the one from line "
                        + longest.firstLine + " at " + SpectrumChecks.format(longest.last())
                        + " nm: the file is cut");
            }
        }
        return best;
    }
}
