package org.hybridlight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;

/**
 * Where {@code evaluate --spectrum} puts its results, one per {@code --format}, fed chunk by chunk in input order:
 * {@code jsonl} and {@code csv} write each chunk as it comes (nothing held), {@code json} holds its text and
 * {@code table} the results (not the spectra), both written at {@link #finish}.
 */
interface ResultSink {

    /** The results of the next spectra, in input order. */
    void add(List<SpectrumLabel> spectra, List<Colorimetry> results);

    /**
     * This sink's text of one result, made ahead on the thread that evaluated it (so that serializing runs on every
     * core), or null when the sink has none: then {@link #add(List, List)} does all the work.
     */
    default Object render(SpectrumLabel spectrum, Colorimetry result) {
        return null;
    }

    /** {@link #add(List, List)} with each result's {@link #render} (nulls when the sink renders none). */
    default void add(List<SpectrumLabel> spectra, List<Colorimetry> results, List<Object> rendered) {
        add(spectra, results);
    }

    /** After the last chunk. */
    void finish();

    /** True when {@link #add} writes at once. */
    boolean streams();

    /**
     * The sink of {@code format} ({@code table}, {@code json}, {@code jsonl} or {@code csv}); {@code instrumentColumns}:
     * some spectrum may carry its instrument's figures (the CSV header then has their columns).
     */
    static ResultSink of(String format, PrintWriter out, boolean instrumentColumns) {
        return switch (format) {
            case "jsonl" -> new ColorimetryJson.Lines(out);
            case "csv" -> new ColorimetryCsv.Rows(out, instrumentColumns);
            case "json" -> new ColorimetryJson.Array(out);
            case "table" -> new Held(out, ColorimetryTable::write);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /** A writer of all results at once. */
    interface WholeWriter {
        void write(PrintWriter out, List<SpectrumLabel> spectra, List<Colorimetry> results);
    }

    /** Holds the results and writes them whole at the end. */
    final class Held implements ResultSink {
        private final PrintWriter out;
        private final WholeWriter writer;
        private final List<SpectrumLabel> spectra = new ArrayList<>();
        private final List<Colorimetry> results = new ArrayList<>();

        Held(PrintWriter out, WholeWriter writer) {
            this.out = out;
            this.writer = writer;
        }

        @Override
        public void add(List<SpectrumLabel> s, List<Colorimetry> r) {
            spectra.addAll(s);
            results.addAll(r);
        }

        @Override
        public void finish() {
            writer.write(out, spectra, results);
            out.flush();
        }

        @Override
        public boolean streams() {
            return false;
        }
    }
}
