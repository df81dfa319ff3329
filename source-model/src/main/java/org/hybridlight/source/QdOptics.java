package org.hybridlight.source;

/**
 * A dot ensemble's absorption and emission at one temperature, prepared for one simulation of a unit: first
 * {@link #relativeAbsorbance}, then {@link #emissionShape} for the light absorbed. An instance keeps what each part
 * of the ensemble absorbed between the two calls, so it belongs to one simulation on one thread.
 */
interface QdOptics {

    /**
     * Fills {@code out} with the absorbance at each photon energy relative to the first-exciton peak, and remembers
     * how the absorption at each energy divides among the ensemble's parts.
     */
    void relativeAbsorbance(double[] energyEv, double[] out);

    /**
     * Fills {@code out} with the emitted photon spectrum per nm, normalized to one photon (Σ out × step = 1), of an
     * ensemble that absorbed {@code absorbedPhotonsPerNm} at the energies of the last {@link #relativeAbsorbance}.
     * The emission from all absorbed photons is returned whenever any were absorbed; with none, {@code out} is
     * the emission of the ensemble's absorption peak.
     */
    void emissionShape(double[] energyEv, double[] absorbedPhotonsPerNm, double stepNm, double[] out);
}
