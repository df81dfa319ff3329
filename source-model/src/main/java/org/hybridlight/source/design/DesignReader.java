package org.hybridlight.source.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.MeasuredQdSpectra;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.SubGapTailLaw;

/**
 * Reads design files (JSON). Every problem is one {@link InputException} naming the file and the field path, e.g.
 * {@code design.json: units[2].qd.od1S: must be > 0}; unknown fields, wrong types and missing required fields are
 * errors, and so are values outside their physical range. What the spectrum reader warns about the files a design
 * names is kept in {@link Design#warnings()}, prefixed with the design file and the field.
 */
public final class DesignReader {

    private DesignReader() {
    }

    public static Design read(Path file) throws InputException {
        return parse(file, JsonInput.readText(file, "design file"));
    }

    /** Parses the text of a design file; {@code file} names it in messages and anchors relative paths. */
    static Design parse(Path file, String text) throws InputException {
        if (text.isBlank()) {
            throw new InputException(file.toString(), "empty design file");
        }
        DesignJson.File json = JsonInput.bind(file, text, DesignJson.File.class);
        if (json == null) {
            throw new InputException(file.toString(), "empty design");
        }
        return new Builder(file, SpectrumFiles.fromDisk()).build(json);
    }

    /**
     * Validates and builds a design from its JSON shape made in memory (an editor's state); {@code file} names it
     * in messages and anchors relative paths.
     */
    public static Design fromJson(Path file, DesignJson.File json) throws InputException {
        return fromJson(file, json, SpectrumFiles.fromDisk());
    }

    /**
     * As {@link #fromJson(Path, DesignJson.File)}, the spectrum files the design names taken from {@code spectra}
     * (an editor's {@link CachedSpectrumFiles}, so a slider step does not read them again).
     */
    public static Design fromJson(Path file, DesignJson.File json, SpectrumFiles spectra) throws InputException {
        return new Builder(file, spectra).build(json);
    }

    /** Turns the bound JSON into model objects, checking each field with its path. */
    private static final class Builder {
        private final Path file;
        private final SpectrumFiles spectra;
        private final List<String> warnings = new ArrayList<>();

        Builder(Path file, SpectrumFiles spectra) {
            this.file = file;
            this.spectra = spectra;
        }

        private InputException bad(String path, String problem) {
            return new InputException(file + ": " + path, problem);
        }

        private double required(Double v, String path) throws InputException {
            if (v == null) {
                throw bad(path, "required");
            }
            return v;
        }

        private double range(double v, double lo, double hi, String path, String unit) throws InputException {
            if (!Double.isFinite(v)) {
                throw bad(path, "must be a finite number");
            }
            if (v < lo || v > hi) {
                throw bad(path, "must be " + fmt(lo) + "-" + fmt(hi) + unit + ", got " + fmt(v) + unit);
            }
            return v;
        }

        private double positive(double v, double hi, String path, String unit) throws InputException {
            if (!(v > 0)) {
                throw bad(path, "must be > 0, got " + fmt(v) + unit);
            }
            return range(v, 0, hi, path, unit);
        }

        private double optional(Double v, double dflt) {
            return v == null ? dflt : v;
        }

        Design build(DesignJson.File json) throws InputException {
            double t = range(optional(json.temperatureK(), QuantumDot.REFERENCE_TEMPERATURE_K),
                    PhysicalLimits.TEMPERATURE_MIN_K, PhysicalLimits.TEMPERATURE_MAX_K, "temperatureK", " K");
            String reference = json.reference() == null ? "auto" : json.reference();
            try {
                if (CriReference.parseBuiltIn(reference) == null) {
                    throw bad("reference", "must be auto, blackbody:<K> or daylight:<K>, got '" + reference + "'");
                }
            } catch (IllegalArgumentException e) {
                throw bad("reference", e.getMessage());
            }
            double cct = Double.NaN;
            double duv = 0;
            if (json.target() != null) {
                if (json.target().cctK() != null) {
                    cct = range(json.target().cctK(), PhysicalLimits.TARGET_CCT_MIN_K, PhysicalLimits.TARGET_CCT_MAX_K,
                            "target.cctK", " K");
                }
                duv = range(optional(json.target().duv(), 0), -PhysicalLimits.TARGET_DUV_MAX,
                        PhysicalLimits.TARGET_DUV_MAX, "target.duv", "");
            }
            if (json.units() == null || json.units().isEmpty()) {
                throw bad("units", "at least one unit is required");
            }
            if (json.units().size() > PhysicalLimits.MAX_UNITS) {
                throw bad("units", "at most " + PhysicalLimits.MAX_UNITS + " units, got " + json.units().size());
            }
            List<LedQdUnit> units = new ArrayList<>();
            List<String> names = new ArrayList<>();
            double[] weights = new double[json.units().size()];
            for (int k = 0; k < json.units().size(); k++) {
                String p = "units[" + k + "]";
                DesignJson.Unit u = json.units().get(k);
                if (u == null) {
                    throw bad(p, "must be an object");
                }
                weights[k] = range(optional(u.weight(), 1), 0, PhysicalLimits.DRIVE_WEIGHT_MAX, p + ".weight", "");
                names.add(u.name() == null ? "unit " + (k + 1) : u.name());
                if (u.led() == null) {
                    throw bad(p + ".led", "required");
                }
                Led led = led(u.led(), p + ".led");
                if (u.qd() == null) {
                    // a channel without dots: a plain LED or a pc-LED
                    notGiven(u.reabsorptionPathFactor(), p + ".reabsorptionPathFactor", "only for units with dots "
                            + "(qd)");
                    units.add(LedQdUnit.channel(led));
                    continue;
                }
                if (led.isPhosphorConverted()) {
                    throw bad(p + ".qd", "a phosphor-converted LED is a channel of its own: it takes no dots");
                }
                QuantumDot qd = qd(u.qd(), p + ".qd", t);
                double od = range(positive(required(u.qd().od1S(), p + ".qd.od1S"), PhysicalLimits.OD_1S_MAX,
                        p + ".qd.od1S", ""), PhysicalLimits.OD_1S_MIN, PhysicalLimits.OD_1S_MAX, p + ".qd.od1S", "");
                double path = range(optional(u.reabsorptionPathFactor(), 0), 0,
                        PhysicalLimits.REABSORPTION_PATH_FACTOR_MAX, p + ".reabsorptionPathFactor", "");
                units.add(new LedQdUnit(led, qd, od, path));
            }
            return new Design(new HybridSource(units, weights, t), names, reference, cct, duv, warnings);
        }

        private Led led(DesignJson.Led j, String p) throws InputException {
            LedShape shape;
            try {
                shape = j.shape() == null ? LedShape.OHNO_2005 : LedShape.parse(j.shape());
            } catch (IllegalArgumentException e) {
                throw bad(p + ".shape", e.getMessage());
            }
            double power = positive(optional(j.opticalPowerW(), 0.1), PhysicalLimits.LED_OPTICAL_POWER_MAX_W,
                    p + ".opticalPowerW", " W");
            if (shape == LedShape.MEASURED) {
                if (j.spectrumFile() == null) {
                    throw bad(p + ".spectrumFile", "required for a measured LED");
                }
                Spectrum s = oneSpectrum(resolve(j.spectrumFile()), p + ".spectrumFile");
                return new Led(shape, Double.NaN, Double.NaN, power, s);
            }
            if (j.spectrumFile() != null) {
                throw bad(p + ".spectrumFile", "only for shape 'measured'");
            }
            if (shape == LedShape.PHOSPHOR_CONVERTED) {
                return phosphorConverted(j, p, power);
            }
            notGiven(j.phosphorFraction(), p + ".phosphorFraction", "only for shape 'phosphor-converted'");
            notGiven(j.phosphorQuantumEfficiency(), p + ".phosphorQuantumEfficiency",
                    "only for shape 'phosphor-converted'");
            double peak = range(required(j.peakNm(), p + ".peakNm"), PhysicalLimits.LED_PEAK_MIN_NM,
                    PhysicalLimits.LED_PEAK_MAX_NM, p + ".peakNm", " nm");
            double fwhm = range(positive(required(j.fwhmNm(), p + ".fwhmNm"), PhysicalLimits.LED_FWHM_MAX_NM,
                    p + ".fwhmNm", " nm"), PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM,
                    p + ".fwhmNm", " nm");
            try {
                return new Led(shape, peak, fwhm, power, null);
            } catch (IllegalArgumentException e) {
                throw bad(p + ".fwhmNm", e.getMessage());
            }
        }

        /** A pc-LED: the phosphor band's peak and FWHM, the pump's power, the phosphor's fraction and efficiency. */
        private Led phosphorConverted(DesignJson.Led j, String p, double power) throws InputException {
            double peak = range(required(j.peakNm(), p + ".peakNm"), PhysicalLimits.PHOSPHOR_PEAK_MIN_NM,
                    PhysicalLimits.PHOSPHOR_PEAK_MAX_NM, p + ".peakNm", " nm");
            double fwhm = range(required(j.fwhmNm(), p + ".fwhmNm"), PhysicalLimits.PHOSPHOR_FWHM_MIN_NM,
                    PhysicalLimits.PHOSPHOR_FWHM_MAX_NM, p + ".fwhmNm", " nm");
            double fraction = range(required(j.phosphorFraction(), p + ".phosphorFraction"), 0,
                    PhysicalLimits.PHOSPHOR_FRACTION_MAX, p + ".phosphorFraction", "");
            double qe = optional(j.phosphorQuantumEfficiency(), Led.DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY);
            if (!(qe > 0 && qe <= PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX)) {
                throw bad(p + ".phosphorQuantumEfficiency", "must be > 0 and <= "
                        + fmt(PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX) + ", got " + fmt(qe));
            }
            return Led.phosphorConverted(peak, fwhm, power, fraction, qe);
        }

        private QuantumDot qd(DesignJson.Qd j, String p, double temperatureK) throws InputException {
            double gapShift = range(optional(j.gapShiftMeVPerK(), QuantumDot.DEFAULT_GAP_SHIFT_EV_PER_K * 1000),
                    -PhysicalLimits.GAP_SHIFT_MAX_EV_PER_K * 1000, PhysicalLimits.GAP_SHIFT_MAX_EV_PER_K * 1000,
                    p + ".gapShiftMeVPerK", " meV/K") / 1000;
            double plqy = optional(j.plqy(), QuantumDot.DEFAULT_PLQY);
            if (!(plqy > 0 && plqy <= PhysicalLimits.PLQY_MAX)) {
                throw bad(p + ".plqy", "must be > 0 and <= " + fmt(PhysicalLimits.PLQY_MAX) + ", got " + fmt(plqy));
            }
            if (j.absorptionFile() != null || j.emissionFile() != null) {
                return measuredQd(j, p, plqy, gapShift);
            }
            notGiven(j.absorption1SPeakNm(), p + ".absorption1SPeakNm", "only for dots given by measured spectra "
                    + "(absorptionFile, emissionFile)");
            notGiven(j.spectraTemperatureK(), p + ".spectraTemperatureK", "only for dots given by measured spectra "
                    + "(absorptionFile, emissionFile)");
            double shell = range(optional(j.shellMonolayers(), QuantumDot.DEFAULT_SHELL_MONOLAYERS), 0,
                    PhysicalLimits.SHELL_MONOLAYERS_MAX, p + ".shellMonolayers", "");
            double shift = range(optional(j.shellShiftPerMonolayerMeV(),
                    QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV * 1000), 0,
                    PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV * 1000, p + ".shellShiftPerMonolayerMeV",
                    " meV") / 1000;
            double stokes = range(optional(j.stokesShiftMeV(), QuantumDot.DEFAULT_STOKES_SHIFT_EV * 1000), 0,
                    PhysicalLimits.STOKES_SHIFT_MAX_EV * 1000, p + ".stokesShiftMeV", " meV") / 1000;
            double emFwhm = range(optional(j.emissionFwhmMeV(), QuantumDot.DEFAULT_EMISSION_FWHM_EV * 1000),
                    PhysicalLimits.BAND_FWHM_MIN_EV * 1000, PhysicalLimits.BAND_FWHM_MAX_EV * 1000,
                    p + ".emissionFwhmMeV", " meV") / 1000;
            double absFwhm = range(optional(j.absorptionFwhm1SMeV(),
                    QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV * 1000), PhysicalLimits.BAND_FWHM_MIN_EV * 1000,
                    PhysicalLimits.BAND_FWHM_MAX_EV * 1000, p + ".absorptionFwhm1SMeV", " meV") / 1000;
            SubGapTailLaw law;
            try {
                law = j.tailLaw() == null ? QuantumDot.DEFAULT_TAIL_LAW : SubGapTailLaw.parse(j.tailLaw());
            } catch (IllegalArgumentException e) {
                throw bad(p + ".tailLaw", e.getMessage());
            }
            if (!(temperatureK < law.maxTemperatureK())) {
                throw bad(p + ".tailLaw", String.format(java.util.Locale.ROOT, "%s needs temperatureK below "
                        + "%.1f K (a phonon population below 1), got %s K", law.id(), law.maxTemperatureK(),
                        fmt(temperatureK)));
            }
            double prefactor = range(optional(j.tailPrefactor(), 1), 0, PhysicalLimits.TAIL_PREFACTOR_MAX,
                    p + ".tailPrefactor", "");
            double dispersion = range(optional(j.sizeDispersionPercent(), 0), 0,
                    PhysicalLimits.SIZE_DISPERSION_MAX * 100, p + ".sizeDispersionPercent", " %") / 100;
            double core;
            if (j.coreDiameterNm() != null && j.emissionPeakNm() != null) {
                throw bad(p, "give coreDiameterNm or emissionPeakNm, not both");
            } else if (j.coreDiameterNm() != null) {
                core = range(j.coreDiameterNm(), PhysicalLimits.CORE_DIAMETER_MIN_NM,
                        PhysicalLimits.CORE_DIAMETER_MAX_NM, p + ".coreDiameterNm", " nm");
            } else if (j.emissionPeakNm() != null) {
                try {
                    core = QuantumDot.coreDiameterForEmissionNm(j.emissionPeakNm(), shell, shift, stokes);
                } catch (IllegalArgumentException e) {
                    throw bad(p + ".emissionPeakNm", e.getMessage());
                }
            } else {
                throw bad(p + ".coreDiameterNm", "required (or emissionPeakNm, or absorptionFile and emissionFile)");
            }
            QuantumDot single;
            try {
                single = new QuantumDot(core, shell, shift, stokes, emFwhm, absFwhm, plqy, law, prefactor, 0,
                        gapShift, null);
            } catch (IllegalArgumentException e) {
                throw bad(p, e.getMessage());
            }
            try {
                return single.withSizeDispersion(dispersion);
            } catch (IllegalArgumentException e) {
                throw bad(p + ".sizeDispersionPercent", e.getMessage());
            }
        }

        private QuantumDot measuredQd(DesignJson.Qd j, String p, double plqy, double gapShift)
                throws InputException {
            String why = "does not apply to dots given by measured spectra (absorptionFile, emissionFile)";
            notGiven(j.coreDiameterNm(), p + ".coreDiameterNm", why);
            notGiven(j.emissionPeakNm(), p + ".emissionPeakNm", why);
            notGiven(j.shellMonolayers(), p + ".shellMonolayers", why);
            notGiven(j.shellShiftPerMonolayerMeV(), p + ".shellShiftPerMonolayerMeV", why);
            notGiven(j.stokesShiftMeV(), p + ".stokesShiftMeV", why);
            notGiven(j.emissionFwhmMeV(), p + ".emissionFwhmMeV", why);
            notGiven(j.absorptionFwhm1SMeV(), p + ".absorptionFwhm1SMeV", why);
            notGiven(j.tailLaw(), p + ".tailLaw", why);
            notGiven(j.tailPrefactor(), p + ".tailPrefactor", why);
            notGiven(j.sizeDispersionPercent(), p + ".sizeDispersionPercent", why);
            if (j.absorptionFile() == null) {
                throw bad(p + ".absorptionFile", "required with emissionFile");
            }
            if (j.emissionFile() == null) {
                throw bad(p + ".emissionFile", "required with absorptionFile");
            }
            double measuredAt = range(optional(j.spectraTemperatureK(), QuantumDot.REFERENCE_TEMPERATURE_K), 200, 450,
                    p + ".spectraTemperatureK", " K");
            double peakNm = j.absorption1SPeakNm() == null ? Double.NaN
                    : range(j.absorption1SPeakNm(), 250, 1100, p + ".absorption1SPeakNm", " nm");
            Path absorption = resolve(j.absorptionFile());
            Path emission = resolve(j.emissionFile());
            Spectrum a = oneSpectrum(absorption, p + ".absorptionFile");
            Spectrum e = oneSpectrum(emission, p + ".emissionFile");
            MeasuredQdSpectra spectra;
            try {
                spectra = new MeasuredQdSpectra(a, e, measuredAt, peakNm, absorption, emission);
            } catch (IllegalArgumentException ex) {
                String field = ex.getMessage().contains("photoluminescence") ? ".emissionFile"
                        : j.absorption1SPeakNm() != null ? ".absorption1SPeakNm" : ".absorptionFile";
                throw bad(p + field, ex.getMessage());
            }
            return QuantumDot.ofMeasured(spectra, plqy, gapShift);
        }

        private Path resolve(String name) {
            return file.toAbsolutePath().getParent().resolve(name).normalize();
        }

        private Spectrum oneSpectrum(Path spectrum, String path) throws InputException {
            SpectrumFiles.Contents read;
            try {
                read = spectra.read(spectrum);
            } catch (InputException e) {
                // the design file and field first: the user may not know which file the design names
                throw new InputException(file + ": " + path, e.getMessage(), e);
            }
            // the same prefix for the reader's warnings (which name the spectrum file)
            read.warnings().forEach(w -> warnings.add(file + ": " + path + ": " + w));
            List<NamedSpectrum> s = read.spectra();
            if (s.size() != 1) {
                throw bad(path, "must hold one spectrum, found " + s.size());
            }
            return s.get(0).spectrum();
        }

        private void notGiven(Object v, String path, String why) throws InputException {
            if (v != null) {
                throw bad(path, why);
            }
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
    }
}
