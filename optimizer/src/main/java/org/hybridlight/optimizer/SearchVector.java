package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layout of the optimizer's vector x for a {@link DesignProblem.Spec}: each unit's free parameters in unit and
 * {@link UnitParameter} order, then the source temperature when it is free, then the units' mix levels when the
 * drive weights have free directions; their bounds and starts, and the value of any parameter, searched or fixed, at
 * an x.
 *
 * <p>Mix levels: the target chromaticity fixes the solved drive weights only up to two equations (and, with no
 * weight fixed, a common scale), so four or more solved units leave a family of weights on target. The weight
 * solver takes the member closest to a proposal; each solved unit's proposal is multiplied by its level,
 * 10^(level/10) (dB, {@link #MIX_LEVEL_DB} either way), so the search moves along the family instead of keeping
 * the one member equal proposals give. Every weight on target is the solution for some proposal (itself), so
 * nothing is lost; with no weight fixed the first solved unit keeps level 0 as the scale does not matter. x holds
 * a level in tenths of a dB, so that BOBYQA's first steps (10 of x's units) are 1 dB, as they are 10 nm for a peak.
 */
final class SearchVector {

    private static final UnitParameter[] PARAMETERS = UnitParameter.values();

    /** Mix levels span ±20 dB, a factor of 100 either way on a unit's proposed weight. */
    private static final double MIX_LEVEL_DB = 20;
    /** x's units of a mix level per dB. */
    private static final double STEPS_PER_DB = 10;

    private final DesignProblem.Spec spec;
    /** Place in x of parameter p of unit u, {@code [u][p.ordinal()]}, -1 when fixed. */
    private final int[][] index;
    /** The source temperature's place in x, -1 when fixed. */
    private final int temperatureIndex;
    /** Place in x of unit u's mix level, -1 when it has none. */
    private final int[] mixIndex;
    /** With no weight fixed, the first solved unit: its level stays 0, as only ratios matter; else -1. */
    private final int referenceUnit;
    private final double[] lower;
    private final double[] upper;

    SearchVector(DesignProblem.Spec spec) {
        this.spec = spec;
        int units = spec.units().size();
        index = new int[units][PARAMETERS.length];
        List<ParameterRange> free = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            for (UnitParameter p : PARAMETERS) {
                ParameterRange r = spec.units().get(u).range(p);
                index[u][p.ordinal()] = r.free() ? free.size() : -1;
                if (r.free()) {
                    free.add(r);
                }
            }
        }
        temperatureIndex = spec.temperatureK().free() ? free.size() : -1;
        if (spec.temperatureK().free()) {
            free.add(spec.temperatureK());
        }
        mixIndex = new int[units];
        Arrays.fill(mixIndex, -1);
        int solved = (int) spec.units().stream().filter(us -> !us.weight().isFixed()).count();
        boolean scaleFree = !spec.anyFixedWeight();
        int first = -1;
        for (int u = 0; u < units && first < 0; u++) {
            first = spec.units().get(u).weight().isFixed() ? -1 : u;
        }
        referenceUnit = scaleFree ? first : -1;
        if (solved - 2 - (scaleFree ? 1 : 0) >= 1) {
            for (int u = 0; u < units; u++) {
                if (!spec.units().get(u).weight().isFixed() && u != referenceUnit) {
                    mixIndex[u] = free.size();
                    free.add(ParameterRange.free(-STEPS_PER_DB * MIX_LEVEL_DB, STEPS_PER_DB * MIX_LEVEL_DB, 0));
                }
            }
        }
        int dimension = free.size();
        lower = new double[dimension];
        upper = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            lower[i] = free.get(i).min();
            upper[i] = free.get(i).max();
        }
    }

    int dimension() {
        return lower.length;
    }

    double[] lowerBounds() {
        return lower.clone();
    }

    double[] upperBounds() {
        return upper.clone();
    }

    /** The starting point: each free parameter's start, or the middle of its range. */
    double[] initialPoint() {
        double[] x = new double[dimension()];
        for (int u = 0; u < index.length; u++) {
            for (UnitParameter p : PARAMETERS) {
                if (index[u][p.ordinal()] >= 0) {
                    x[index[u][p.ordinal()]] = spec.units().get(u).range(p).value();
                }
            }
        }
        if (temperatureIndex >= 0) {
            x[temperatureIndex] = spec.temperatureK().value();
        }
        // mix levels start at 0 dB: equal proposals, the weights the solver gave before they were searched
        return x;
    }

    /**
     * The starting point with each mix level set so that the solver's proposal is {@code weights} (per unit; its
     * ratios, when no weight is fixed), as far as the levels reach; a weight of 0 or less is proposed as small as
     * they allow.
     */
    double[] initialPoint(double[] weights) {
        double[] x = initialPoint();
        if (weights.length != mixIndex.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + mixIndex.length + " units");
        }
        double reference = referenceUnit < 0 ? 1
                : weights[referenceUnit] / spec.units().get(referenceUnit).weight().proposal();
        double limit = STEPS_PER_DB * MIX_LEVEL_DB;
        for (int u = 0; u < mixIndex.length; u++) {
            int i = mixIndex[u];
            if (i >= 0) {
                double ratio = weights[u] / spec.units().get(u).weight().proposal() / reference;
                double level = ratio > 0 ? STEPS_PER_DB * 10 * Math.log10(ratio) : -limit;
                x[i] = Double.isNaN(level) ? 0 : Math.max(-limit, Math.min(limit, level));
            }
        }
        return x;
    }

    /** Parameter {@code p} of unit {@code u} at {@code x}: searched or fixed. */
    double value(double[] x, int u, UnitParameter p) {
        int i = index[u][p.ordinal()];
        return i >= 0 ? x[i] : spec.units().get(u).range(p).value();
    }

    /** The factor on unit {@code u}'s proposed drive weight at {@code x}: 1 when it has no mix level. */
    double mixFactor(double[] x, int u) {
        int i = mixIndex[u];
        return i >= 0 ? Math.pow(10, x[i] / STEPS_PER_DB / 10) : 1;
    }

    /** How many of x's places are mix levels. */
    int mixLevels() {
        return (int) Arrays.stream(mixIndex).filter(i -> i >= 0).count();
    }

    /** The source temperature at {@code x}, K: searched or fixed. */
    double temperatureK(double[] x) {
        return temperatureIndex >= 0 ? x[temperatureIndex] : spec.temperatureK().value();
    }
}
