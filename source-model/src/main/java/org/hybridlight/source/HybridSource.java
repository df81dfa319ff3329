package org.hybridlight.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * A white source of several LED–QD units, each driven with a weight (its LED power is multiplied by it).
 *
 * @param units the units
 * @param weights drive weights, one per unit, ≥ 0
 * @param temperatureK operating temperature of the dots, K
 */
public record HybridSource(List<LedQdUnit> units, double[] weights, double temperatureK) {

    public HybridSource {
        units = List.copyOf(units);
        weights = weights.clone();
        if (units.isEmpty()) {
            throw new IllegalArgumentException("a source needs at least one unit");
        }
        if (weights.length != units.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + units.size() + " units");
        }
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("drive weights must be >= 0, got " + w);
            }
        }
        if (units.size() > PhysicalLimits.MAX_UNITS) {
            throw new IllegalArgumentException("at most " + PhysicalLimits.MAX_UNITS + " units, got " + units.size());
        }
        if (!(temperatureK >= PhysicalLimits.TEMPERATURE_MIN_K && temperatureK <= PhysicalLimits.TEMPERATURE_MAX_K)) {
            throw new IllegalArgumentException("temperatureK must be " + PhysicalLimits.TEMPERATURE_MIN_K + "-"
                    + PhysicalLimits.TEMPERATURE_MAX_K + " K, got " + temperatureK);
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HybridSource s && units.equals(s.units) && Arrays.equals(weights, s.weights)
                && Double.compare(temperatureK, s.temperatureK) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, Arrays.hashCode(weights), temperatureK);
    }

    @Override
    public String toString() {
        return "HybridSource[units=" + units + ", weights=" + Arrays.toString(weights) + ", temperatureK="
                + temperatureK + "]";
    }

    /** Simulates every unit and sums the white. */
    public HybridResult simulate(WavelengthGrid grid) {
        List<UnitResult> atUnitDrive = new ArrayList<>(units.size());
        for (LedQdUnit u : units) {
            atUnitDrive.add(u.simulate(temperatureK, grid));
        }
        return combine(grid, atUnitDrive, weights);
    }

    /**
     * The white of units already simulated at weight 1, driven with {@code weights}: a unit is linear in its LED
     * power, so this equals simulating each driven unit (the optimizer's shortcut).
     */
    public static HybridResult combine(WavelengthGrid grid, List<UnitResult> atUnitDrive, double[] weights) {
        List<UnitResult> results = new ArrayList<>(atUnitDrive.size());
        double[] white = new double[grid.size()];
        double in = 0;
        double out = 0;
        double heat = 0;
        for (int k = 0; k < atUnitDrive.size(); k++) {
            UnitResult r = atUnitDrive.get(k).scaled(weights[k]);
            results.add(r);
            r.addTotalTo(white, 1);
            in += r.opticalPowerInW();
            out += r.opticalPowerOutW();
            heat += r.heatLoadW();
        }
        return new HybridResult(grid, results, white, in, out, heat);
    }
}
