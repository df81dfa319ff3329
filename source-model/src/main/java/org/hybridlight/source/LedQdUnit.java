package org.hybridlight.source;

import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * One LED–QD unit: the LED's light crosses a QD film of optical density OD(λ) = od1S × relative absorbance;
 * 1 − 10^(−OD) of it is absorbed, the rest is transmitted; each absorbed photon is re-emitted in the QD's
 * emission band with probability PLQY (for a size ensemble, by the sizes that absorbed it). Optionally the emission
 * itself crosses {@code reabsorptionPathFactor} × OD(λ) on its way out; re-absorbed photons are re-emitted with PLQY
 * again, with the same spectrum (a geometric series, summed exactly).
 *
 * <p>The optical density is the film's, concentration × path length: the paper lights its quartz tubes along their
 * axis, and at the 1.2 OD/mm (at 1S) of the solution of its cooling experiment an OD of 100 is an 8 cm path. Up to
 * {@link PhysicalLimits#OD_1S_MAX} is accepted.
 *
 * <p>Without dots ({@code qd} null, {@code od1S} 0) the unit is a plain LED channel — or, for a
 * {@link LedShape#PHOSPHOR_CONVERTED} LED, a pc-LED channel: the phosphor absorbs {@link Led#phosphorFraction} of
 * the pump's light at every wavelength and re-emits {@link Led#phosphorQuantumEfficiency} photons per photon
 * absorbed in its band; absorbed minus emitted power (the Stokes loss and the quantum-efficiency loss) is the heat
 * load, as for dots.
 *
 * @param led the LED
 * @param qd the quantum dots, or null for a channel without dots
 * @param od1S optical density of the film at the first-exciton peak (0 without dots)
 * @param reabsorptionPathFactor path of the emitted light through the film relative to the LED light's (0: none)
 */
public record LedQdUnit(Led led, QuantumDot qd, double od1S, double reabsorptionPathFactor) {

    /** An emitted photon is "detectable" down to this fraction of the emission peak (paper Fig. 5a, ΔE_max). */
    public static final double DETECTABLE_FRACTION = 0.01;

    public LedQdUnit {
        if (led == null) {
            throw new IllegalArgumentException("a unit needs an LED");
        }
        if (qd == null && od1S != 0) {
            throw new IllegalArgumentException("a unit without dots has no film: od1S must be 0, got " + od1S);
        }
        if (qd != null && led.isPhosphorConverted()) {
            throw new IllegalArgumentException("a phosphor-converted LED is a channel of its own: it takes no dots");
        }
        if (!(od1S >= 0 && od1S <= PhysicalLimits.OD_1S_MAX)) {
            throw new IllegalArgumentException("od1S must be 0-" + PhysicalLimits.OD_1S_MAX + ", got " + od1S);
        }
        if (!(reabsorptionPathFactor >= 0 && reabsorptionPathFactor <= PhysicalLimits.REABSORPTION_PATH_FACTOR_MAX)) {
            throw new IllegalArgumentException("reabsorptionPathFactor must be 0-"
                    + PhysicalLimits.REABSORPTION_PATH_FACTOR_MAX + ", got " + reabsorptionPathFactor);
        }
    }

    /** A plain LED channel (no dots) or, for a phosphor-converted LED, a pc-LED channel. */
    public static LedQdUnit channel(Led led) {
        return new LedQdUnit(led, null, 0, 0);
    }

    /** True when the unit has dots. */
    public boolean hasDots() {
        return qd != null;
    }

    /** Simulates the unit on {@code grid} at {@code temperatureK}. */
    public UnitResult simulate(double temperatureK, WavelengthGrid grid) {
        if (qd == null) {
            return simulateChannel(grid);
        }
        int n = grid.size();
        double step = grid.stepNm();
        double[] ledW = led.spectralPowerWPerNm(grid);
        double[] transmitted = new double[n];
        double[] absorbedW = new double[n];
        double[] od = new double[n];
        double[] energyEv = new double[n];
        double[] photonEnergyJ = new double[n];
        double[] absorbedPhotonsPerNm = new double[n];
        double absorbedPhotons = 0;
        double absorbedPower = 0;
        for (int i = 0; i < n; i++) {
            energyEv[i] = Photons.energyEv(grid.wavelengthNm(i));
            photonEnergyJ[i] = energyEv[i] * Photons.ELECTRON_VOLT_J;
        }
        QdOptics optics = qd.optics(temperatureK);
        optics.relativeAbsorbance(energyEv, od);
        for (int i = 0; i < n; i++) {
            od[i] *= od1S;
            double t = Math.pow(10, -od[i]);
            transmitted[i] = ledW[i] * t;
            absorbedW[i] = ledW[i] - transmitted[i];
            absorbedPhotonsPerNm[i] = absorbedW[i] / photonEnergyJ[i];
            absorbedPower += absorbedW[i] * step;
            absorbedPhotons += absorbedPhotonsPerNm[i] * step;
        }
        // the emission of one absorbed photon (photons per nm), its escaping part and their sum
        double[] emissionShape = new double[n];
        optics.emissionShape(energyEv, absorbedPhotonsPerNm, step, emissionShape);
        double[] escapeShape = new double[n];
        double escapeSum = 0;
        for (int i = 0; i < n; i++) {
            escapeShape[i] = emissionShape[i] * Math.pow(10, -reabsorptionPathFactor * od[i]);
            escapeSum += escapeShape[i] * step;
        }
        double escapingShapeSum = escapeSum;
        if (!(escapeSum > 1e-250)) {
            // a film that re-absorbs nearly all of its own emission (narrow band, long path): the escaping spectrum
            // underflows to 0/0 unless taken relative to its largest term
            double maxLog = scaleEscapingShape(emissionShape, od, escapeShape);
            escapingShapeSum = 0;
            for (double v : escapeShape) {
                escapingShapeSum += v * step;
            }
            escapeSum = escapingShapeSum * Math.pow(10, maxLog);
        }
        double plqy = qd.plqy();
        // photons that finally escape: PLQY N e (1 + PLQY r + (PLQY r)^2 + ...) with r = 1 - e, written without the
        // cancellation of 1 - PLQY r; with PLQY = 1 and no measurable escape every photon escapes in the end
        double denominator = (1 - plqy) + plqy * escapeSum;
        double emittedPhotons = denominator > 0 ? plqy * absorbedPhotons * escapeSum / denominator : absorbedPhotons;
        double[] emittedW = new double[n];
        double emittedPower = 0;
        double emittedPhotonCount = 0;
        for (int i = 0; i < n; i++) {
            double photonsPerNm = emittedPhotons * escapeShape[i] / escapingShapeSum;
            emittedW[i] = photonsPerNm * photonEnergyJ[i];
            emittedPower += emittedW[i] * step;
            emittedPhotonCount += photonsPerNm * step;
        }
        double inputPower = 0;
        double transmittedPower = 0;
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            inputPower += ledW[i] * step;
            transmittedPower += transmitted[i] * step;
            total[i] = transmitted[i] + emittedW[i];
        }
        double meanAbsorbedEv = absorbedPhotons > 0 ? absorbedPower / absorbedPhotons / Photons.ELECTRON_VOLT_J
                : Double.NaN;
        double meanEmittedEv = emittedPhotons > 0 ? emittedPower / emittedPhotons / Photons.ELECTRON_VOLT_J
                : Double.NaN;
        double excitationEv = Photons.energyEv(ledPeakNm(grid, ledW));
        double maxEmittedEv = highestEmissionEv(grid, emittedW);
        return new UnitResult(grid, ledW, transmitted, emittedW, total, inputPower, transmittedPower, absorbedPower,
                emittedPower, absorbedPhotons, emittedPhotonCount, meanAbsorbedEv, meanEmittedEv,
                meanEmittedEv - meanAbsorbedEv, excitationEv, maxEmittedEv - excitationEv);
    }

    /**
     * A channel without dots: a plain LED transmits everything (PE exactly 1); a pc-LED's phosphor absorbs its
     * fraction of the pump at every wavelength and emits quantum efficiency × the absorbed photons in its band.
     */
    private UnitResult simulateChannel(WavelengthGrid grid) {
        int n = grid.size();
        double step = grid.stepNm();
        double[] ledW = led.spectralPowerWPerNm(grid);
        double fraction = led.isPhosphorConverted() ? led.phosphorFraction() : 0;
        double[] transmitted = new double[n];
        double[] emittedW = new double[n];
        double[] total = new double[n];
        double[] photonEnergyJ = new double[n];
        double inputPower = 0;
        double transmittedPower = 0;
        double absorbedPower = 0;
        double absorbedPhotons = 0;
        double bandPhotons = 0;
        for (int i = 0; i < n; i++) {
            photonEnergyJ[i] = Photons.energyEv(grid.wavelengthNm(i)) * Photons.ELECTRON_VOLT_J;
            double absorbed = ledW[i] * fraction;
            transmitted[i] = ledW[i] - absorbed;
            inputPower += ledW[i] * step;
            transmittedPower += transmitted[i] * step;
            absorbedPower += absorbed * step;
            absorbedPhotons += absorbed / photonEnergyJ[i] * step;
            if (fraction > 0) {
                // the band is a Gaussian in W/nm: its photons per nm are that over the photon energy
                emittedW[i] = led.phosphorBandAt(grid.wavelengthNm(i)) / photonEnergyJ[i];
                bandPhotons += emittedW[i] * step;
            }
        }
        double emittedPhotons = fraction > 0 ? led.phosphorQuantumEfficiency() * absorbedPhotons : 0;
        double emittedPower = 0;
        double emittedPhotonCount = 0;
        for (int i = 0; i < n; i++) {
            double photonsPerNm = bandPhotons > 0 ? emittedPhotons * emittedW[i] / bandPhotons : 0;
            emittedW[i] = photonsPerNm * photonEnergyJ[i];
            emittedPower += emittedW[i] * step;
            emittedPhotonCount += photonsPerNm * step;
            total[i] = transmitted[i] + emittedW[i];
        }
        double meanAbsorbedEv = absorbedPhotons > 0 ? absorbedPower / absorbedPhotons / Photons.ELECTRON_VOLT_J
                : Double.NaN;
        double meanEmittedEv = emittedPhotonCount > 0 ? emittedPower / emittedPhotonCount / Photons.ELECTRON_VOLT_J
                : Double.NaN;
        double excitationEv = Photons.energyEv(led.isPhosphorConverted() ? Led.PUMP_PEAK_NM : ledPeakNm(grid, ledW));
        double maxEmittedEv = emittedPower > 0 ? highestEmissionEv(grid, emittedW) : Double.NaN;
        return new UnitResult(grid, ledW, transmitted, emittedW, total, inputPower, transmittedPower, absorbedPower,
                emittedPower, absorbedPhotons, emittedPhotonCount, meanAbsorbedEv, meanEmittedEv,
                meanEmittedEv - meanAbsorbedEv, excitationEv, maxEmittedEv - excitationEv);
    }

    /** The LED's peak wavelength: its parameter, or for a measured spectrum the grid point of its maximum. */
    private double ledPeakNm(WavelengthGrid grid, double[] ledW) {
        if (Double.isFinite(led.peakNm())) {
            return led.peakNm();
        }
        int peak = 0;
        for (int i = 1; i < ledW.length; i++) {
            if (ledW[i] > ledW[peak]) {
                peak = i;
            }
        }
        return grid.wavelengthNm(peak);
    }

    /** Puts the escaping emission shape, divided by its largest term, into {@code out}; returns log10 of that term. */
    private double scaleEscapingShape(double[] emissionShape, double[] od, double[] out) {
        double maxLog = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log10(emissionShape[i]) - reabsorptionPathFactor * od[i];
            maxLog = Math.max(maxLog, out[i]);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(10, out[i] - maxLog);
        }
        return maxLog;
    }

    /** Highest photon energy where the emission is at least 1 % of its peak ("detectable"), eV. */
    private static double highestEmissionEv(WavelengthGrid grid, double[] w) {
        double peak = 0;
        for (double v : w) {
            peak = Math.max(peak, v);
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] >= DETECTABLE_FRACTION * peak && peak > 0) {
                return Photons.energyEv(grid.wavelengthNm(i));
            }
        }
        return Double.NaN;
    }
}
