package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.illuminant.PlanckianRadiator;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;

/** Points of the Planckian locus in CIE 1960 (u, v) for a given observer and computation grid. */
final class PlanckianLocus {

    private final TristimulusIntegrator integrator;
    private final PlanckianRadiator.OnGrid blackbody;
    private final double[] buffer;

    PlanckianLocus(TristimulusIntegrator integrator) {
        this.integrator = integrator;
        this.blackbody = new PlanckianRadiator.OnGrid(integrator.grid());
        this.buffer = new double[integrator.grid().size()];
    }

    /** (u, v) of a blackbody at {@code temperatureK}; not thread-safe (reuses one buffer). */
    Uv uv(double temperatureK) {
        blackbody.exitanceInto(temperatureK, buffer);
        return integrator.integrate(buffer).uv1960();
    }

    /**
     * The point {@code duv} from the locus at {@code cctK} along its normal (positive towards larger v): what
     * both CCT methods report as that CCT and Duv (the inverse they share).
     */
    Uv offset(double cctK, double duv) {
        if (!(cctK >= CctMethod.MIN_CCT_K && cctK <= CctMethod.MAX_CCT_K)) {
            throw new IllegalArgumentException("CCT must be " + (long) CctMethod.MIN_CCT_K + "-"
                    + (long) CctMethod.MAX_CCT_K + " K, got " + cctK + " K");
        }
        Uv p = uv(cctK);
        Uv before = uv(cctK * (1 - 1e-5));
        Uv after = uv(cctK * (1 + 1e-5));
        double du = after.u() - before.u();
        double dv = after.v() - before.v();
        double len = Math.hypot(du, dv);
        double nu = -dv / len;
        double nv = du / len;
        if (nv < 0) {
            nu = -nu;
            nv = -nv;
        }
        return new Uv(p.u() + nu * duv, p.v() + nv * duv);
    }
}
