package org.hybridlight.source;

import java.util.Locale;

/** Spectral shapes of LED electroluminescence. */
public enum LedShape {
    /** A Gaussian in wavelength. */
    GAUSSIAN_WAVELENGTH("gaussian-wavelength"),
    /** A Gaussian in photon energy (converted to a per-nm density with the Jacobian hc/λ²). */
    GAUSSIAN_ENERGY("gaussian-energy"),
    /**
     * Y. Ohno, "Spectral design considerations for white LED color rendering", Opt. Eng. 44(11), 111302 (2005),
     * doi:10.1117/1.2130694:
     * S(λ) = [g(λ) + 2 g(λ)⁵] / 3 with g(λ) = exp(−((λ − λ₀)/w)²), a peak with broader wings than a Gaussian.
     */
    OHNO_2005("ohno2005"),
    /** A measured spectrum read from a file, rescaled to the LED's optical power. */
    MEASURED("measured"),
    /**
     * A phosphor-converted LED: a blue InGaN pump ({@link Led#PUMP_PEAK_NM}, {@link Led#PUMP_FWHM_NM}, a Gaussian in
     * wavelength) of which the phosphor absorbs a fraction and re-emits it, with its quantum efficiency, in one
     * broad band (a Gaussian in wavelength) at the LED's peak and FWHM; each converted photon loses its Stokes
     * energy as heat.
     */
    PHOSPHOR_CONVERTED("phosphor-converted");

    private final String id;

    LedShape(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static LedShape parse(String text) {
        for (LedShape s : values()) {
            if (s.id.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown LED shape '" + text + "' (use gaussian-wavelength, "
                + "gaussian-energy, ohno2005, measured or phosphor-converted)");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
