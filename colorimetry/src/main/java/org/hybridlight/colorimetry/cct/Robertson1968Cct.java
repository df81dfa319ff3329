package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;

/**
 * CCT and Duv by Robertson's isotemperature-line interpolation: A. R. Robertson, "Computation of correlated
 * color temperature and distribution temperature", J. Opt. Soc. Am. 58(11), 1528–1535 (1968), doi:10.1364/JOSA.58.001528.
 *
 * <p>Robertson tabulated 31 isotemperature lines from 0 to 600 mired. Here the lines are recomputed at the same
 * reciprocal temperatures from the tool's observer and c2 = 1.4388 × 10⁻² m·K (Robertson used the older
 * c2 = 1.4380 × 10⁻² m·K, which shifts the locus by about 0.06 %), and extended in 25-mired steps to 1000 mired
 * so that the method covers 1000–100000 K like {@link Ohno2013Cct}. Each line passes through the locus point
 * perpendicular to the locus. Duv is the signed distance to the locus point interpolated between the two lines.
 */
public final class Robertson1968Cct implements CctMethod {

    private final TristimulusIntegrator integrator;
    private final double[] mired;
    private final double[] u;
    private final double[] v;
    /** Unit tangent of the locus at each line, pointing to increasing mired. */
    private final double[] tu;
    private final double[] tv;

    public Robertson1968Cct(TristimulusIntegrator integrator) {
        this.integrator = integrator;
        int robertson = 31;
        int extension = 16;
        mired = new double[robertson + extension];
        for (int i = 0; i < robertson; i++) {
            mired[i] = i <= 10 ? 10.0 * i : 100 + 25.0 * (i - 10);
        }
        for (int i = 0; i < extension; i++) {
            mired[robertson + i] = 625 + 25.0 * i;
        }
        PlanckianLocus locus = new PlanckianLocus(integrator);
        int n = mired.length;
        u = new double[n];
        v = new double[n];
        tu = new double[n];
        tv = new double[n];
        double h = 0.01;
        for (int i = 0; i < n; i++) {
            Uv p = locus.uv(temperature(mired[i]));
            u[i] = p.u();
            v[i] = p.v();
            Uv after = locus.uv(temperature(mired[i] + h));
            Uv before = locus.uv(temperature(Math.max(mired[i] - h, 0)));
            double du = after.u() - before.u();
            double dv = after.v() - before.v();
            double len = Math.hypot(du, dv);
            tu[i] = du / len;
            tv[i] = dv / len;
        }
    }

    private static double temperature(double mired) {
        // 0 mired is the limit T -> infinity; 1e12 K reaches it to double precision in (u, v)
        return mired <= 0 ? 1e12 : 1e6 / mired;
    }

    @Override
    public CctDuv cctDuv(Uv uv) {
        double previous = distance(uv, 0);
        for (int i = 1; i < mired.length; i++) {
            double d = distance(uv, i);
            if (previous >= 0 && d <= 0) {
                double theta = previous == d ? 0 : previous / (previous - d);
                double m = mired[i - 1] + theta * (mired[i] - mired[i - 1]);
                double cct = 1e6 / m;
                if (cct > MAX_CCT_K) {
                    throw new CctOutOfRangeException(uv, "above");
                }
                if (cct < MIN_CCT_K) {
                    throw new CctOutOfRangeException(uv, "below");
                }
                double lu = u[i - 1] + theta * (u[i] - u[i - 1]);
                double lv = v[i - 1] + theta * (v[i] - v[i - 1]);
                double duv = Math.signum(uv.v() - lv) * Math.hypot(uv.u() - lu, uv.v() - lv);
                return new CctDuv(cct, duv);
            }
            previous = d;
        }
        throw new CctOutOfRangeException(uv, previous > 0 ? "below" : "above");
    }

    /**
     * The exact locus point and normal, not the interpolated isotemperature lines: Robertson's lines are the locus
     * normals at their temperatures, so this is what the method reports within its interpolation error.
     */
    @Override
    public Uv uvOf(double cctK, double duv) {
        return new PlanckianLocus(integrator).offset(cctK, duv);
    }

    /** Signed distance of {@code uv} from isotemperature line {@code i}, measured along the locus tangent. */
    private double distance(Uv uv, int i) {
        return (uv.u() - u[i]) * tu[i] + (uv.v() - v[i]) * tv[i];
    }
}
