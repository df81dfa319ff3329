package org.hybridlight.source;

import org.hybridlight.colorimetry.spectrum.WavelengthGrid;


/**
 * One LED–QD unit: the LED's light crosses a QD film of optical density OD(λ) = od1S × relative absorbance;
 * 1 − 10^(−OD) of it is absorbed, the rest is transmitted; each absorbed photon is re-emitted in the QD's
 * emission band with probability PLQY. Optionally the emission itself crosses {@code reabsorptionPathFactor} ×
 * OD(λ) on its way out; re-absorbed photons are re-emitted with PLQY again (a geometric series, summed exactly).
 *
 * @param led the LED
 * @param qd the quantum dots
 * @param od1S optical density of the film at the first-exciton peak
 * @param reabsorptionPathFactor path of the emitted light through the film relative to the LED light's (0: none)
 */
public record LedQdUnit(Led led, QuantumDot qd, double od1S, double reabsorptionPathFactor) {

    public LedQdUnit {
        if (led == null || qd == null) {
            throw new IllegalArgumentException("a unit needs an LED and quantum dots");
        }
        if (!(od1S >= 0 && od1S <= 100)) {
            throw new IllegalArgumentException("od1S must be 0-100, got " + od1S);
        }
        if (!(reabsorptionPathFactor >= 0 && reabsorptionPathFactor <= 10)) {
            throw new IllegalArgumentException("reabsorptionPathFactor must be 0-10, got " + reabsorptionPathFactor);
        }
    }

    /** Simulates the unit on {@code grid} at {@code temperatureK}. */
    public UnitResult simulate(double temperatureK, WavelengthGrid grid) {
        int n = grid.size();
        double step = grid.stepNm();
        double[] ledW = led.spectralPowerWPerNm(grid);
        double[] transmitted = new double[n];
        double[] absorbedW = new double[n];
        double[] od = new double[n];
        double[] photonEnergyJ = new double[n];
        double[] emissionShape = new double[n];
        double absorbedPhotons = 0;
        double absorbedPower = 0;
        double shapeSum = 0;
        // the sizing curve is inverted once, not per wavelength
        double e1s = qd.firstExcitonEv(temperatureK);
        double emissionPeakEv = e1s - qd.stokesShiftEv();
        for (int i = 0; i < n; i++) {
            double wl = grid.wavelengthNm(i);
            double e = Photons.energyEv(wl);
            photonEnergyJ[i] = e * Photons.ELECTRON_VOLT_J;
            od[i] = od1S * qd.relativeAbsorbance(e, e1s, temperatureK);
            double t = Math.pow(10, -od[i]);
            transmitted[i] = ledW[i] * t;
            absorbedW[i] = ledW[i] - transmitted[i];
            absorbedPower += absorbedW[i] * step;
            absorbedPhotons += absorbedW[i] * step / photonEnergyJ[i];
            // photons per nm: density per eV times |dE/dλ| = E²/hc
            emissionShape[i] = qd.emissionPhotonDensityAround(e, emissionPeakEv) * e * e;
            shapeSum += emissionShape[i] * step;
        }
        // escaping fraction of one emitted photon and the escaping photon spectrum
        double escapeSum = 0;
        double[] escapeShape = new double[n];
        for (int i = 0; i < n; i++) {
            emissionShape[i] /= shapeSum;
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
        double maxEmittedEv = highestEmissionEv(grid, emittedW);
        double lowestAbsorbedEv = lowestAbsorbedEv(grid, absorbedW);
        return new UnitResult(grid, ledW, transmitted, emittedW, total, inputPower, transmittedPower, absorbedPower,
                emittedPower, absorbedPhotons, emittedPhotonCount, meanAbsorbedEv, meanEmittedEv,
                meanEmittedEv - meanAbsorbedEv, maxEmittedEv - lowestAbsorbedEv);
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
            if (w[i] >= 0.01 * peak && peak > 0) {
                return Photons.energyEv(grid.wavelengthNm(i));
            }
        }
        return Double.NaN;
    }

    /** Lowest photon energy where the absorbed LED power is at least 1 % of its peak, eV. */
    private static double lowestAbsorbedEv(WavelengthGrid grid, double[] w) {
        double peak = 0;
        for (double v : w) {
            peak = Math.max(peak, v);
        }
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i] >= 0.01 * peak && peak > 0) {
                return Photons.energyEv(grid.wavelengthNm(i));
            }
        }
        return Double.NaN;
    }
}
