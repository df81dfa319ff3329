package org.hybridlight.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    /**
     * The JSON array, each object serialized on the worker that evaluated it ({@link #render}), the objects joined
     * here as the chunks come, into memory, and written out whole at {@link #finish}: nothing reaches the output before
     * the whole input is accepted, and no result object is held. The text is that of Jackson's default pretty
     * printer over the whole array: {@code [ }, objects joined by {@code , }, then {@code  ]} ({@code [ ]} for none).
     */
    static final class Array implements ResultSink {
        private final Writer out;
        private final ChunkedText text = new ChunkedText();
        private boolean first = true;

        Array(Writer out) {
            this.out = out;
        }

        @Override
        public Object render(SpectrumLabel spectrum, Colorimetry result) {
            return object(spectrum, result, true);
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results) {
            for (int i = 0; i < results.size(); i++) {
                append(object(spectra.get(i), results.get(i), true));
            }
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results, List<Object> rendered) {
            rendered.forEach(r -> append((String) r));
        }

        private void append(String object) {
            text.write(first ? "[ " : ", ");
            first = false;
            text.write(object);
        }

        @Override
        public void finish() {
            try {
                text.write(first ? "[ ]" : " ]");
                text.moveTo(out);
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

    /** One spectrum's object, pretty-printed as an element of {@link Array} or compact as a line of {@link Lines}. */
    static String object(SpectrumLabel spectrum, Colorimetry result, boolean pretty) {
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

    /** Text held in memory in fixed chunks: growing copies nothing (a large output is held once, not thrice). */
    static final class ChunkedText extends Writer {
        private static final int CHUNK = 1 << 16;
        private final List<char[]> chunks = new java.util.ArrayList<>();
        private int used = CHUNK;

        @Override
        public void write(char[] cbuf, int off, int len) {
            while (len > 0) {
                if (used == CHUNK) {
                    chunks.add(new char[CHUNK]);
                    used = 0;
                }
                int n = Math.min(len, CHUNK - used);
                System.arraycopy(cbuf, off, chunks.get(chunks.size() - 1), used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void write(String str) {
            int off = 0;
            int len = str.length();
            while (len > 0) {
                if (used == CHUNK) {
                    chunks.add(new char[CHUNK]);
                    used = 0;
                }
                int n = Math.min(len, CHUNK - used);
                str.getChars(off, off + n, chunks.get(chunks.size() - 1), used);
                used += n;
                off += n;
                len -= n;
            }
        }

        /** Writes the text to {@code out}, releasing each chunk once written. */
        void moveTo(Writer out) throws IOException {
            for (int i = 0; i < chunks.size(); i++) {
                out.write(chunks.get(i), 0, i == chunks.size() - 1 ? used : CHUNK);
                chunks.set(i, null);
            }
            chunks.clear();
            used = CHUNK;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
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
            List<Object> rendered = new java.util.ArrayList<>(results.size());
            for (int i = 0; i < results.size(); i++) {
                rendered.add(object(spectra.get(i), results.get(i), false));
            }
            add(spectra, results, rendered);
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
        g.writeStringField("name", name);
        number(g, "X", c.xyz().x());
        number(g, "Y", c.xyz().y());
        number(g, "Z", c.xyz().z());
        number(g, "x", c.xy().x());
        number(g, "y", c.xy().y());
        number(g, "u", c.uv().u());
        number(g, "v", c.uv().v());
        number(g, "uPrime", c.uvPrime().u());
        number(g, "vPrime", c.uvPrime().v());
        number(g, "cct", c.cctK());
        number(g, "duv", c.duv());
        ColourRendering cr = c.colourRendering();
        number(g, "ra", cr == null ? Double.NaN : cr.ra());
        g.writeFieldName("r");
        if (cr == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (double r : cr.r()) {
                g.writeNumber(r);
            }
            g.writeEndArray();
        }
        number(g, "ler", c.lerLmPerW());
        if (cr == null) {
            g.writeNullField("reference");
        } else {
            g.writeStringField("reference", cr.reference());
        }
        if (Colorimetry.NOT_REQUESTED.equals(c.colourRenderingProblem())) {
            // not computed (--metrics): unknown, not invalid
            g.writeNullField("criValid");
        } else {
            g.writeBooleanField("criValid", cr != null && cr.valid());
        }
        Tm30Result tm = c.tm30();
        number(g, "rf", c.rf());
        number(g, "rg", c.rg());
        array(g, "rfHj", tm == null ? null : tm.rfHj());
        array(g, "rcsHj", tm == null ? null : tm.rcsHj());
        array(g, "rhsHj", tm == null ? null : tm.rhsHj());
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

    private static void array(JsonGenerator g, String key, double[] values) throws IOException {
        g.writeFieldName(key);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (double v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    static void number(JsonGenerator g, String key, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(key, v);
        } else {
            g.writeNullField(key);
        }
    }
}
