package org.hybridlight.source.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.QuantumDot;

/**
 * Reads design files (JSON). Every problem is one {@link InputException} naming the file and the field path, e.g.
 * {@code design.json: units[2].qd.od1S: must be > 0}; unknown fields, wrong types and missing required fields are
 * errors, and so are values outside their physical range.
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
        return new Builder(file).build(json);
    }

    /**
     * Validates and builds a design from its JSON shape made in memory (an editor's state); {@code file} names it
     * in messages and anchors relative paths.
     */
    public static Design fromJson(Path file, DesignJson.File json) throws InputException {
        return new Builder(file).build(json);
    }

    /** Turns the bound JSON into model objects, checking each field with its path. */
    private static final class Builder {
        private final Path file;

        Builder(Path file) {
            this.file = file;
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
            double t = range(optional(json.temperatureK(), 300), 200, 450, "temperatureK", " K");
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
                    cct = range(json.target().cctK(), 1000, 25000, "target.cctK", " K");
                }
                duv = range(optional(json.target().duv(), 0), -0.05, 0.05, "target.duv", "");
            }
            if (json.units() == null || json.units().isEmpty()) {
                throw bad("units", "at least one unit is required");
            }
            if (json.units().size() > 8) {
                throw bad("units", "at most 8 units, got " + json.units().size());
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
                weights[k] = range(optional(u.weight(), 1), 0, 1e6, p + ".weight", "");
                names.add(u.name() == null ? "unit " + (k + 1) : u.name());
                if (u.led() == null) {
                    throw bad(p + ".led", "required");
                }
                if (u.qd() == null) {
                    throw bad(p + ".qd", "required");
                }
                Led led = led(u.led(), p + ".led");
                QuantumDot qd = qd(u.qd(), p + ".qd");
                double od = positive(required(u.qd().od1S(), p + ".qd.od1S"), 100, p + ".qd.od1S", "");
                double path = range(optional(u.reabsorptionPathFactor(), 0), 0, 10, p + ".reabsorptionPathFactor", "");
                units.add(new LedQdUnit(led, qd, od, path));
            }
            return new Design(new HybridSource(units, weights, t), names, reference, cct, duv);
        }

        private Led led(DesignJson.Led j, String p) throws InputException {
            LedShape shape;
            try {
                shape = j.shape() == null ? LedShape.OHNO_2005 : LedShape.parse(j.shape());
            } catch (IllegalArgumentException e) {
                throw bad(p + ".shape", e.getMessage());
            }
            double power = positive(optional(j.opticalPowerW(), 0.1), 1000, p + ".opticalPowerW", " W");
            if (shape == LedShape.MEASURED) {
                if (j.spectrumFile() == null) {
                    throw bad(p + ".spectrumFile", "required for a measured LED");
                }
                Path spectrum = file.toAbsolutePath().getParent().resolve(j.spectrumFile());
                List<NamedSpectrum> s;
                try {
                    s = SpectrumFileReader.read(spectrum, w -> { });
                } catch (InputException e) {
                    // the design file and field first: the user may not know which file the design names
                    throw new InputException(file + ": " + p + ".spectrumFile", e.getMessage(), e);
                }
                if (s.size() != 1) {
                    throw bad(p + ".spectrumFile", "must hold one spectrum, found " + s.size());
                }
                return new Led(shape, Double.NaN, Double.NaN, power, s.get(0).spectrum());
            }
            if (j.spectrumFile() != null) {
                throw bad(p + ".spectrumFile", "only for shape 'measured'");
            }
            double peak = range(required(j.peakNm(), p + ".peakNm"), 250, 1100, p + ".peakNm", " nm");
            double fwhm = positive(required(j.fwhmNm(), p + ".fwhmNm"), 200, p + ".fwhmNm", " nm");
            try {
                return new Led(shape, peak, fwhm, power, null);
            } catch (IllegalArgumentException e) {
                throw bad(p + ".fwhmNm", e.getMessage());
            }
        }

        private QuantumDot qd(DesignJson.Qd j, String p) throws InputException {
            double shell = range(optional(j.shellMonolayers(), QuantumDot.DEFAULT_SHELL_MONOLAYERS), 0, 20,
                    p + ".shellMonolayers", "");
            double shift = range(optional(j.shellShiftPerMonolayerMeV(),
                    QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV * 1000), 0, 199, p + ".shellShiftPerMonolayerMeV",
                    " meV") / 1000;
            double stokes = range(optional(j.stokesShiftMeV(), QuantumDot.DEFAULT_STOKES_SHIFT_EV * 1000), 0, 299,
                    p + ".stokesShiftMeV", " meV") / 1000;
            double emFwhm = range(optional(j.emissionFwhmMeV(), QuantumDot.DEFAULT_EMISSION_FWHM_EV * 1000), 6, 999,
                    p + ".emissionFwhmMeV", " meV") / 1000;
            double absFwhm = range(optional(j.absorptionFwhm1SMeV(),
                    QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV * 1000), 6, 999, p + ".absorptionFwhm1SMeV", " meV")
                    / 1000;
            double plqy = optional(j.plqy(), QuantumDot.DEFAULT_PLQY);
            if (!(plqy > 0 && plqy <= 1)) {
                throw bad(p + ".plqy", "must be > 0 and <= 1, got " + fmt(plqy));
            }
            double core;
            if (j.coreDiameterNm() != null && j.emissionPeakNm() != null) {
                throw bad(p, "give coreDiameterNm or emissionPeakNm, not both");
            } else if (j.coreDiameterNm() != null) {
                core = range(j.coreDiameterNm(), 1.6, 8.6, p + ".coreDiameterNm", " nm");
            } else if (j.emissionPeakNm() != null) {
                try {
                    core = QuantumDot.coreDiameterForEmissionNm(j.emissionPeakNm(), shell, shift, stokes);
                } catch (IllegalArgumentException e) {
                    throw bad(p + ".emissionPeakNm", e.getMessage());
                }
            } else {
                throw bad(p + ".coreDiameterNm", "required (or emissionPeakNm)");
            }
            try {
                return new QuantumDot(core, shell, shift, stokes, emFwhm, absFwhm, plqy);
            } catch (IllegalArgumentException e) {
                throw bad(p, e.getMessage());
            }
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
        }
    }
}
