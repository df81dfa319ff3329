package org.hybridlight.source;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;


/**
 * What a unit does with its LED's light. Spectra are in W/nm on {@code grid}; powers in W; photon rates in 1/s.
 *
 * @param grid the wavelength grid of the spectra
 * @param ledWPerNm the LED's emission
 * @param transmittedWPerNm LED light that crosses the film
 * @param emittedWPerNm QD emission that leaves the film
 * @param totalWPerNm the unit's output: transmitted + emitted
 * @param opticalPowerInW LED optical power
 * @param transmittedW transmitted power
 * @param absorbedW LED power absorbed by the dots
 * @param emittedW QD emission leaving the film
 * @param absorbedPhotonsPerS absorbed LED photons per second
 * @param emittedPhotonsPerS emitted photons per second that leave the film
 * @param meanAbsorbedPhotonEv mean energy of the absorbed LED photons, eV
 * @param meanEmittedPhotonEv mean energy of the emitted photons, eV
 * @param deltaEAvgEv average up-conversion energy gain (paper Fig. 5a): mean emitted − mean absorbed photon energy
 * @param excitationPhotonEv the excitation photon of the paper's ΔE_max: the LED's peak photon energy, eV
 * @param deltaEMaxEv maximum gain (paper Fig. 5a): the highest detectable emitted photon energy (1 % of the emission
 *     peak) − the excitation photon energy
 */
public record UnitResult(WavelengthGrid grid, double[] ledWPerNm, double[] transmittedWPerNm, double[] emittedWPerNm,
        double[] totalWPerNm, double opticalPowerInW, double transmittedW, double absorbedW, double emittedW,
        double absorbedPhotonsPerS, double emittedPhotonsPerS, double meanAbsorbedPhotonEv,
        double meanEmittedPhotonEv, double deltaEAvgEv, double excitationPhotonEv, double deltaEMaxEv) {

    /** Light out over light in. */
    public double powerConversionEfficiency() {
        return (transmittedW + emittedW) / opticalPowerInW;
    }

    /** Optical power out, W. */
    public double opticalPowerOutW() {
        return transmittedW + emittedW;
    }

    /** Absorbed minus emitted power, W: heat left in the film; negative means optical cooling. */
    public double heatLoadW() {
        return absorbedW - emittedW;
    }

    /** The same unit driven {@code factor} times harder: everything in it is linear in the LED power. */
    public UnitResult scaled(double factor) {
        return new UnitResult(grid, times(ledWPerNm, factor), times(transmittedWPerNm, factor),
                times(emittedWPerNm, factor), times(totalWPerNm, factor), opticalPowerInW * factor,
                transmittedW * factor, absorbedW * factor, emittedW * factor, absorbedPhotonsPerS * factor,
                emittedPhotonsPerS * factor, meanAbsorbedPhotonEv, meanEmittedPhotonEv, deltaEAvgEv, excitationPhotonEv,
                deltaEMaxEv);
    }

    private static double[] times(double[] v, double f) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i] * f;
        }
        return r;
    }

    public Spectrum totalSpectrum() {
        return Spectrum.onGrid(grid, totalWPerNm);
    }
}
