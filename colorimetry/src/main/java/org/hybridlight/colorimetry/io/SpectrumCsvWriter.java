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
        StringBuilder s = new StringBuilder();
        s.append("# white spectrum of ").append(name).append(", W/nm, exported by hybridlight\n");
        s.append("wavelength_nm,").append(name.replace(',', ' ')).append('\n');
        for (int i = 0; i < wPerNm.length; i++) {
            double wl = grid.wavelengthNm(i);
            s.append(wl == Math.rint(wl) ? String.valueOf((long) wl) : String.valueOf(wl)).append(',')
                    .append(wPerNm[i]).append('\n');
        }
        return s.toString();
    }

    /** Writes the CSV whole or not at all. */
    public static void write(Path out, String name, WavelengthGrid grid, double[] wPerNm) throws IOException {
        AtomicFiles.writeString(out, toCsv(name, grid, wPerNm));
    }
}
