package org.hybridlight.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/** "Measured" spectra made from a model dot at 300 K, so that a measured unit can be checked against the model. */
public final class MeasuredFixture {

    private MeasuredFixture() {
    }

    /** The model dot's absorbance (scaled by 0.37, as a measured spectrum has its own scale) on {@code grid}. */
    public static Spectrum absorbance(QuantumDot qd, WavelengthGrid grid) {
        double[] v = new double[grid.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.37 * qd.relativeAbsorbance(Photons.energyEv(grid.wavelengthNm(i)), 300);
        }
        return Spectrum.onGrid(grid, v);
    }

    /** The model dot's photoluminescence (W/nm, any scale) on {@code grid}: its emission under a blue LED. */
    public static Spectrum photoluminescence(QuantumDot qd, WavelengthGrid grid) {
        UnitResult r = new LedQdUnit(new Led(LedShape.OHNO_2005, 450, 20, 0.1, null), qd, 1, 0).simulate(300, grid);
        return Spectrum.onGrid(grid, r.emittedWPerNm().clone());
    }

    public static MeasuredQdSpectra spectra(QuantumDot qd, WavelengthGrid grid) {
        return new MeasuredQdSpectra(absorbance(qd, grid), photoluminescence(qd, grid), 300, Double.NaN, null, null);
    }

    /** Writes a spectrum as a CSV file with a header. */
    public static Path write(Path file, Spectrum s) throws IOException {
        StringBuilder b = new StringBuilder("# made from the model, for tests\nnm,value\n");
        for (int i = 0; i < s.size(); i++) {
            b.append(String.format(Locale.ROOT, "%.2f,%.9e%n", s.wavelengthNm(i), s.value(i)));
        }
        return Files.writeString(file, b.toString());
    }
}
