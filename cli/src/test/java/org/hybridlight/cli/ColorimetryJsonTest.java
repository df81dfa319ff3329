package org.hybridlight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/** The objects written straight as text are the text Jackson's generator writes for them, pretty and compact. */
class ColorimetryJsonTest {

    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /** Jackson's text of one object: the pretty array's element, or a compact line. */
    private static String jackson(SpectrumLabel s, Colorimetry c, boolean pretty) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(w)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            ColorimetryJson.writeFields(g, s.name(), c);
            ColorimetryJson.writeInstrument(g, s.instrument());
            g.writeEndObject();
        }
        return w.toString();
    }

    /** Random bands of light, evaluated with every metric choice, under names that need escapes or not. */
    @Test
    void textIsJacksonsForEveryMetricChoiceAndName() throws IOException {
        Random random = new Random(14);
        double[] wl = new double[401];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = 380 + i;
        }
        String[] names = {"plain", "quote \" and \\ backslash", "tab\tnew\nline\u0001", "Lämpchen ☀", ""};
        List<SpectrumEvaluator> evaluators = List.of(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true, true),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true, false),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false, true),
                new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false, false));
        int compared = 0;
        Colorimetry last = null;
        for (int k = 0; k < 40; k++) {
            double[] v = new double[wl.length];
            int bands = 1 + random.nextInt(3);
            for (int b = 0; b < bands; b++) {
                double peak = 420 + 260 * random.nextDouble();
                double width = 5 + 100 * random.nextDouble();
                for (int i = 0; i < v.length; i++) {
                    v[i] += Math.exp(-0.5 * Math.pow((wl[i] - peak) / width, 2));
                }
            }
            Spectrum s = new Spectrum(wl, v);
            for (SpectrumEvaluator e : evaluators) {
                Colorimetry c;
                try {
                    c = e.evaluate(s, CriReference.parseBuiltIn("auto"));
                } catch (IllegalArgumentException outOfRange) {
                    continue;
                }
                last = c;
                SpectrumLabel label = new SpectrumLabel(names[k % names.length], InstrumentFigures.NONE);
                for (boolean pretty : new boolean[] {true, false}) {
                    assertEquals(jackson(label, c, pretty), ColorimetryJson.object(label, c, pretty));
                    compared++;
                }
            }
        }
        // a spectrum with an instrument's figures takes the generator's own path: still the same text
        SpectrumLabel withFigures = new SpectrumLabel("sekonic", new InstrumentFigures(Map.of("cct", 3012.5)));
        assertEquals(jackson(withFigures, last, true), ColorimetryJson.object(withFigures, last, true));
        assertEquals(true, compared > 200, "compared " + compared);
    }

    /** The array's frame is the pretty printer's: "[ ", ", " between objects, " ]" (and "[ ]" for none). */
    @Test
    void arrayIsJacksonsPrettyArray() throws IOException {
        double[] wl = new double[81];
        double[] v = new double[wl.length];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = 380 + 5 * i;
            v[i] = 1 + i % 7;
        }
        Colorimetry c = new SpectrumEvaluator().evaluate(new Spectrum(wl, v), CriReference.parseBuiltIn("auto"));
        for (int n : new int[] {0, 1, 3}) {
            List<SpectrumLabel> labels = new ArrayList<>();
            List<Colorimetry> results = new ArrayList<>();
            StringWriter expected = new StringWriter();
            try (JsonGenerator g = JACKSON.createGenerator(expected)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (int i = 0; i < n; i++) {
                    labels.add(new SpectrumLabel("s" + i, InstrumentFigures.NONE));
                    results.add(c);
                    g.writeStartObject();
                    ColorimetryJson.writeFields(g, "s" + i, c);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            StringWriter actual = new StringWriter();
            ColorimetryJson.Array array = new ColorimetryJson.Array(actual);
            array.add(labels, results);
            array.finish();
            assertEquals(expected + System.lineSeparator(), actual.toString());
        }
    }
}
