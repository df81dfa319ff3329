package org.hybridlight.source;

import java.util.Locale;

/**
 * How the phonon-assisted absorption below the first exciton falls with the energy deficit ΔE = E1S − E: a
 * transition that needs n = ΔE/E_LO longitudinal-optical phonons (n continuous) has a probability proportional to
 * the n-th power of a population factor p(T), so A(E1S − ΔE)/A(E1S) = p(T)^(ΔE/E_LO) = exp(−ΔE · decay(T)). The two
 * laws of the up-conversion paper differ in p(T) (Z. Ye et al., "Phonon-assisted up-conversion photoluminescence of
 * quantum dots", Nat. Commun. 12, 4283 (2021), doi:10.1038/s41467-021-24560-4). Both are exponential in ΔE, which
 * lets a simulation compute exp(E · decay) once per wavelength and reuse it for every dot size.
 */
public enum SubGapTailLaw {

    /**
     * p = exp(−E_LO/kT), so the tail is exp(−ΔE/kT): the Boltzmann distribution function A·exp(−ΔE/kT) the paper
     * fits to the temperature dependence of A(E1S − 2E_LO)/A(E1S) in its Fig. 2b (fitted ΔE = 48 meV; this law
     * gives 2E_LO = 50 meV). Reproduces Fig. 2b; the model's default.
     */
    BOLTZMANN("boltzmann") {
        @Override
        public double decayPerEv(double temperatureK) {
            checkTemperature(temperatureK);
            return 1 / (Photons.BOLTZMANN_EV_PER_K * temperatureK);
        }

        @Override
        public double maxTemperatureK() {
            return Double.POSITIVE_INFINITY;
        }
    },

    /**
     * p = N(T) = 1/(exp(E_LO/kT) − 1), the Bose–Einstein population of the LO phonon: "for the electronic
     * transition coupling simultaneously with n phonons, the transition probability should be proportional to the
     * nth power of the phonon population" (the paper's Fig. 5b and its Supplementary Methods, Eq. S33), which
     * semi-quantitatively matches the measured low-energy absorption tail and makes the 120 meV (five-phonon)
     * up-conversion of Fig. 5b feasible. Reproduces Fig. 5b (at 300 K the tail at 120 meV is ten times the
     * Boltzmann one); its temperature dependence at 2E_LO is an apparent ΔE near 80 meV, not Fig. 2b's 48 meV. It
     * needs N &lt; 1 (kT below E_LO / ln 2, about 419 K): beyond, the n-th power would grow with n.
     */
    PHONON_POPULATION("phonon-population") {
        @Override
        public double decayPerEv(double temperatureK) {
            checkTemperature(temperatureK);
            if (!(temperatureK < maxTemperatureK())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the phonon-population tail needs a phonon population below 1, i.e. a temperature below "
                                + "%.1f K (E_LO = %.0f meV), got %s K", maxTemperatureK(),
                        QuantumDot.LO_PHONON_EV * 1000, temperatureK));
            }
            // −ln N / E_LO with N = 1/(exp(E_LO/kT) − 1)
            return Math.log(Math.expm1(QuantumDot.LO_PHONON_EV / (Photons.BOLTZMANN_EV_PER_K * temperatureK)))
                    / QuantumDot.LO_PHONON_EV;
        }

        @Override
        public double maxTemperatureK() {
            return QuantumDot.LO_PHONON_EV / (Photons.BOLTZMANN_EV_PER_K * Math.log(2));
        }
    };

    private final String id;

    SubGapTailLaw(String id) {
        this.id = id;
    }

    /** The name design files use. */
    public String id() {
        return id;
    }

    /** decay(T) in 1/eV: the tail is exp(−ΔE · decay(T)) relative to the 1S absorbance. */
    public abstract double decayPerEv(double temperatureK);

    /** The highest temperature at which the law is defined, K. */
    public abstract double maxTemperatureK();

    /** A(E1S − ΔE)/A(E1S) at a deficit of {@code deltaEEv} (≥ 0) below the 1S energy. */
    public double ratio(double deltaEEv, double temperatureK) {
        return Math.exp(-deltaEEv * decayPerEv(temperatureK));
    }

    /** The per-phonon factor p(T): the ratio at ΔE = E_LO. */
    public double populationFactor(double temperatureK) {
        return ratio(QuantumDot.LO_PHONON_EV, temperatureK);
    }

    private static void checkTemperature(double temperatureK) {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("temperature must be > 0 K, got " + temperatureK);
        }
    }

    public static SubGapTailLaw parse(String text) {
        for (SubGapTailLaw law : values()) {
            if (law.id.equalsIgnoreCase(text.trim())) {
                return law;
            }
        }
        throw new IllegalArgumentException("unknown tail law '" + text + "' (use boltzmann or phonon-population)");
    }

    @Override
    public String toString() {
        return id;
    }
}
