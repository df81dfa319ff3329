package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;

/** Points of the Planckian locus in CIE 1960 (u, v) for a given observer and computation grid. */
final class PlanckianLocus {

    private final TristimulusIntegrator integrator;
    private final double[] wavelengthsNm;
    private final double[] buffer;

    PlanckianLocus(TristimulusIntegrator integrator) {
        this.integrator = integrator;
        this.wavelengthsNm = integrator.grid().wavelengthsNm();
        this.buffer = new double[wavelengthsNm.length];
    }

    /** (u, v) of a blackbody at {@code temperatureK}; not thread-safe (reuses one buffer). */
    Uv uv(double temperatureK) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = PlanckianRadiator.spectralExitanceWPerM2Nm(wavelengthsNm[i], temperatureK);
        }
        return integrator.integrate(buffer).uv1960();
    }
}
