package org.hybridlight.source;

import java.util.Locale;
import org.apache.commons.math3.special.Erf;

/**
 * A CdSe/CdS core/shell quantum dot ensemble: its first-exciton (1S) energy from the core size (Yu 2003) and the
 * shell's red shift; its absorption with the phonon-assisted sub-gap tail of the up-conversion paper (Z. Ye et al.,
 * Nat. Commun. 12, 4283 (2021), doi:10.1038/s41467-021-24560-4); its emission, one band for up- and
 * down-converted photoluminescence. Or, with {@link #measured()}, the same ensemble described by its measured
 * absorption and photoluminescence spectra.
 *
 * <p>Absorbance of one dot size, relative to its value at E1S:
 * <ul>
 * <li>the 1S band, a Gaussian in energy of FWHM {@code absorptionFwhm1SEv} on both sides of E1S;</li>
 * <li>above E1S, higher transitions rising toward the blue (a step 0.12 eV above E1S, zero at E1S, and a linear
 * continuum);</li>
 * <li>below E1S, the phonon-assisted tail {@code tailPrefactor} × {@link SubGapTailLaw#ratio}: a transition that
 * needs n = ΔE/E_LO phonons has a probability ∝ p(T)ⁿ. Where the tail is stronger than the band's low half it takes
 * over (the larger of the two counts, never more than the 1S peak): under the {@link SubGapTailLaw#BOLTZMANN} law
 * and the default 50 meV band from about 35 meV below E1S on, so A(E1S − 2E_LO)/A(E1S) = exp(−2E_LO/kT), the fit
 * of the paper's Fig. 2b; under {@link SubGapTailLaw#PHONON_POPULATION} from about 18 meV on (Fig. 5b);</li>
 * <li>the CdS shell's own absorption from its edge at 2.45 eV (506 nm), on both sides of E1S: dots whose 1S lies
 * above the edge absorb in the shell below their 1S too. There the excitation lies below the emitting 1S exciton
 * and reaches it only with the phonons it lacks, so it counts with the same tail factor (else a shell absorbing at
 * 2.43 eV would feed 2.6 eV emission for free).</li>
 * </ul>
 * E1S shifts by {@code gapShiftEvPerK} (−0.3 meV/K by default) with temperature. With a size dispersion (relative
 * standard deviation of the core diameter) the ensemble is the average over a Gaussian distribution of core sizes,
 * each size with its own 1S energy through the sizing curve, its own tail and emission band, weighted by its number
 * and its 1S extinction coefficient (Yu 2003: ε ∝ D^2.65); each size emits what it absorbed, so sub-gap excitation,
 * absorbed mostly by the larger dots, gives a red-shifted, narrower up-conversion band (the paper's Fig. 1a). The
 * widths are then those of one size. A dispersion of 0 is one size.
 *
 * @param coreDiameterNm CdSe core diameter, nm (NaN for measured dots)
 * @param shellMonolayers CdS shell thickness, monolayers
 * @param shellShiftPerMonolayerEv red shift of the 1S energy per shell monolayer, eV
 * @param stokesShiftEv emission peak below E1S, eV
 * @param emissionFwhmEv emission band FWHM, eV
 * @param absorptionFwhm1SEv FWHM of the 1S absorption band, eV
 * @param plqy photoluminescence quantum yield (0–1), the same for up- and down-conversion
 * @param tailLaw the sub-gap tail law ({@code null} for measured dots)
 * @param tailPrefactor factor on the tail law (1: the law itself)
 * @param sizeDispersion relative standard deviation of the core diameter (0: one size)
 * @param gapShiftEvPerK temperature coefficient of E1S (and of measured spectra), eV/K
 * @param measured measured spectra, or {@code null} for dots described by the parameters above
 */
public record QuantumDot(double coreDiameterNm, double shellMonolayers, double shellShiftPerMonolayerEv,
        double stokesShiftEv, double emissionFwhmEv, double absorptionFwhm1SEv, double plqy, SubGapTailLaw tailLaw,
        double tailPrefactor, double sizeDispersion, double gapShiftEvPerK, MeasuredQdSpectra measured) {

    /** LO-phonon energy of CdSe, eV. */
    public static final double LO_PHONON_EV = 0.025;
    /** Default temperature coefficient of the 1S energy, eV/K. */
    public static final double DEFAULT_GAP_SHIFT_EV_PER_K = -0.3e-3;
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
    /**
     * Default 1S band FWHM. Fig. 2b constrains it: the measured A(E1S − 2E_LO)/A(E1S) is thermally activated, so the
     * temperature-independent band must lie below the tail there (exp(−2E_LO/kT) = 0.145 at 300 K), which a Gaussian
     * does for FWHM below 60 meV; 50 meV (half width E_LO) is the band of good monodisperse dots.
     */
    public static final double DEFAULT_ABSORPTION_FWHM_1S_EV = 0.05;
    public static final double DEFAULT_PLQY = 0.99;
    public static final SubGapTailLaw DEFAULT_TAIL_LAW = SubGapTailLaw.BOLTZMANN;
    /** The size distribution is followed to this many standard deviations. */
    static final double SIZE_SPAN_SIGMAS = 4;
    /** Largest fraction of the size distribution that may lie beyond the sizing curve (it is left out). */
    static final double MAX_SIZES_BEYOND_CURVE = 1e-3;
    /** CdS absorption edge, eV. */
    static final double CDS_EDGE_EV = 2.45;

    public QuantumDot {
        check(plqy > 0 && plqy <= PhysicalLimits.PLQY_MAX, "plqy must be > 0 and <= " + PhysicalLimits.PLQY_MAX
                + ", got " + plqy);
        check(Math.abs(gapShiftEvPerK) <= PhysicalLimits.GAP_SHIFT_MAX_EV_PER_K, "gapShiftEvPerK must be within ±"
                + PhysicalLimits.GAP_SHIFT_MAX_EV_PER_K + " eV/K, got " + gapShiftEvPerK);
        if (measured != null) {
            check(Double.isNaN(coreDiameterNm) && Double.isNaN(shellMonolayers) && Double.isNaN(stokesShiftEv)
                    && Double.isNaN(shellShiftPerMonolayerEv) && Double.isNaN(emissionFwhmEv)
                    && Double.isNaN(absorptionFwhm1SEv) && tailLaw == null && Double.isNaN(tailPrefactor)
                    && sizeDispersion == 0, "dots given by measured spectra take no size, shell, width, tail or "
                            + "dispersion parameters");
        } else {
            Yu2003CdSeSizing.firstExcitonNm(coreDiameterNm);
            check(shellMonolayers >= 0 && shellMonolayers <= PhysicalLimits.SHELL_MONOLAYERS_MAX,
                    "shellMonolayers must be 0-" + PhysicalLimits.SHELL_MONOLAYERS_MAX + ", got " + shellMonolayers);
            check(shellShiftPerMonolayerEv >= 0
                    && shellShiftPerMonolayerEv <= PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV,
                    "shellShiftPerMonolayerEv must be 0-" + PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV
                            + " eV, got " + shellShiftPerMonolayerEv);
            check(stokesShiftEv >= 0 && stokesShiftEv <= PhysicalLimits.STOKES_SHIFT_MAX_EV,
                    "stokesShiftEv must be 0-" + PhysicalLimits.STOKES_SHIFT_MAX_EV + " eV, got " + stokesShiftEv);
            check(emissionFwhmEv >= PhysicalLimits.BAND_FWHM_MIN_EV
                    && emissionFwhmEv <= PhysicalLimits.BAND_FWHM_MAX_EV, "emissionFwhmEv must be "
                            + PhysicalLimits.BAND_FWHM_MIN_EV + "-" + PhysicalLimits.BAND_FWHM_MAX_EV + " eV, got "
                            + emissionFwhmEv);
            check(absorptionFwhm1SEv >= PhysicalLimits.BAND_FWHM_MIN_EV
                    && absorptionFwhm1SEv <= PhysicalLimits.BAND_FWHM_MAX_EV, "absorptionFwhm1SEv must be "
                            + PhysicalLimits.BAND_FWHM_MIN_EV + "-" + PhysicalLimits.BAND_FWHM_MAX_EV + " eV, got "
                            + absorptionFwhm1SEv);
            check(tailLaw != null, "a tail law is required");
            check(tailPrefactor >= 0 && tailPrefactor <= PhysicalLimits.TAIL_PREFACTOR_MAX, "tailPrefactor must be 0-"
                    + (int) PhysicalLimits.TAIL_PREFACTOR_MAX + ", got " + tailPrefactor);
            check(sizeDispersion >= 0 && sizeDispersion <= PhysicalLimits.SIZE_DISPERSION_MAX, "sizeDispersion must be 0-"
                    + PhysicalLimits.SIZE_DISPERSION_MAX + ", got " + sizeDispersion);
            if (sizeDispersion > 0) {
                double beyond = sizesBeyondCurve(coreDiameterNm, sizeDispersion);
                check(beyond <= MAX_SIZES_BEYOND_CURVE, String.format(Locale.ROOT,
                        "a size dispersion of %.3g %% around a %.3g nm core puts %.2g %% of the dots beyond the "
                                + "%.2f-%.2f nm of the sizing curve (at most %.2g %% allowed)", 100 * sizeDispersion,
                        coreDiameterNm, 100 * beyond, minCoreNm(), maxCoreNm(), 100 * MAX_SIZES_BEYOND_CURVE));
            }
        }
    }

    /** A dot with the given parameters, the Boltzmann tail, one size and the default gap shift. */
    public QuantumDot(double coreDiameterNm, double shellMonolayers, double shellShiftPerMonolayerEv,
            double stokesShiftEv, double emissionFwhmEv, double absorptionFwhm1SEv, double plqy) {
        this(coreDiameterNm, shellMonolayers, shellShiftPerMonolayerEv, stokesShiftEv, emissionFwhmEv,
                absorptionFwhm1SEv, plqy, DEFAULT_TAIL_LAW, 1, 0, DEFAULT_GAP_SHIFT_EV_PER_K, null);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    static double minCoreNm() {
        return Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MIN_WAVELENGTH_NM);
    }

    static double maxCoreNm() {
        return Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MAX_WAVELENGTH_NM);
    }

    /** The fraction of a Gaussian size distribution beyond the sizing curve's range. */
    static double sizesBeyondCurve(double coreNm, double dispersion) {
        double sigma = dispersion * coreNm;
        return normalCdf((minCoreNm() - coreNm) / sigma) + normalCdf((coreNm - maxCoreNm()) / sigma);
    }

    /**
     * The size dispersion an ensemble around a core of {@code coreDiameterNm} (on the sizing curve) can have:
     * {@code dispersion} itself when at most {@link #MAX_SIZES_BEYOND_CURVE} of its sizes lie beyond the sizing
     * curve (the rule the constructor checks), otherwise the largest one that keeps them inside, found by bisection
     * on the fraction beyond (it grows with the dispersion), so the constructor always accepts the value returned.
     * The optimizer repairs a searched dispersion with it instead of losing the candidate.
     */
    public static double sizeDispersionWithinCurve(double coreDiameterNm, double dispersion) {
        if (!(dispersion > 0) || sizesBeyondCurve(coreDiameterNm, dispersion) <= MAX_SIZES_BEYOND_CURVE) {
            return dispersion;
        }
        double accepted = 0;
        double refused = dispersion;
        for (int i = 0; i < 60; i++) {
            double mid = (accepted + refused) / 2;
            if (sizesBeyondCurve(coreDiameterNm, mid) <= MAX_SIZES_BEYOND_CURVE) {
                accepted = mid;
            } else {
                refused = mid;
            }
        }
        return accepted;
    }

    private static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** A dot with the default shell, Stokes shift, widths, tail and PLQY. */
    public static QuantumDot ofCore(double coreDiameterNm) {
        return new QuantumDot(coreDiameterNm, DEFAULT_SHELL_MONOLAYERS, DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV,
                DEFAULT_STOKES_SHIFT_EV, DEFAULT_EMISSION_FWHM_EV, DEFAULT_ABSORPTION_FWHM_1S_EV, DEFAULT_PLQY);
    }

    /** Dots described by measured spectra. */
    public static QuantumDot ofMeasured(MeasuredQdSpectra spectra, double plqy, double gapShiftEvPerK) {
        if (spectra == null) {
            throw new IllegalArgumentException("measured dots need their spectra");
        }
        return new QuantumDot(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, plqy, null,
                Double.NaN, 0, gapShiftEvPerK, spectra);
    }

    /** The same dots with another tail law and prefactor. */
    public QuantumDot withTail(SubGapTailLaw law, double prefactor) {
        return new QuantumDot(coreDiameterNm, shellMonolayers, shellShiftPerMonolayerEv, stokesShiftEv,
                emissionFwhmEv, absorptionFwhm1SEv, plqy, law, prefactor, sizeDispersion, gapShiftEvPerK, measured);
    }

    /** The same dots with another size dispersion (relative standard deviation of the core diameter). */
    public QuantumDot withSizeDispersion(double dispersion) {
        return new QuantumDot(coreDiameterNm, shellMonolayers, shellShiftPerMonolayerEv, stokesShiftEv,
                emissionFwhmEv, absorptionFwhm1SEv, plqy, tailLaw, tailPrefactor, dispersion, gapShiftEvPerK,
                measured);
    }

    /** Whether the dots are given by measured spectra. */
    public boolean isMeasured() {
        return measured != null;
    }

    /** The core size that puts the emission peak at {@code emissionPeakNm} (300 K), other parameters as given. */
    public static double coreDiameterForEmissionNm(double emissionPeakNm, double shellMonolayers,
            double shellShiftPerMonolayerEv, double stokesShiftEv) {
        double e1s = Photons.energyEv(emissionPeakNm) + stokesShiftEv;
        double coreEv = e1s + shellMonolayers * shellShiftPerMonolayerEv;
        double coreNm = Photons.wavelengthNm(coreEv);
        if (coreNm < Yu2003CdSeSizing.MIN_WAVELENGTH_NM || coreNm > Yu2003CdSeSizing.MAX_WAVELENGTH_NM) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "an emission peak at %.1f nm needs a core 1S peak at %.1f nm, outside the %.0f-%.0f nm of the "
                            + "sizing curve", emissionPeakNm, coreNm, Yu2003CdSeSizing.MIN_WAVELENGTH_NM,
                    Yu2003CdSeSizing.MAX_WAVELENGTH_NM));
        }
        return Yu2003CdSeSizing.diameterNm(coreNm);
    }

    /** First-exciton energy at {@code temperatureK} (of the central size; of the measured 1S peak), eV. */
    public double firstExcitonEv(double temperatureK) {
        if (measured != null) {
            return Photons.energyEv(measured.firstExcitonNm())
                    + gapShiftEvPerK * (temperatureK - measured.spectraTemperatureK());
        }
        return firstExcitonOfCoreEv(coreDiameterNm) + gapShiftEvPerK * (temperatureK - REFERENCE_TEMPERATURE_K);
    }

    /** E1S at the reference temperature of a core of {@code diameterNm} with this shell, eV. */
    double firstExcitonOfCoreEv(double diameterNm) {
        return Photons.energyEv(Yu2003CdSeSizing.firstExcitonNm(diameterNm))
                - shellMonolayers * shellShiftPerMonolayerEv;
    }

    /** Emission peak energy at {@code temperatureK} (central size; measured PL peak), eV. */
    public double emissionPeakEv(double temperatureK) {
        if (measured != null) {
            return Photons.energyEv(measured.emissionPeakNm())
                    + gapShiftEvPerK * (temperatureK - measured.spectraTemperatureK());
        }
        return firstExcitonEv(temperatureK) - stokesShiftEv;
    }

    /** Emission peak wavelength at {@code temperatureK}, nm. */
    public double emissionPeakNm(double temperatureK) {
        return Photons.wavelengthNm(emissionPeakEv(temperatureK));
    }

    /** The ensemble's absorption and emission at {@code temperatureK}, for one simulation (not thread-safe). */
    QdOptics optics(double temperatureK) {
        return measured != null ? measured.optics(gapShiftEvPerK * (temperatureK - measured.spectraTemperatureK()))
                : SizeEnsembleOptics.of(this, temperatureK);
    }

    /**
     * Absorbance of the ensemble at photon energy {@code energyEv} relative to that at its first-exciton peak (see
     * the class comment).
     */
    public double relativeAbsorbance(double energyEv, double temperatureK) {
        double[] out = new double[1];
        optics(temperatureK).relativeAbsorbance(new double[] {energyEv}, out);
        return out[0];
    }
}
