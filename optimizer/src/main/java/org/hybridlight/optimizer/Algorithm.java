package org.hybridlight.optimizer;

import java.util.Locale;

/** The optimization algorithms on offer, all from Apache Commons Math 3. */
public enum Algorithm {
    /**
     * Covariance matrix adaptation evolution strategy (N. Hansen and A. Ostermeier, Evol. Comput. 9(2), 159–195
     * (2001), doi:10.1162/106365601750190398), robust on rugged objectives; the default.
     */
    CMAES,
    /**
     * Powell's BOBYQA (M. J. D. Powell, Cambridge report DAMTP 2009/NA06, no DOI), bound-constrained quadratic
     * models; fast on smooth objectives (needs ≥ 2 parameters).
     */
    BOBYQA,
    /**
     * Nelder–Mead simplex (J. A. Nelder and R. Mead, Comput. J. 7(4), 308–313 (1965), doi:10.1093/comjnl/7.4.308)
     * on a bounded-to-unbounded mapping of the parameters.
     */
    NELDER_MEAD;

    /** Parses {@code cmaes}, {@code bobyqa}, {@code nelder-mead} (case-insensitive). */
    public static Algorithm parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Algorithm a : values()) {
            if (a.name().equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + text + "' (use cmaes, bobyqa or nelder-mead)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
