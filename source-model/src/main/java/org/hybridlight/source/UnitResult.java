package org.hybridlight.source;

import java.util.Arrays;
import java.util.Objects;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * What a unit does with its LED's light. Spectra are in W/nm on {@code grid}; powers in W; photon rates in 1/s.
 * Immutable: the spectra are copied in and out, and results compare by content.
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

    public UnitResult {
        ledWPerNm = ledWPerNm.clone();
        transmittedWPerNm = transmittedWPerNm.clone();
        emittedWPerNm = emittedWPerNm.clone();
        totalWPerNm = totalWPerNm.clone();
    }

    @Override
    public double[] ledWPerNm() {
        return ledWPerNm.clone();
    }

    @Override
    public double[] transmittedWPerNm() {
        return transmittedWPerNm.clone();
    }

    @Override
    public double[] emittedWPerNm() {
        return emittedWPerNm.clone();
    }

    @Override
    public double[] totalWPerNm() {
        return totalWPerNm.clone();
    }

    /** Adds {@code factor} × the unit's output to {@code sum} (the white of several units, without a copy). */
    void addTotalTo(double[] sum, double factor) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += totalWPerNm[i] * factor;
        }
    }

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

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitResult r && grid.equals(r.grid) && Arrays.equals(ledWPerNm, r.ledWPerNm)
                && Arrays.equals(transmittedWPerNm, r.transmittedWPerNm)
                && Arrays.equals(emittedWPerNm, r.emittedWPerNm) && Arrays.equals(totalWPerNm, r.totalWPerNm)
                && Double.compare(opticalPowerInW, r.opticalPowerInW) == 0
                && Double.compare(transmittedW, r.transmittedW) == 0 && Double.compare(absorbedW, r.absorbedW) == 0
                && Double.compare(emittedW, r.emittedW) == 0
                && Double.compare(absorbedPhotonsPerS, r.absorbedPhotonsPerS) == 0
                && Double.compare(emittedPhotonsPerS, r.emittedPhotonsPerS) == 0
                && Double.compare(meanAbsorbedPhotonEv, r.meanAbsorbedPhotonEv) == 0
                && Double.compare(meanEmittedPhotonEv, r.meanEmittedPhotonEv) == 0
                && Double.compare(deltaEAvgEv, r.deltaEAvgEv) == 0 && Double.compare(deltaEMaxEv, r.deltaEMaxEv) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(grid, Arrays.hashCode(ledWPerNm), Arrays.hashCode(transmittedWPerNm),
                Arrays.hashCode(emittedWPerNm), Arrays.hashCode(totalWPerNm), opticalPowerInW, transmittedW, absorbedW,
                emittedW, absorbedPhotonsPerS, emittedPhotonsPerS, meanAbsorbedPhotonEv, meanEmittedPhotonEv,
                deltaEAvgEv, deltaEMaxEv);
    }

    /** The figures without the spectra (which are {@code grid.size()} values each). */
    @Override
    public String toString() {
        return "UnitResult[grid=" + grid + ", opticalPowerInW=" + opticalPowerInW + ", transmittedW=" + transmittedW
                + ", absorbedW=" + absorbedW + ", emittedW=" + emittedW + ", absorbedPhotonsPerS="
                + absorbedPhotonsPerS + ", emittedPhotonsPerS=" + emittedPhotonsPerS + ", meanAbsorbedPhotonEv="
                + meanAbsorbedPhotonEv + ", meanEmittedPhotonEv=" + meanEmittedPhotonEv + ", deltaEAvgEv="
                + deltaEAvgEv + ", deltaEMaxEv=" + deltaEMaxEv + "]";
    }
}
