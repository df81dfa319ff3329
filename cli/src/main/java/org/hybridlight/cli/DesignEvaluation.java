package org.hybridlight.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.SpectrumCsvWriter;
import org.hybridlight.colorimetry.io.Tm27SpectrumWriter;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.Photons;
import org.hybridlight.source.UnitResult;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.JsonInput;

/** Output of {@code evaluate --design}: the colorimetry of the white plus the source's powers and units. */
final class DesignEvaluation {

    private DesignEvaluation() {
    }

    /** A design's source simulated and its white evaluated. */
    record Evaluated(HybridResult result, Colorimetry colorimetry) {
    }

    /**
     * What {@code evaluate --design} computes, also for {@code report}: the source simulated on the computation
     * grid and its white evaluated against {@code reference} (CIE 13.3 and TM-30).
     *
     * @throws IllegalArgumentException when the white cannot be evaluated
     */
    static Evaluated evaluate(Design design, CriReference reference) {
        HybridResult result = design.source().simulate(WavelengthGrid.COMPUTATION);
        return new Evaluated(result, new SpectrumEvaluator().evaluate(result.whiteSpectrum(), reference));
    }

    static void json(Writer out, String name, Colorimetry c, Design design, HybridResult r) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            ColorimetryJson.writeFields(g, name, c);
            ColorimetryJson.number(g, "pe", r.powerConversionEfficiency());
            ColorimetryJson.number(g, "opticalPowerInW", r.opticalPowerInW());
            ColorimetryJson.number(g, "opticalPowerOutW", r.opticalPowerOutW());
            ColorimetryJson.number(g, "heatLoadW", r.heatLoadW());
            g.writeArrayFieldStart("units");
            for (int k = 0; k < r.units().size(); k++) {
                UnitResult u = r.units().get(k);
                g.writeStartObject();
                g.writeStringField("name", design.unitNames().get(k));
                ColorimetryJson.number(g, "weight", design.source().weights()[k]);
                ColorimetryJson.number(g, "opticalPowerInW", u.opticalPowerInW());
                ColorimetryJson.number(g, "transmittedW", u.transmittedW());
                ColorimetryJson.number(g, "absorbedW", u.absorbedW());
                ColorimetryJson.number(g, "emittedW", u.emittedW());
                ColorimetryJson.number(g, "opticalPowerOutW", u.opticalPowerOutW());
                ColorimetryJson.number(g, "heatLoadW", u.heatLoadW());
                ColorimetryJson.number(g, "absorbedPhotonsPerS", u.absorbedPhotonsPerS());
                ColorimetryJson.number(g, "pe", u.powerConversionEfficiency());
                ColorimetryJson.number(g, "deltaEAvgMeV", u.deltaEAvgEv() * 1000);
                ColorimetryJson.number(g, "deltaEMaxMeV", u.deltaEMaxEv() * 1000);
                ColorimetryJson.number(g, "excitationPeakNm", Photons.wavelengthNm(u.excitationPhotonEv()));
                var unit = design.source().units().get(k);
                // a channel without dots has no QD peak: null
                ColorimetryJson.number(g, "qdEmissionPeakNm", unit.hasDots()
                        ? unit.qd().emissionPeakNm(design.source().temperatureK()) : Double.NaN);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void table(PrintWriter out, String name, Colorimetry c, Design design, HybridResult r) {
        ColorimetryTable.write(out, List.of(new SpectrumLabel(name, InstrumentFigures.NONE)), List.of(c));
        out.println();
        out.printf(Locale.ROOT, "source: %.4f W in, %.4f W out, PE %.2f %%, heat load %.5f W%n", r.opticalPowerInW(),
                r.opticalPowerOutW(), 100 * r.powerConversionEfficiency(), r.heatLoadW());
        int w = "unit".length();
        for (String n : design.unitNames()) {
            w = Math.max(w, n.length());
        }
        String f = "%-" + w + "s";
        out.printf(Locale.ROOT, f + " %7s %9s %9s %9s %9s %8s %11s %11s %10s%n", "unit", "weight", "in (W)",
                "absorbed", "emitted", "out (W)", "PE (%)", "dEavg (meV)", "dEmax (meV)", "heat (W)");
        for (int k = 0; k < r.units().size(); k++) {
            UnitResult u = r.units().get(k);
            // a unit at weight 0 has no PE, a channel without dots no up-conversion gain: "-", not NaN
            out.printf(Locale.ROOT, f + " %7.4f %9.5f %9.5f %9.5f %9.5f %8s %11s %11s %10.6f%n",
                    design.unitNames().get(k), design.source().weights()[k], u.opticalPowerInW(), u.absorbedW(),
                    u.emittedW(), u.opticalPowerOutW(), ColorimetryTable.fixed(100 * u.powerConversionEfficiency(), 2),
                    ColorimetryTable.fixed(u.deltaEAvgEv() * 1000, 1),
                    ColorimetryTable.fixed(u.deltaEMaxEv() * 1000, 1), u.heatLoadW());
        }
        out.println("dEavg: mean emitted minus mean absorbed photon energy; dEmax: highest detectable emitted photon "
                + "(1 % of the emission peak) minus the LED's peak photon (paper Fig. 5a)");
    }

    /**
     * The white spectrum (nm, W/nm) for writing to {@code target} with {@link AtomicFiles}: IES TM-27 XML for a
     * {@code .spdx} name, CSV otherwise.
     */
    static AtomicFiles.Content exported(Path target, String name, HybridResult r) {
        String file = target.getFileName() == null ? "" : target.getFileName().toString();
        if (file.toLowerCase(Locale.ROOT).endsWith(".spdx")) {
            double[] wl = new double[r.whiteWPerNm().length];
            for (int i = 0; i < wl.length; i++) {
                wl[i] = r.grid().wavelengthNm(i);
            }
            Map<String, String> header = new LinkedHashMap<>();
            header.put("Description", name);
            header.put("DocumentCreator", "hybridlight");
            return AtomicFiles.utf8(Tm27SpectrumWriter.toXml(header, "W/nm", Double.NaN, wl, r.whiteWPerNm()));
        }
        return AtomicFiles.utf8(SpectrumCsvWriter.toCsv(name, r.grid(), r.whiteWPerNm()));
    }

    /**
     * The measured-LED spectrum files a design file names, by field path ({@code units[0].led.spectrumFile}),
     * resolved as the design reader resolves them: inputs no output may replace. Call after the design was read.
     */
    static Map<String, Path> spectrumFiles(Path design) {
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            JsonNode units = JsonInput.bind(design, JsonInput.readText(design, "design file"), JsonNode.class)
                    .path("units");
            for (int k = 0; k < units.size(); k++) {
                JsonNode f = units.get(k).path("led").path("spectrumFile");
                if (f.isTextual()) {
                    files.put("units[" + k + "].led.spectrumFile",
                            design.toAbsolutePath().getParent().resolve(f.asText()));
                }
            }
        } catch (InputException e) {
            // the design was read already; nothing to add
        }
        return files;
    }
}
