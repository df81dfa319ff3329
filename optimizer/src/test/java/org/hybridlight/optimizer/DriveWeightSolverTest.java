package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

class DriveWeightSolverTest {

    /** A chromaticity the solver mixes exactly: rounding only. */
    private static final double EXACT_MIX = 1e-12;
    /** A weight ratio found again by a second solve, relative. */
    private static final double RATIO_RELATIVE = 1e-9;

    private static double[] xyz(double x, double y, double luminance) {
        return new double[] {x / y * luminance, luminance, (1 - x - y) / y * luminance};
    }

    private static Chromaticity mix(double[][] units, double[] w) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int k = 0; k < w.length; k++) {
            x += w[k] * units[k][0];
            y += w[k] * units[k][1];
            z += w[k] * units[k][2];
        }
        return new Chromaticity(x / (x + y + z), y / (x + y + z));
    }

    @Test
    void threeUnitsHitAnyTargetInsideTheirTriangleUniquely() {
        double[][] units = {xyz(0.15, 0.06, 5), xyz(0.30, 0.60, 60), xyz(0.68, 0.31, 20)};
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            Chromaticity target = new Chromaticity(0.3 + 0.15 * random.nextDouble(), 0.3 + 0.1 * random.nextDouble());
            double[] a = new double[3];
            double[] b = new double[3];
            assertThat(DriveWeightSolver.solve(units, new double[] {1, 1, 1}, target, a)).isTrue();
            assertThat(DriveWeightSolver.solve(units, new double[] {0.2, 3, 0.7}, target, b)).isTrue();
            Chromaticity got = mix(units, a);
            assertThat(got.x()).isCloseTo(target.x(), within(EXACT_MIX));
            assertThat(got.y()).isCloseTo(target.y(), within(EXACT_MIX));
            // unique up to scale
            assertThat(a[0] / a[1]).isCloseTo(b[0] / b[1], within(RATIO_RELATIVE * a[0] / a[1]));
            assertThat(a[2] / a[1]).isCloseTo(b[2] / b[1], within(RATIO_RELATIVE * a[2] / a[1]));
        }
    }

    @Test
    void targetsOutsideTheGamutAreReportedInfeasible() {
        double[][] units = {xyz(0.15, 0.06, 5), xyz(0.30, 0.60, 60), xyz(0.68, 0.31, 20)};
        double[] w = new double[3];
        assertThat(DriveWeightSolver.solve(units, new double[] {1, 1, 1}, new Chromaticity(0.1, 0.8), w)).isFalse();
    }

    @Test
    void withMoreUnitsTheProposalIsMovedAsLittleAsPossible() {
        double[][] units = {xyz(0.15, 0.06, 5), xyz(0.20, 0.40, 30), xyz(0.30, 0.60, 60), xyz(0.68, 0.31, 20)};
        Chromaticity target = new Chromaticity(0.4369, 0.4041);
        double[] proposal = {1, 1, 1, 1};
        double[] w = new double[4];
        assertThat(DriveWeightSolver.solve(units, proposal, target, w)).isTrue();
        Chromaticity got = mix(units, w);
        assertThat(got.x()).isCloseTo(target.x(), within(EXACT_MIX));
        // a proposal already on target stays put
        double[] again = new double[4];
        assertThat(DriveWeightSolver.solve(units, w, target, again)).isTrue();
        for (int k = 0; k < 4; k++) {
            assertThat(again[k]).isCloseTo(w[k], within(RATIO_RELATIVE * w[k]));
        }
    }

    @Test
    void aFixedWeightIsKeptAndTheOthersCompleteTheMixture() {
        double[][] units = {xyz(0.15, 0.06, 5), xyz(0.30, 0.60, 60), xyz(0.68, 0.31, 20), xyz(0.45, 0.41, 30)};
        Chromaticity target = new Chromaticity(0.4369, 0.4041);
        double[] w = new double[4];
        double[] fixed = {Double.NaN, Double.NaN, Double.NaN, 2.5};
        assertThat(DriveWeightSolver.solve(units, new double[] {1, 1, 1, 1}, fixed, target, w)).isTrue();
        assertThat(w[3]).isEqualTo(2.5);
        Chromaticity got = mix(units, w);
        assertThat(got.x()).isCloseTo(target.x(), within(EXACT_MIX));
        assertThat(got.y()).isCloseTo(target.y(), within(EXACT_MIX));
        // the weights are absolute, not rescaled: the fixed unit's light is part of the white
        double[] w2 = new double[4];
        double[] fixed2 = {Double.NaN, Double.NaN, Double.NaN, 0.5};
        assertThat(DriveWeightSolver.solve(units, new double[] {1, 1, 1, 1}, fixed2, target, w2)).isTrue();
        assertThat(w2[3]).isEqualTo(0.5);
        assertThat(mix(units, w2).y()).isCloseTo(target.y(), within(EXACT_MIX));
    }

    @Test
    void withAllButOneFixedTheTargetIsGenerallyOutOfReach() {
        double[][] units = {xyz(0.15, 0.06, 5), xyz(0.30, 0.60, 60), xyz(0.68, 0.31, 20)};
        double[] w = new double[3];
        assertThat(DriveWeightSolver.solve(units, new double[] {1, 1, 1}, new double[] {1, 1, Double.NaN},
                new Chromaticity(0.4369, 0.4041), w)).isFalse();
        assertThat(w[0]).isEqualTo(1);
        assertThat(w[1]).isEqualTo(1);
    }
}
