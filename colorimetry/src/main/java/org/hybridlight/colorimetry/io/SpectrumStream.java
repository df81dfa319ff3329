package org.hybridlight.colorimetry.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The spectra of a file one at a time, as {@link SpectrumFileReader#open} reads them: a file with one spectrum per
 * row is parsed row by row as {@link #next} is called (constant memory whatever its length), any other file is
 * read whole when it is opened. A problem further down a row-oriented file surfaces from {@link #next}, as the same
 * {@link InputException} (file and line) reading it whole would give.
 */
public interface SpectrumStream extends AutoCloseable {

    /** The next spectrum, or null after the last. */
    NamedSpectrum next() throws InputException;

    /** True when the whole file was read and checked on opening: {@link #next} cannot fail. */
    boolean readWhole();

    /** True when some spectrum may carry its instrument's own figures (known on opening). */
    boolean hasInstrumentFigures();

    /** CPU time (ns) of the threads that parsed parts of the file for the opening one, for timing figures. */
    default long readAheadCpuNanos() {
        return 0;
    }

    @Override
    void close();

    /** Every remaining spectrum. */
    default List<NamedSpectrum> toList() throws InputException {
        List<NamedSpectrum> all = new ArrayList<>();
        for (NamedSpectrum s = next(); s != null; s = next()) {
            all.add(s);
        }
        return all;
    }

    /** The spectra of a file read whole. */
    static SpectrumStream of(List<NamedSpectrum> spectra) {
        Iterator<NamedSpectrum> it = List.copyOf(spectra).iterator();
        boolean figures = spectra.stream().anyMatch(s -> !s.instrument().isEmpty());
        return new SpectrumStream() {
            @Override
            public NamedSpectrum next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public boolean readWhole() {
                return true;
            }

            @Override
            public boolean hasInstrumentFigures() {
                return figures;
            }

            @Override
            public void close() {
            }
        };
    }
}
