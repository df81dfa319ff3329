package org.hybridlight.source;

/** Photon energy and counting in SI units (CODATA 2018 exact constants). */
public final class Photons {

    /** Planck constant, J·s. */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Speed of light in vacuum, m/s. */
    public static final double SPEED_OF_LIGHT_M_PER_S = 299792458;
    /** Elementary charge, C (1 eV in J). */
    public static final double ELECTRON_VOLT_J = 1.602176634e-19;
    /** Boltzmann constant, eV/K. */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** hc in eV·nm: E[eV] = 1239.84… / λ[nm]. */
    public static final double HC_EV_NM = PLANCK_J_S * SPEED_OF_LIGHT_M_PER_S / ELECTRON_VOLT_J * 1e9;

    private Photons() {
    }

    /** Photon energy in eV at a wavelength in nm. */
    public static double energyEv(double wavelengthNm) {
        return HC_EV_NM / wavelengthNm;
    }

    /** Wavelength in nm of a photon energy in eV. */
    public static double wavelengthNm(double energyEv) {
        return HC_EV_NM / energyEv;
    }

    /** Photon energy in J at a wavelength in nm. */
    public static double energyJ(double wavelengthNm) {
        return energyEv(wavelengthNm) * ELECTRON_VOLT_J;
    }
}
