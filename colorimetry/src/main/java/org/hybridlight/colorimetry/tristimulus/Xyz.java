package org.hybridlight.colorimetry.tristimulus;

/**
 * CIE tristimulus values.
 *
 * @param x X
 * @param y Y
 * @param z Z
 */
public record Xyz(double x, double y, double z) {

    /** CIE 1931 (or 1964) chromaticity coordinates x, y. */
    public Chromaticity chromaticity() {
        double sum = x + y + z;
        return new Chromaticity(x / sum, y / sum);
    }

    /** CIE 1960 UCS chromaticity u, v. */
    public Uv uv1960() {
        double d = x + 15 * y + 3 * z;
        return new Uv(4 * x / d, 6 * y / d);
    }

    /** CIE 1976 UCS chromaticity u′, v′. */
    public Uv uvPrime1976() {
        double d = x + 15 * y + 3 * z;
        return new Uv(4 * x / d, 9 * y / d);
    }

    /** These values scaled so that Y = {@code targetY}. */
    public Xyz scaledToY(double targetY) {
        double k = targetY / y;
        return new Xyz(x * k, targetY, z * k);
    }
}
