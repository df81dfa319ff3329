package org.hybridlight.source;

import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;

/**
 * Every limit of the model, defined once, with its unit in its name and the reason it lies where it does. The
 * records that check themselves, the design-file, optimizer-config and sweep readers and the designer's fields
 * all use these, and build their error messages from them. Unless a comment says otherwise a limit is the
 * model's or this tool's stated choice, not one of physics.
 */
public final class PhysicalLimits {

    /**
     * Units per source. Three or four primaries make a white; eight keep the optimizer at 32 free parameters at
     * most, which CMA-ES handles in the default budget, and the per-unit tables readable.
     */
    public static final int MAX_UNITS = 8;

    /** The visible range CIE colorimetry integrates over (CIE 15: 380–780 nm), nm. */
    public static final double VISIBLE_MIN_NM = 380;
    /** See {@link #VISIBLE_MIN_NM}. */
    public static final double VISIBLE_MAX_NM = 780;

    /**
     * LED peak wavelength, nm: the visible range. An LED spectrum is normalized to its optical power on the
     * 360–830 nm computation grid, so its light has to fall on that grid.
     */
    public static final double LED_PEAK_MIN_NM = VISIBLE_MIN_NM;
    /** See {@link #LED_PEAK_MIN_NM}. */
    public static final double LED_PEAK_MAX_NM = VISIBLE_MAX_NM;

    /**
     * LED FWHM, nm: from narrower than any LED's electroluminescence (AlGaInP about 17 nm, InGaN 20–40 nm) to
     * wider than a single-colour LED's; broad-band sources are not LEDs of this model.
     */
    public static final double LED_FWHM_MIN_NM = 5;
    /** See {@link #LED_FWHM_MIN_NM}. */
    public static final double LED_FWHM_MAX_NM = 100;

    /** LED optical power, W (must be above 0): a kilowatt is beyond any LED package; the model is linear in it. */
    public static final double LED_OPTICAL_POWER_MAX_W = 1000;
    /** The least LED optical power the optimizer searches, W: a microwatt, a channel that is off. */
    public static final double LED_OPTICAL_POWER_MIN_W = 1e-6;

    /**
     * Peak of a phosphor-converted LED's phosphor band, nm: above its 450 nm pump's light (the band is a
     * down-conversion) up to deep-red nitride phosphors (CaAlSiN₃:Eu about 650 nm).
     */
    public static final double PHOSPHOR_PEAK_MIN_NM = 480;
    /** See {@link #PHOSPHOR_PEAK_MIN_NM}. */
    public static final double PHOSPHOR_PEAK_MAX_NM = 700;
    /**
     * FWHM of the phosphor band, nm: narrow-band phosphors (β-SiAlON:Eu about 50 nm, K₂SiF₆:Mn is a line set the
     * model does not cover) to broad garnets (YAG:Ce about 120 nm) and wider blends.
     */
    public static final double PHOSPHOR_FWHM_MIN_NM = 30;
    /** See {@link #PHOSPHOR_FWHM_MIN_NM}. */
    public static final double PHOSPHOR_FWHM_MAX_NM = 160;
    /** Fraction of the pump's photons the phosphor absorbs: 0 (a blue LED) to 1 (a fully converted lime LED). */
    public static final double PHOSPHOR_FRACTION_MAX = 1;
    /** Quantum efficiency of the phosphor (must be above 0): one photon out per photon absorbed at most. */
    public static final double PHOSPHOR_QUANTUM_EFFICIENCY_MAX = 1;
    /**
     * The least phosphor quantum efficiency the optimizer searches: below 1 % the phosphor is a filter, not a
     * converter (as for the dots' PLQY, {@link #PLQY_MIN_SEARCHED}); design files take any value above 0.
     */
    public static final double PHOSPHOR_QUANTUM_EFFICIENCY_MIN_SEARCHED = 0.01;

    /**
     * Drive weight (at least 0): a sanity bound, six orders of magnitude above the weight 1 the solver
     * normalizes to.
     */
    public static final double DRIVE_WEIGHT_MAX = 1e6;

    /**
     * CdSe core diameter, nm, of dots given by their core. The Yu 2003 sizing curve is fitted for 1S peaks of
     * 400–660 nm ({@link Yu2003CdSeSizing}), cores of 1.55–8.68 nm; rounded inward to 0.1 nm so that every core
     * accepted lies on the curve (dots given by their emission peak are checked against the curve itself).
     */
    public static final double CORE_DIAMETER_MIN_NM = 1.6;
    /** See {@link #CORE_DIAMETER_MIN_NM}. */
    public static final double CORE_DIAMETER_MAX_NM = 8.6;

    /**
     * QD emission peak at 300 K, nm, that the optimizer searches and sweeps accept, with the default shell. A
     * choice of this tool, not the sizing curve's limit: with the default shell that curve reaches about
     * 419–714 nm (a test computes it, and design files may use all of it); 470–650 nm keeps the search on dots that
     * emit where a white needs light (the luminous efficiency V(λ) is 0.09 at 470 nm and 0.11 at 650 nm).
     */
    public static final double QD_EMISSION_MIN_NM = 470;
    /** See {@link #QD_EMISSION_MIN_NM}. */
    public static final double QD_EMISSION_MAX_NM = 650;

    /**
     * Optical density of a QD film at its first-exciton peak: the film's, concentration × path length. The paper
     * lights its quartz tubes along their axis, and at the 1.2 OD/mm (at 1S) of the solution of its cooling
     * experiment an OD of 100 is an 8 cm path; 10,000 (8 m of that solution, or a 100× more concentrated one) bounds
     * what a unit can hold. Below 0.01 a film absorbs under 2.3 % even at 1S (the unit is a bare LED; the unit itself
     * also takes 0, no film).
     */
    public static final double OD_1S_MIN = 0.01;
    /** See {@link #OD_1S_MIN}. */
    public static final double OD_1S_MAX = 10_000;

    /**
     * Path of the emitted light through the film relative to the LED light's: 0 (no re-absorption) to 10, a
     * sanity bound beyond which a film worth modelling re-absorbs nearly all of its emission.
     */
    public static final double REABSORPTION_PATH_FACTOR_MAX = 10;

    /**
     * Photoluminescence quantum yield (must be above 0): one photon out per photon absorbed at most; the model has
     * no multi-exciton emission.
     */
    public static final double PLQY_MAX = 1;
    /** The least PLQY the optimizer searches: below 1 % a film is a filter, not a converter. */
    public static final double PLQY_MIN_SEARCHED = 0.01;

    /**
     * Magnitude of the gap's temperature coefficient, eV/K: CdSe's is −0.3 meV/K (the paper's Fig. 2b); 2 meV/K is
     * several times that of any II–VI or III–V semiconductor.
     */
    public static final double GAP_SHIFT_MAX_EV_PER_K = 2e-3;
    /**
     * Prefactor of the sub-gap absorption tail (at least 0): 1 is the paper's law as written; up to 10 lets a user
     * calibrate the tail to a measured absorption spectrum (the tail stays below the 1S peak).
     */
    public static final double TAIL_PREFACTOR_MAX = 10;
    /**
     * Size dispersion, the relative standard deviation of the core diameter (at least 0): good syntheses reach
     * 5–10 %; beyond 15 % the ensemble is no longer one kind of dot.
     */
    public static final double SIZE_DISPERSION_MAX = 0.15;

    /** CdS shell thickness, monolayers (at least 0): a sanity bound at the thickness of giant-shell dots. */
    public static final double SHELL_MONOLAYERS_MAX = 20;
    /** Red shift of the 1S energy per shell monolayer, eV (at least 0): 6× the default 33.5 meV. */
    public static final double SHELL_SHIFT_PER_MONOLAYER_MAX_EV = 0.2;
    /** Emission peak below the 1S energy, eV (at least 0): 12× the default 25 meV. */
    public static final double STOKES_SHIFT_MAX_EV = 0.3;
    /**
     * FWHM of the emission and of the 1S absorption band, eV: below 5 meV narrower than kT/5 at room
     * temperature, above 1 eV no longer a band.
     */
    public static final double BAND_FWHM_MIN_EV = 0.005;
    /** See {@link #BAND_FWHM_MIN_EV}. */
    public static final double BAND_FWHM_MAX_EV = 1;

    /**
     * Operating temperature of the dots, K. The phonon-assisted absorption and the −0.3 meV/K shift of 1S are
     * fitted to the paper's room-temperature measurements (300–360 K); 200–450 K is how far this tool extrapolates.
     */
    public static final double TEMPERATURE_MIN_K = 200;
    /** See {@link #TEMPERATURE_MIN_K}. */
    public static final double TEMPERATURE_MAX_K = 450;

    /**
     * Target CCT, K: from the lowest CCT the CCT methods report to the highest CCT of a CIE daylight, the
     * colour-rendering reference above 5000 K.
     */
    public static final double TARGET_CCT_MIN_K = CctMethod.MIN_CCT_K;
    /** See {@link #TARGET_CCT_MIN_K}. */
    public static final double TARGET_CCT_MAX_K = CieDaylight.MAX_CCT_K;

    /**
     * Largest |Duv| of a target: CIE 15:2004 says a CCT is not to be used for chromaticities farther than
     * 5 × 10⁻² from the Planckian locus.
     */
    public static final double TARGET_DUV_MAX = 0.05;

    private PhysicalLimits() {
    }
}
