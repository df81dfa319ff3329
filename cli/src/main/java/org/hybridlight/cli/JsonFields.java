package org.hybridlight.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;

/**
 * The fields of one JSON object, written onto Jackson's generator or as text with the generator's layout; a null
 * (or, for {@link #number}, non-finite) value is written as null.
 */
interface JsonFields {

    void string(String key, String value) throws IOException;

    void number(String key, double value) throws IOException;

    /** The values as an array (a non-finite one as Jackson writes it, NaN or Infinity). */
    void numbers(String key, double[] values) throws IOException;

    void bool(String key, Boolean value) throws IOException;

    /** Fields onto a Jackson generator. */
    record OnGenerator(JsonGenerator g) implements JsonFields {
        @Override
        public void string(String key, String value) throws IOException {
            g.writeFieldName(key);
            if (value == null) {
                g.writeNull();
            } else {
                g.writeString(value);
            }
        }

        @Override
        public void number(String key, double value) throws IOException {
            ColorimetryJson.number(g, key, value);
        }

        @Override
        public void numbers(String key, double[] values) throws IOException {
            JsonFields.array(g, key, values);
        }

        @Override
        public void bool(String key, Boolean value) throws IOException {
            g.writeFieldName(key);
            if (value == null) {
                g.writeNull();
            } else {
                g.writeBoolean(value);
            }
        }
    }

    /**
     * Fields as text with the layout of Jackson's generator: pretty, its default pretty printer inside an array
     * (fields on their own lines indented by two, {@code " : "}, arrays {@code [ a, b ]}); compact, no blanks.
     * Numbers by Jackson's own Schubfach routine, strings by its escapes: the text is the generator's.
     */
    final class Text implements JsonFields {
        private static final String LINE = System.lineSeparator();
        private final StringBuilder b;
        private final boolean pretty;
        private boolean first = true;

        Text(boolean pretty) {
            this.pretty = pretty;
            this.b = new StringBuilder(pretty ? 2560 : 2048).append('{');
        }

        private void key(String key) {
            if (!first) {
                b.append(',');
            }
            first = false;
            if (pretty) {
                b.append(LINE).append("  ");
            }
            quoted(key);
            b.append(pretty ? " : " : ":");
        }

        private void quoted(String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < 0x20 || ch == '"' || ch == '\\') {
                    b.append(JsonStringEncoder.getInstance().quoteAsString(s));
                    b.append('"');
                    return;
                }
            }
            b.append(s).append('"');
        }

        private void raw(double v) {
            b.append(NumberOutput.toString(v, true));
        }

        @Override
        public void string(String key, String value) {
            key(key);
            if (value == null) {
                b.append("null");
            } else {
                quoted(value);
            }
        }

        @Override
        public void number(String key, double value) {
            key(key);
            if (Double.isFinite(value)) {
                raw(value);
            } else {
                b.append("null");
            }
        }

        @Override
        public void numbers(String key, double[] values) {
            key(key);
            if (values == null) {
                b.append("null");
                return;
            }
            b.append('[');
            for (int i = 0; i < values.length; i++) {
                b.append(i == 0 ? (pretty ? " " : "") : (pretty ? ", " : ","));
                raw(values[i]);
            }
            b.append(pretty ? " ]" : "]");
        }

        @Override
        public void bool(String key, Boolean value) {
            key(key);
            b.append(value == null ? "null" : value ? "true" : "false");
        }

        /** The object's text, closed. */
        String end() {
            if (pretty) {
                b.append(first ? " " : LINE);
            }
            return b.append('}').toString();
        }
    }

    /** {@code key}: the values as an array, or null. */
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
}
