package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;

/**
 * CCT and Duv by Ohno's combined method: Y. Ohno, "Practical use and calculation of CCT and Duv",
 * LEUKOS 10(1), 47–55 (2014), doi:10.1080/15502724.2014.839020, presented at CIE 2013.
 *
 * <p>The Planckian locus is tabulated once in (u, v) on geometric temperature steps; the nearest table point is
 * found by a coarse (1 %) then a fine (0.1 %) search, and the CCT comes from the triangular solution when
 * |Duv| &lt; 0.002 and from the parabolic solution otherwise, both on the fine table. With 0.1 % steps the
 * interpolation error of either solution is far below 0.01 % in CCT, so Ohno's 1 %-table correction factor is
 * not needed. Immutable and thread-safe once built.
 */
public final class Ohno2013Cct implements CctMethod {

    private static final double LN_STEP = 0.001;
    private static final int COARSE = 10;

    private final TristimulusIntegrator integrator;
    private final double[] t;
    private final double[] u;
    private final double[] v;

    /** Builds the locus table for the observer and grid of {@code integrator} (about 4,600 blackbodies). */
    public Ohno2013Cct(TristimulusIntegrator integrator) {
        this.integrator = integrator;
        int n = (int) Math.ceil(Math.log(MAX_CCT_K / MIN_CCT_K) / LN_STEP) + 1;
        // one step beyond each end so that the triangle always has two neighbours inside the valid range
        t = new double[n + 2];
        u = new double[n + 2];
        v = new double[n + 2];
        PlanckianLocus locus = new PlanckianLocus(integrator);
        for (int i = 0; i < t.length; i++) {
            t[i] = MIN_CCT_K * Math.exp((i - 1) * LN_STEP);
            Uv p = locus.uv(t[i]);
            u[i] = p.u();
            v[i] = p.v();
        }
    }

    @Override
    public CctDuv cctDuv(Uv uv) {
        double pu = uv.u();
        double pv = uv.v();
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < t.length; i += COARSE) {
            double d = sq(pu - u[i]) + sq(pv - v[i]);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        int lo = Math.max(0, best - COARSE);
        int hi = Math.min(t.length - 1, best + COARSE);
        for (int i = lo; i <= hi; i++) {
            double d = sq(pu - u[i]) + sq(pv - v[i]);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        if (best <= 1 && t[best] <= MIN_CCT_K) {
            throw new CctOutOfRangeException(uv, "below");
        }
        if (best >= t.length - 2) {
            throw new CctOutOfRangeException(uv, "above");
        }
        best = Math.max(best, 1);
        int a = best - 1;
        int c = best + 1;
        double da = Math.sqrt(sq(pu - u[a]) + sq(pv - v[a]));
        double db = Math.sqrt(bestD);
        double dc = Math.sqrt(sq(pu - u[c]) + sq(pv - v[c]));
        double l = Math.sqrt(sq(u[c] - u[a]) + sq(v[c] - v[a]));
        double x = (da * da - dc * dc + l * l) / (2 * l);
        double cct = t[a] + (t[c] - t[a]) * x / l;
        double vx = v[a] + (v[c] - v[a]) * x / l;
        double sign = Math.signum(pv - vx);
        double duv = sign * Math.sqrt(Math.max(0, da * da - x * x));
        if (Math.abs(duv) >= 0.002) {
            double ta = t[a];
            double tb = t[best];
            double tc = t[c];
            double den = (tc - tb) * (ta - tc) * (tb - ta);
            double pa = (ta * (dc - db) + tb * (da - dc) + tc * (db - da)) / den;
            double pb = -(ta * ta * (dc - db) + tb * tb * (da - dc) + tc * tc * (db - da)) / den;
            double pc = -(da * (tc - tb) * tb * tc + db * (ta - tc) * ta * tc + dc * (tb - ta) * ta * tb) / den;
            cct = -pb / (2 * pa);
            duv = sign * (pa * cct * cct + pb * cct + pc);
        }
        if (cct < MIN_CCT_K) {
            throw new CctOutOfRangeException(uv, "below");
        }
        if (cct > MAX_CCT_K) {
            throw new CctOutOfRangeException(uv, "above");
        }
        return new CctDuv(cct, duv);
    }

    @Override
    public Uv uvOf(double cctK, double duv) {
        return new PlanckianLocus(integrator).offset(cctK, duv);
    }

    private static double sq(double x) {
        return x * x;
    }
}
