package org.hybridlight.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;

/**
 * The stable JSON form of {@code evaluate}: an array with one object per spectrum and exactly the keys name, X, Y,
 * Z, x, y, u, v, uPrime, vPrime, cct, duv, ra, r, ler, reference, criValid, then the TM-30 keys rf, rg, rfHj,
 * rcsHj, rhsHj, and for a file with an instrument's own figures (Sekonic, UPRtek) {@code instrument}: an object of
 * those figures under the same key names (only those the file has). Missing numbers are {@code null}.
 */
final class ColorimetryJson {

    private ColorimetryJson() {
    }

    /**
     * Numbers by Schubfach (Giulietti 2020), the shortest digits that read back as the same double, three times
     * faster than Double.toString of Java 17 (which sometimes prints a digit more).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /** Each result's {@link ResultSink#render} text, made here on the calling thread. */
    private static List<Object> renderAll(ResultSink sink, List<SpectrumLabel> spectra, List<Colorimetry> results) {
        List<Object> rendered = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            rendered.add(sink.render(spectra.get(i), results.get(i)));
        }
        return rendered;
    }

    /**
     * The JSON array, each object serialized on the worker that evaluated it ({@link ResultSink#render}), the
     * objects' texts held in memory as the chunks come and written out whole at {@link ResultSink#finish}: nothing
     * reaches the output before the whole input is accepted, and no result object is held. The text is that of
     * Jackson's default pretty printer over the whole array: {@code [ }, objects joined by {@code , }, then
     * {@code  ]} ({@code [ ]} for none).
     */
    static final class Array implements ResultSink {
        private final Writer out;
        /** The objects' texts (compact strings: a byte a character for the usual ASCII names). */
        private final List<String> objects = new ArrayList<>();

        Array(Writer out) {
            this.out = out;
        }

        @Override
        public Object render(SpectrumLabel spectrum, Colorimetry result) {
            return object(spectrum, result, true);
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results) {
            add(spectra, results, renderAll(this, spectra, results));
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results, List<Object> rendered) {
            rendered.forEach(r -> objects.add((String) r));
        }

        @Override
        public void finish() {
            try {
                out.write(objects.isEmpty() ? "[ ]" : "[ ");
                for (int i = 0; i < objects.size(); i++) {
                    if (i > 0) {
                        out.write(", ");
                    }
                    out.write(objects.get(i));
                    // released once written
                    objects.set(i, null);
                }
                out.write(objects.isEmpty() ? "" : " ]");
                objects.clear();
                out.write(System.lineSeparator());
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean streams() {
            return false;
        }
    }

    /**
     * One spectrum's object, pretty-printed as an element of {@link Array} or compact as a line of {@link Lines}:
     * the same text as Jackson's generator (its default pretty printer, its escapes, Schubfach numbers), written
     * straight into a builder ({@link JsonFields.Text}) — the generator's per-token bookkeeping cost more than the
     * numbers. An object with instrument figures (a few files) goes through the generator.
     */
    static String object(SpectrumLabel spectrum, Colorimetry result, boolean pretty) {
        if (spectrum.instrument().isEmpty()) {
            JsonFields.Text t = new JsonFields.Text(pretty);
            try {
                fields(t, spectrum.name(), result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return t.end();
        }
        StringWriter w = new StringWriter(pretty ? 2560 : 2048);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            writeFields(g, spectrum.name(), result);
            writeInstrument(g, spectrum.instrument());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * JSON Lines: one compact object per spectrum and line, the keys of {@link Array}, each serialized on the worker
     * that evaluated it ({@link #render}); written as they come, so nothing is held (jsonlines.org).
     */
    static final class Lines implements ResultSink {
        private final Writer out;

        Lines(Writer out) {
            this.out = out;
        }

        @Override
        public Object render(SpectrumLabel spectrum, Colorimetry result) {
            return object(spectrum, result, false);
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results) {
            add(spectra, results, renderAll(this, spectra, results));
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results, List<Object> rendered) {
            try {
                for (Object line : rendered) {
                    out.write((String) line);
                    out.write('\n');
                }
                // once per chunk: the lines reach the reader as they finish without a system call per line
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
        }

        @Override
        public boolean streams() {
            return true;
        }
    }

    /** The keys of one spectrum, for reuse by commands that add their own. */
    static void writeFields(JsonGenerator g, String name, Colorimetry c) throws IOException {
        fields(new JsonFields.OnGenerator(g), name, c);
    }

    /** The keys of one spectrum in their order, onto either writer. */
    private static void fields(JsonFields f, String name, Colorimetry c) throws IOException {
        f.string("name", name);
        f.number("X", c.xyz().x());
        f.number("Y", c.xyz().y());
        f.number("Z", c.xyz().z());
        f.number("x", c.xy().x());
        f.number("y", c.xy().y());
        f.number("u", c.uv().u());
        f.number("v", c.uv().v());
        f.number("uPrime", c.uvPrime().u());
        f.number("vPrime", c.uvPrime().v());
        f.number("cct", c.cctK());
        f.number("duv", c.duv());
        ColourRendering cr = c.colourRendering();
        f.number("ra", cr == null ? Double.NaN : cr.ra());
        f.numbers("r", cr == null ? null : cr.r());
        f.number("ler", c.lerLmPerW());
        f.string("reference", cr == null ? null : cr.reference());
        // not computed (--metrics): unknown, not invalid
        f.bool("criValid", Colorimetry.NOT_REQUESTED.equals(c.colourRenderingProblem()) ? null
                : cr != null && cr.valid());
        Tm30Result tm = c.tm30();
        f.number("rf", c.rf());
        f.number("rg", c.rg());
        f.numbers("rfHj", tm == null ? null : tm.rfHj());
        f.numbers("rcsHj", tm == null ? null : tm.rcsHj());
        f.numbers("rhsHj", tm == null ? null : tm.rhsHj());
    }

    /** {@code instrument}: the figures the measuring instrument reported, under our keys; absent when none. */
    static void writeInstrument(JsonGenerator g, InstrumentFigures instrument) throws IOException {
        if (instrument.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("instrument");
        for (Map.Entry<String, Double> e : instrument.values().entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String key, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(key, v);
        } else {
            g.writeNullField(key);
        }
    }
}
