package org.hybridlight.optimizer;

import java.util.Locale;

/** The optimization algorithms on offer, all from Apache Commons Math 3. */
public enum Algorithm {
    /** Covariance matrix adaptation evolution strategy (Hansen), robust on rugged objectives; the default. */
    CMAES,
    /** Powell's BOBYQA, bound-constrained quadratic models; fast on smooth objectives (needs ≥ 2 parameters). */
    BOBYQA,
    /** Nelder–Mead simplex on a bounded-to-unbounded mapping of the parameters. */
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
