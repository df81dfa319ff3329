package org.hybridlight.colorimetry.tristimulus;

/**
 * CIE x, y chromaticity coordinates.
 *
 * @param x x
 * @param y y
 */
public record Chromaticity(double x, double y) {

    /** CIE 1960 UCS u, v of this chromaticity. */
    public Uv uv1960() {
        double d = -2 * x + 12 * y + 3;
        return new Uv(4 * x / d, 6 * y / d);
    }
}
