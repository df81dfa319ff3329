package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the optimizer's vector x for a {@link DesignProblem.Spec}: each unit's free parameters in unit and
 * {@link UnitParameter} order, then the source temperature when it is free; their bounds and starts, and the value
 * of any parameter, searched or fixed, at an x.
 */
final class SearchVector {

    private static final UnitParameter[] PARAMETERS = UnitParameter.values();

    private final DesignProblem.Spec spec;
    /** Place in x of parameter p of unit u, {@code [u][p.ordinal()]}, -1 when fixed. */
    private final int[][] index;
    /** The source temperature's place in x, -1 when fixed. */
    private final int temperatureIndex;
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
        return x;
    }

    /** Parameter {@code p} of unit {@code u} at {@code x}: searched or fixed. */
    double value(double[] x, int u, UnitParameter p) {
        int i = index[u][p.ordinal()];
        return i >= 0 ? x[i] : spec.units().get(u).range(p).value();
    }

    /** The source temperature at {@code x}, K: searched or fixed. */
    double temperatureK(double[] x) {
        return temperatureIndex >= 0 ? x[temperatureIndex] : spec.temperatureK().value();
    }
}
