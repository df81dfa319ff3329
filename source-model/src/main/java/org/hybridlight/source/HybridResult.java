package org.hybridlight.source;

import java.util.List;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * A simulated hybrid source.
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

    /** Light-to-light power-conversion efficiency of the whole source. */
    public double powerConversionEfficiency() {
        return opticalPowerOutW / opticalPowerInW;
    }

    public Spectrum whiteSpectrum() {
        return Spectrum.onGrid(grid, whiteWPerNm);
    }
}
