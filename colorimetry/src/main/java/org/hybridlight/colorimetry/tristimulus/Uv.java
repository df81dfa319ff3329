package org.hybridlight.colorimetry.tristimulus;

/**
 * A chromaticity in a uniform chromaticity scale: CIE 1960 (u, v) or CIE 1976 (u′, v′), as the producer says.
 *
 * @param u u or u′
 * @param v v or v′
 */
public record Uv(double u, double v) {

    /** The CIE 1931 x, y of this CIE 1960 (u, v) chromaticity. */
    public Chromaticity toChromaticityFrom1960() {
        double d = 2 * u - 8 * v + 4;
        return new Chromaticity(3 * u / d, 2 * v / d);
    }
}
