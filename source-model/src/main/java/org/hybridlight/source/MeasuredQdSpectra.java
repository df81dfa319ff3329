package org.hybridlight.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/**
 * A dot ensemble described by its measured spectra: absorbance against wavelength (any scale; the simulation scales
 * it so that its first-exciton peak has the unit's OD at 1S) and photoluminescence (relative spectral power per
 * nm), both measured at {@link #spectraTemperatureK()}. At another temperature both shift rigidly in photon energy
 * with the gap ({@link QuantumDot#gapShiftEvPerK()}). Outside the measured range the dots neither absorb nor emit,
 * and negative values (baseline noise) count as zero. The spectra are interpolated once onto a 0.1 nm table by the
 * spectrum's own rules (CIE 167: Sprague on regular grids, a spline otherwise); simulations read the table
 * linearly, without allocating.
 *
 * <p>The first-exciton peak is given, or found as the longest-wavelength local maximum of the absorbance that is
 * the highest point within ±{@link #PEAK_WINDOW_NM} nm, higher than both ends of that window (a plateau is no peak)
 * and at least {@link #PEAK_MIN_FRACTION} of the spectrum's maximum (so noise in the tail is not taken for it).
 */
public final class MeasuredQdSpectra {

    /** Step of the interpolation tables, nm. */
    static final double TABLE_STEP_NM = 0.1;
    /** Half-width of the window in which the first-exciton peak must be the maximum, nm. */
    public static final double PEAK_WINDOW_NM = 10;
    /** Smallest absorbance of the first-exciton peak relative to the spectrum's maximum. */
    public static final double PEAK_MIN_FRACTION = 0.1;

    private final Spectrum absorption;
    private final Spectrum emission;
    private final double spectraTemperatureK;
    private final double firstExcitonNm;
    private final Path absorptionFile;
    private final Path emissionFile;
    private final double[] absorptionTable;
    private final double[] emissionTable;
    private final double emissionPeakNm;

    /**
     * @param absorption measured absorbance, any scale
     * @param emission measured photoluminescence, relative W/nm
     * @param spectraTemperatureK temperature of the measurement, K
     * @param firstExcitonNm the first-exciton peak, or NaN to find it
     * @param absorptionFile where the absorbance came from (for writing the design back), or {@code null}
     * @param emissionFile where the photoluminescence came from, or {@code null}
     */
    public MeasuredQdSpectra(Spectrum absorption, Spectrum emission, double spectraTemperatureK, double firstExcitonNm,
            Path absorptionFile, Path emissionFile) {
        this.absorption = Objects.requireNonNull(absorption, "absorption");
        this.emission = Objects.requireNonNull(emission, "emission");
        if (!(spectraTemperatureK > 0 && spectraTemperatureK < 1000)) {
            throw new IllegalArgumentException("spectraTemperatureK must be 0-1000 K, got " + spectraTemperatureK);
        }
        this.spectraTemperatureK = spectraTemperatureK;
        this.absorptionFile = absorptionFile;
        this.emissionFile = emissionFile;
        this.absorptionTable = table(absorption);
        this.emissionTable = table(emission);
        this.firstExcitonNm = Double.isNaN(firstExcitonNm) ? findFirstExciton() : firstExcitonNm;
        if (!(this.firstExcitonNm >= absorption.firstWavelengthNm()
                && this.firstExcitonNm <= absorption.lastWavelengthNm())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the first-exciton peak at %.1f nm lies "
                    + "outside the measured absorbance (%.1f-%.1f nm)", this.firstExcitonNm,
                    absorption.firstWavelengthNm(), absorption.lastWavelengthNm()));
        }
        if (!(absorbanceAtNm(this.firstExcitonNm) > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the absorbance at the first-exciton peak (%.1f nm) must be > 0", this.firstExcitonNm));
        }
        int peak = 0;
        for (int i = 1; i < emissionTable.length; i++) {
            if (emissionTable[i] > emissionTable[peak]) {
                peak = i;
            }
        }
        if (!(emissionTable[peak] > 0)) {
            throw new IllegalArgumentException("the photoluminescence spectrum has no positive value");
        }
        this.emissionPeakNm = emission.firstWavelengthNm() + peak * TABLE_STEP_NM;
    }

    private static double[] table(Spectrum s) {
        int n = (int) Math.floor((s.lastWavelengthNm() - s.firstWavelengthNm()) / TABLE_STEP_NM + 1e-9) + 1;
        double[] wl = new double[n];
        for (int i = 0; i < n; i++) {
            wl[i] = Math.min(s.lastWavelengthNm(), s.firstWavelengthNm() + i * TABLE_STEP_NM);
        }
        double[] v = s.valuesAt(wl);
        for (int i = 0; i < n; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return v;
    }

    private double findFirstExciton() {
        double max = 0;
        for (double v : absorptionTable) {
            max = Math.max(max, v);
        }
        int window = (int) Math.round(PEAK_WINDOW_NM / TABLE_STEP_NM);
        for (int i = absorptionTable.length - 1 - window; i >= window; i--) {
            double v = absorptionTable[i];
            if (v < PEAK_MIN_FRACTION * max || v <= 0) {
                continue;
            }
            // the highest point within the window, and the absorbance falls off toward both of its ends
            boolean highest = absorptionTable[i - window] < v && absorptionTable[i + window] < v;
            for (int j = i - window; j <= i + window && highest; j++) {
                highest = absorptionTable[j] <= v;
            }
            if (highest) {
                return absorption.firstWavelengthNm() + i * TABLE_STEP_NM;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "no first-exciton peak found in the "
                + "absorbance (no maximum within ±%.0f nm of at least %.0f %% of the highest value); give its "
                + "wavelength", PEAK_WINDOW_NM, 100 * PEAK_MIN_FRACTION));
    }

    private static double lookup(double[] table, double firstNm, double wavelengthNm) {
        double x = (wavelengthNm - firstNm) / TABLE_STEP_NM;
        if (!(x >= 0) || x > table.length - 1) {
            return 0;
        }
        int i = Math.min(table.length - 2, (int) x);
        if (i < 0) {
            return table[0];
        }
        double f = x - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }

    private double absorbanceAtNm(double wavelengthNm) {
        return lookup(absorptionTable, absorption.firstWavelengthNm(), wavelengthNm);
    }

    private double emissionAtNm(double wavelengthNm) {
        return lookup(emissionTable, emission.firstWavelengthNm(), wavelengthNm);
    }

    public Spectrum absorption() {
        return absorption;
    }

    public Spectrum emission() {
        return emission;
    }

    public double spectraTemperatureK() {
        return spectraTemperatureK;
    }

    /** The first-exciton peak of the measured absorbance, nm. */
    public double firstExcitonNm() {
        return firstExcitonNm;
    }

    /** The peak of the measured photoluminescence, nm. */
    public double emissionPeakNm() {
        return emissionPeakNm;
    }

    /** The absorbance file, or {@code null}. */
    public Path absorptionFile() {
        return absorptionFile;
    }

    /** The photoluminescence file, or {@code null}. */
    public Path emissionFile() {
        return emissionFile;
    }

    /** The optics with both spectra shifted by {@code shiftEv} in photon energy. */
    QdOptics optics(double shiftEv) {
        return new QdOptics() {
            private final double peak = absorbanceAtNm(firstExcitonNm);

            @Override
            public void relativeAbsorbance(double[] energyEv, double[] out) {
                for (int i = 0; i < energyEv.length; i++) {
                    double e = energyEv[i] - shiftEv;
                    out[i] = e > 0 ? absorbanceAtNm(Photons.wavelengthNm(e)) / peak : 0;
                }
            }

            @Override
            public void emissionShape(double[] energyEv, double[] absorbedPhotonsPerNm, double stepNm, double[] out) {
                double sum = 0;
                for (int i = 0; i < energyEv.length; i++) {
                    double e = energyEv[i] - shiftEv;
                    if (e <= 0) {
                        out[i] = 0;
                        continue;
                    }
                    double l = Photons.wavelengthNm(e);
                    // measured W/nm to photons per eV (∝ S λ³), shifted, to photons per nm (× E²)
                    out[i] = emissionAtNm(l) * l * l * l * energyEv[i] * energyEv[i];
                    sum += out[i];
                }
                for (int i = 0; i < energyEv.length; i++) {
                    out[i] = sum > 0 ? out[i] / (sum * stepNm) : 0;
                }
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasuredQdSpectra m && absorption.equals(m.absorption) && emission.equals(m.emission)
                && Double.compare(spectraTemperatureK, m.spectraTemperatureK) == 0
                && Double.compare(firstExcitonNm, m.firstExcitonNm) == 0
                && Objects.equals(absorptionFile, m.absorptionFile) && Objects.equals(emissionFile, m.emissionFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(absorption, emission, spectraTemperatureK, firstExcitonNm, absorptionFile, emissionFile);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MeasuredQdSpectra[1S %.1f nm, PL peak %.1f nm, at %.1f K, %s, %s]",
                firstExcitonNm, emissionPeakNm, spectraTemperatureK, absorptionFile, emissionFile);
    }
}
