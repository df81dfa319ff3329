package org.hybridlight.source;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * A simulated hybrid source. Immutable: the white is copied in and out, and results compare by content.
 *
 * @param grid wavelength grid of the spectra
 * @param units each unit's result at its drive weight
 * @param whiteWPerNm the white spectrum, W/nm
 * @param opticalPowerInW total LED optical power, W
 * @param opticalPowerOutW total optical power leaving the source, W
 * @param heatLoadW total heat left in the dots, W (negative: optical cooling)
 */
public record HybridResult(WavelengthGrid grid, List<UnitResult> units, double[] whiteWPerNm, double opticalPowerInW,
        double opticalPowerOutW, double heatLoadW) {

    public HybridResult {
        units = List.copyOf(units);
        whiteWPerNm = whiteWPerNm.clone();
    }

    @Override
    public double[] whiteWPerNm() {
        return whiteWPerNm.clone();
    }

    /** Light-to-light power-conversion efficiency of the whole source. */
    public double powerConversionEfficiency() {
        return opticalPowerOutW / opticalPowerInW;
    }

    public Spectrum whiteSpectrum() {
        return Spectrum.onGrid(grid, whiteWPerNm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HybridResult r && grid.equals(r.grid) && units.equals(r.units)
                && Arrays.equals(whiteWPerNm, r.whiteWPerNm) && Double.compare(opticalPowerInW, r.opticalPowerInW) == 0
                && Double.compare(opticalPowerOutW, r.opticalPowerOutW) == 0
                && Double.compare(heatLoadW, r.heatLoadW) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(grid, units, Arrays.hashCode(whiteWPerNm), opticalPowerInW, opticalPowerOutW, heatLoadW);
    }

    /** The figures without the white spectrum. */
    @Override
    public String toString() {
        return "HybridResult[grid=" + grid + ", units=" + units + ", opticalPowerInW=" + opticalPowerInW
                + ", opticalPowerOutW=" + opticalPowerOutW + ", heatLoadW=" + heatLoadW + "]";
    }
}
