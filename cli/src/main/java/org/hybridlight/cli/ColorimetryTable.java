package org.hybridlight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;

/**
 * The human-readable form of {@code evaluate}: aligned columns with units, then R1–R14. A spectrum whose file has
 * its instrument's figures gets a second row, {@code "  - instrument"}, with ours minus the instrument's.
 */
final class ColorimetryTable {

    private ColorimetryTable() {
    }

    static void write(PrintWriter out, List<SpectrumLabel> spectra, List<Colorimetry> results) {
        int w = "spectrum".length();
        for (SpectrumLabel s : spectra) {
            w = Math.max(w, Math.max(s.name().length(), s.instrument().isEmpty() ? 0 : INSTRUMENT_ROW.length()));
        }
        String nameFmt = "%-" + w + "s";
        out.printf(Locale.ROOT, nameFmt + "  %8s %8s %8s %8s %9s %9s %6s %6s %6s %6s %10s  %-18s %s%n", "spectrum", "x",
                "y", "u'", "v'", "CCT (K)", "Duv", "Ra", "R9", "Rf", "Rg", "LER (lm/W)", "CRI reference", "CRI valid");
        for (int i = 0; i < results.size(); i++) {
            Colorimetry c = results.get(i);
            ColourRendering cr = c.colourRendering();
            out.printf(Locale.ROOT, nameFmt + "  %8.5f %8.5f %8.5f %8.5f %9s %9s %6s %6s %6s %6s %10.2f  %-18s %s%n",
                    spectra.get(i).name(), c.xy().x(), c.xy().y(), c.uvPrime().u(), c.uvPrime().v(),
                    fixed(c.cctK(), 1), fixed(c.duv(), 5), fixed(cr == null ? Double.NaN : cr.ra(), 1),
                    fixed(cr == null ? Double.NaN : cr.r(9), 1), fixed(c.rf(), 1), fixed(c.rg(), 1), c.lerLmPerW(),
                    cr == null ? "-" : cr.reference(),
                    cr == null ? "-" : cr.valid() ? "yes" : Double.isNaN(c.duv()) ? "no (Duv unknown)"
                            : "no (|Duv| > 0.0054)");
            InstrumentFigures f = spectra.get(i).instrument();
            if (!f.isEmpty()) {
                out.printf(Locale.ROOT, nameFmt + "  %8s %8s %8s %8s %9s %9s %6s %6s %6s %6s%n",
                        INSTRUMENT_ROW, d(c, f, "x", 5), d(c, f, "y", 5), d(c, f, "uPrime", 5),
                        d(c, f, "vPrime", 5), d(c, f, "cct", 1), d(c, f, "duv", 5), d(c, f, "ra", 1),
                        d(c, f, "r9", 1), d(c, f, "rf", 1), d(c, f, "rg", 1));
            }
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, nameFmt, "spectrum"));
        for (int i = 1; i <= 14; i++) {
            header.append(String.format(Locale.ROOT, " %6s", "R" + i));
        }
        out.println(header);
        for (int i = 0; i < results.size(); i++) {
            ColourRendering cr = results.get(i).colourRendering();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, nameFmt, spectra.get(i).name()));
            for (int k = 1; k <= 14; k++) {
                row.append(String.format(Locale.ROOT, " %6s", fixed(cr == null ? Double.NaN : cr.r(k), 1)));
            }
            out.println(row);
        }
    }

    /** The label of the row under a spectrum with ours minus its instrument's figures. */
    static final String INSTRUMENT_ROW = "  - instrument";

    private static String d(Colorimetry c, InstrumentFigures f, String key, int decimals) {
        String s = fixed(InstrumentDifference.difference(c, f, key), decimals);
        return s.startsWith("-") ? s : "+" + s;
    }

    /** {@code v} with {@code decimals} decimals, "-" when it cannot be computed (NaN), never "-0.0". */
    static String fixed(double v, int decimals) {
        return org.hybridlight.report.FixedDecimals.format(v, decimals);
    }
}
