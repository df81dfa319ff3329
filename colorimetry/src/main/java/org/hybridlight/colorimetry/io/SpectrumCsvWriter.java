package org.hybridlight.colorimetry.io;

import java.io.IOException;
import java.nio.file.Path;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/** Writes one spectrum as CSV that {@link SpectrumFileReader} reads back: a comment, a header, nm and W/nm. */
public final class SpectrumCsvWriter {

    private SpectrumCsvWriter() {
    }

    /** The CSV text of {@code wPerNm} on {@code grid}. */
    public static String toCsv(String name, WavelengthGrid grid, double[] wPerNm) {
        double[] wl = new double[wPerNm.length];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = grid.wavelengthNm(i);
        }
        return toCsv("white spectrum of " + name + ", W/nm", name, wl, wPerNm);
    }

    /** The CSV text of a spectrum: the comment {@code what}, a header naming it {@code name}, then nm and values. */
    public static String toCsv(String what, String name, double[] wavelengthsNm, double[] values) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(what.replace('\n', ' ')).append(", exported by hybridlight\n");
        s.append("wavelength_nm,").append(name.replace(',', ' ').replace('\n', ' ').replace('"', ' ')).append('\n');
        for (int i = 0; i < values.length; i++) {
            double wl = wavelengthsNm[i];
            s.append(wl == Math.rint(wl) ? String.valueOf((long) wl) : String.valueOf(wl)).append(',')
                    .append(values[i]).append('\n');
        }
        return s.toString();
    }

    /** Writes the CSV whole or not at all. */
    public static void write(Path out, String name, WavelengthGrid grid, double[] wPerNm) throws IOException {
        AtomicFiles.writeString(out, toCsv(name, grid, wPerNm));
    }
}
