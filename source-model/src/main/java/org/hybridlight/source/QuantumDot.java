package org.hybridlight.source;

/**
 * A CdSe/CdS core/shell quantum dot ensemble: its first-exciton (1S) energy from the core size (Yu 2003) and the
 * shell's red shift; its absorption with the phonon-assisted sub-gap tail of the up-conversion paper; its
 * emission, one band for up- and down-converted photoluminescence.
 *
 * <p>Absorption, relative to its value at E1S: above E1S the upper half of the 1S band (a Gaussian in energy
 * whose width stands for the size distribution), higher transitions that rise toward the blue (a step 0.12 eV
 * above E1S and a linear continuum) and the CdS shell's own absorption from 2.45 eV (506 nm). Below E1S the
 * transition needs n = (E1S − E)/E_LO longitudinal-optical phonons and its probability goes as the n-th power of
 * the phonon population factor, n continuous. The factor is the Boltzmann factor exp(−E_LO/kT): then
 * A(E1S − 2E_LO)/A(E1S) = exp(−2E_LO/kT), which is exactly the Boltzmann law the paper fits to its Fig. 2b, with
 * ΔE = 2E_LO = 50 meV against the measured 48 meV. A Bose–Einstein occupation 1/(exp(E_LO/kT) − 1) would instead
 * give an apparent ΔE near 80 meV over 300–360 K, which the measurement rules out. E1S shifts by −0.3 meV/K.
 *
 * @param coreDiameterNm CdSe core diameter, nm
 * @param shellMonolayers CdS shell thickness, monolayers
 * @param shellShiftPerMonolayerEv red shift of the 1S energy per shell monolayer, eV
 * @param stokesShiftEv emission peak below E1S, eV
 * @param emissionFwhmEv emission band FWHM, eV
 * @param absorptionFwhm1SEv FWHM of the 1S absorption band, eV
 * @param plqy photoluminescence quantum yield (0–1), the same for up- and down-conversion
 */
public record QuantumDot(double coreDiameterNm, double shellMonolayers, double shellShiftPerMonolayerEv,
        double stokesShiftEv, double emissionFwhmEv, double absorptionFwhm1SEv, double plqy) {

    /** LO-phonon energy of CdSe, eV. */
    public static final double LO_PHONON_EV = 0.025;
    /** Temperature coefficient of the 1S energy, eV/K. */
    public static final double E1S_TEMPERATURE_COEFFICIENT_EV_PER_K = -0.3e-3;
    /** Temperature at which the sizing curve and the defaults hold, K. */
    public static final double REFERENCE_TEMPERATURE_K = 300;
    /**
     * Default shell shift: 33.5 meV per monolayer puts a 3.5 nm core (1S at 570 nm by Yu 2003) with 3.5 monolayers
     * at 1S ≈ 603 nm and, with the default 25 meV Stokes shift, emission at 610 nm — the paper's single-dot sample.
     */
    public static final double DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV = 0.0335;
    public static final double DEFAULT_SHELL_MONOLAYERS = 3.5;
    public static final double DEFAULT_STOKES_SHIFT_EV = 0.025;
    public static final double DEFAULT_EMISSION_FWHM_EV = 0.085;
    public static final double DEFAULT_ABSORPTION_FWHM_1S_EV = 0.07;
    public static final double DEFAULT_PLQY = 0.99;
    private static final double CDS_EDGE_EV = 2.45;

    public QuantumDot {
        Yu2003CdSeSizing.firstExcitonNm(coreDiameterNm);
        check(shellMonolayers >= 0 && shellMonolayers <= PhysicalLimits.SHELL_MONOLAYERS_MAX,
                "shellMonolayers must be 0-" + PhysicalLimits.SHELL_MONOLAYERS_MAX + ", got " + shellMonolayers);
        check(shellShiftPerMonolayerEv >= 0
                && shellShiftPerMonolayerEv <= PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV,
                "shellShiftPerMonolayerEv must be 0-" + PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV + " eV, got "
                        + shellShiftPerMonolayerEv);
        check(stokesShiftEv >= 0 && stokesShiftEv <= PhysicalLimits.STOKES_SHIFT_MAX_EV,
                "stokesShiftEv must be 0-" + PhysicalLimits.STOKES_SHIFT_MAX_EV + " eV, got " + stokesShiftEv);
        check(emissionFwhmEv >= PhysicalLimits.BAND_FWHM_MIN_EV && emissionFwhmEv <= PhysicalLimits.BAND_FWHM_MAX_EV,
                "emissionFwhmEv must be " + PhysicalLimits.BAND_FWHM_MIN_EV + "-" + PhysicalLimits.BAND_FWHM_MAX_EV
                        + " eV, got " + emissionFwhmEv);
        check(absorptionFwhm1SEv >= PhysicalLimits.BAND_FWHM_MIN_EV
                && absorptionFwhm1SEv <= PhysicalLimits.BAND_FWHM_MAX_EV, "absorptionFwhm1SEv must be "
                        + PhysicalLimits.BAND_FWHM_MIN_EV + "-" + PhysicalLimits.BAND_FWHM_MAX_EV + " eV, got "
                        + absorptionFwhm1SEv);
        check(plqy > 0 && plqy <= PhysicalLimits.PLQY_MAX, "plqy must be > 0 and <= " + PhysicalLimits.PLQY_MAX
                + ", got " + plqy);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A dot with the default shell, Stokes shift, widths and PLQY. */
    public static QuantumDot ofCore(double coreDiameterNm) {
        return new QuantumDot(coreDiameterNm, DEFAULT_SHELL_MONOLAYERS, DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV,
                DEFAULT_STOKES_SHIFT_EV, DEFAULT_EMISSION_FWHM_EV, DEFAULT_ABSORPTION_FWHM_1S_EV, DEFAULT_PLQY);
    }

    /** The core size that puts the emission peak at {@code emissionPeakNm} (300 K), other parameters as given. */
    public static double coreDiameterForEmissionNm(double emissionPeakNm, double shellMonolayers,
            double shellShiftPerMonolayerEv, double stokesShiftEv) {
        double e1s = Photons.energyEv(emissionPeakNm) + stokesShiftEv;
        double coreEv = e1s + shellMonolayers * shellShiftPerMonolayerEv;
        double coreNm = Photons.wavelengthNm(coreEv);
        if (coreNm < Yu2003CdSeSizing.MIN_WAVELENGTH_NM || coreNm > Yu2003CdSeSizing.MAX_WAVELENGTH_NM) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "an emission peak at %.1f nm needs a core 1S peak at %.1f nm, outside the %.0f-%.0f nm of the "
                            + "sizing curve", emissionPeakNm, coreNm, Yu2003CdSeSizing.MIN_WAVELENGTH_NM,
                    Yu2003CdSeSizing.MAX_WAVELENGTH_NM));
        }
        return Yu2003CdSeSizing.diameterNm(coreNm);
    }

    /** First-exciton energy at {@code temperatureK}, eV. */
    public double firstExcitonEv(double temperatureK) {
        double core = Photons.energyEv(Yu2003CdSeSizing.firstExcitonNm(coreDiameterNm));
        return core - shellMonolayers * shellShiftPerMonolayerEv
                + E1S_TEMPERATURE_COEFFICIENT_EV_PER_K * (temperatureK - REFERENCE_TEMPERATURE_K);
    }

    /** Emission peak energy at {@code temperatureK}, eV. */
    public double emissionPeakEv(double temperatureK) {
        return firstExcitonEv(temperatureK) - stokesShiftEv;
    }

    /** Emission peak wavelength at {@code temperatureK}, nm. */
    public double emissionPeakNm(double temperatureK) {
        return Photons.wavelengthNm(emissionPeakEv(temperatureK));
    }

    /** Absorbance at photon energy {@code energyEv} relative to that at E1S (see the class comment). */
    public double relativeAbsorbance(double energyEv, double temperatureK) {
        return relativeAbsorbance(energyEv, firstExcitonEv(temperatureK), temperatureK);
    }

    /** As {@link #relativeAbsorbance(double, double)} with E1S at that temperature already known (hot loops). */
    public double relativeAbsorbance(double energyEv, double e1s, double temperatureK) {
        if (energyEv >= e1s) {
            return aboveGap(energyEv, e1s) / aboveGap(e1s, e1s);
        }
        double kT = Photons.BOLTZMANN_EV_PER_K * temperatureK;
        double n = (e1s - energyEv) / LO_PHONON_EV;
        // population factor p = exp(-E_LO/kT), absorbance ∝ p^n
        return Math.exp(-n * LO_PHONON_EV / kT);
    }

    private double aboveGap(double e, double e1s) {
        double sigma = absorptionFwhm1SEv / (2 * Math.sqrt(2 * Math.log(2)));
        double band = Math.exp(-0.5 * Math.pow((e - e1s) / sigma, 2));
        double higher = 0.6 * logistic((e - e1s - 0.12) / 0.025) + 1.5 * Math.max(0, e - e1s - 0.12);
        double shell = shellMonolayers > 0 ? 2.0 * (shellMonolayers / DEFAULT_SHELL_MONOLAYERS)
                * logistic((e - CDS_EDGE_EV) / 0.025) : 0;
        return band + higher + shell;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Emission photon density per unit energy (unnormalized Gaussian) at {@code energyEv}. */
    public double emissionPhotonDensity(double energyEv, double temperatureK) {
        return emissionPhotonDensityAround(energyEv, emissionPeakEv(temperatureK));
    }

    /** As {@link #emissionPhotonDensity} with the emission peak already known (hot loops). */
    public double emissionPhotonDensityAround(double energyEv, double emissionPeakEv) {
        double sigma = emissionFwhmEv / (2 * Math.sqrt(2 * Math.log(2)));
        double d = (energyEv - emissionPeakEv) / sigma;
        return Math.exp(-0.5 * d * d);
    }
}
