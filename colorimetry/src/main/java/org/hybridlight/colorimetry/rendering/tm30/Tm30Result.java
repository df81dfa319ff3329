package org.hybridlight.colorimetry.rendering.tm30;

import java.util.Arrays;
import java.util.Objects;

/**
 * ANSI/IES TM-30-18 colour rendition of a source (its fidelity index equals the CIE 224:2017 Rf).
 *
 * @param rf fidelity index Rf
 * @param rg gamut index Rg
 * @param rfHj local fidelity Rf,hj of the 16 hue bins
 * @param rcsHj local chroma shift Rcs,hj of the 16 hue bins (fraction: −0.1 is 10 % less chroma)
 * @param rhsHj local hue shift Rhs,hj of the 16 hue bins (radians of hue angle, for small shifts)
 * @param referenceABin average a′, b′ (CAM02-UCS) of each bin under the reference, [bin][0..1]
 * @param testABin average a′, b′ of each bin under the test source, [bin][0..1]
 * @param reference the reference illuminant, e.g. {@code blackbody:3000} or {@code blend:4500}
 */
public record Tm30Result(double rf, double rg, double[] rfHj, double[] rcsHj, double[] rhsHj,
        double[][] referenceABin, double[][] testABin, String reference) {

    public Tm30Result {
        rfHj = rfHj.clone();
        rcsHj = rcsHj.clone();
        rhsHj = rhsHj.clone();
        referenceABin = deepCopy(referenceABin);
        testABin = deepCopy(testABin);
    }

    @Override
    public double[] rfHj() {
        return rfHj.clone();
    }

    @Override
    public double[] rcsHj() {
        return rcsHj.clone();
    }

    @Override
    public double[] rhsHj() {
        return rhsHj.clone();
    }

    @Override
    public double[][] referenceABin() {
        return deepCopy(referenceABin);
    }

    @Override
    public double[][] testABin() {
        return deepCopy(testABin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tm30Result t && Double.compare(rf, t.rf) == 0 && Double.compare(rg, t.rg) == 0
                && Arrays.equals(rfHj, t.rfHj) && Arrays.equals(rcsHj, t.rcsHj) && Arrays.equals(rhsHj, t.rhsHj)
                && Arrays.deepEquals(referenceABin, t.referenceABin) && Arrays.deepEquals(testABin, t.testABin)
                && reference.equals(t.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rf, rg, Arrays.hashCode(rfHj), Arrays.hashCode(rcsHj), Arrays.hashCode(rhsHj),
                Arrays.deepHashCode(referenceABin), Arrays.deepHashCode(testABin), reference);
    }

    @Override
    public String toString() {
        return "Tm30Result[rf=" + rf + ", rg=" + rg + ", rfHj=" + Arrays.toString(rfHj) + ", rcsHj="
                + Arrays.toString(rcsHj) + ", rhsHj=" + Arrays.toString(rhsHj) + ", reference=" + reference + "]";
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
