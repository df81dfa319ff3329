package org.hybridlight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hybridlight.colorimetry.Colorimetry;

/**
 * The warnings about evaluated spectra (no CCT, TM-30 or colour rendering not computed, CIE 13.3 indices not
 * meaningful), fed chunk by chunk: the first {@link #MAX_WARNINGS} are printed, the rest counted and summed up at
 * {@link #finish}. Printed at once when the output streams, else held (at most {@link #MAX_WARNINGS} lines) until
 * the input is accepted, so that a refused file gets its one error line alone.
 */
final class ProblemReport {

    /** At most this many per-spectrum warnings are printed; the rest are counted. */
    static final int MAX_WARNINGS = 10;

    private final PrintWriter err;
    private final boolean immediate;
    private final List<String> held = new ArrayList<>();
    private int lines;
    private int invalid;
    private int missing;
    private int spectra;

    ProblemReport(PrintWriter err, boolean immediate) {
        this.err = err;
        this.immediate = immediate;
    }

    void add(List<SpectrumLabel> labels, List<Colorimetry> results) {
        for (int i = 0; i < results.size(); i++) {
            add(labels.get(i).name(), results.get(i));
        }
    }

    private void add(String name, Colorimetry c) {
        spectra++;
        if (c.cctProblem() != null) {
            line(() -> name + ": " + c.cctProblem());
        }
        if (c.tm30Problem() != null && c.cctProblem() == null && !Colorimetry.NOT_REQUESTED.equals(c.tm30Problem())) {
            line(() -> name + ": TM-30 not computed: " + c.tm30Problem());
        }
        if (Colorimetry.NOT_REQUESTED.equals(c.colourRenderingProblem())) {
            // nothing to say about indices nobody asked for
        } else if (c.colourRenderingProblem() != null) {
            missing++;
            line(() -> c.cctProblem() == null ? name + ": colour rendering not computed: " + c.colourRenderingProblem()
                    : name + ": no colour rendering indices (no CCT, so no reference)");
        } else if (!c.colourRendering().valid()) {
            invalid++;
            line(() -> Double.isNaN(c.duv())
                    ? name + ": Duv unknown (no CCT), so whether the CIE 13.3 colour rendering indices are "
                            + "meaningful cannot be told (criValid = false)"
                    : String.format(Locale.ROOT, "%s: |Duv| = %.4f > 0.0054, CIE 13.3 colour rendering "
                            + "indices are not meaningful (criValid = false)", name, Math.abs(c.duv())));
        }
    }

    /** A warning; its text is made only when it is shown (most of a large file's are only counted). */
    private void line(Supplier<String> warning) {
        if (lines++ < MAX_WARNINGS) {
            String text = warning.get();
            if (immediate) {
                err.println("warning: " + text);
            } else {
                held.add(text);
            }
        }
    }

    /** Prints what was held and the count of the rest. */
    void finish() {
        held.forEach(l -> err.println("warning: " + l));
        held.clear();
        if (lines > MAX_WARNINGS) {
            err.printf(Locale.ROOT, "warning: ... %d more warnings; in all %d of %d spectra have criValid = false "
                    + "and %d have no colour rendering indices%n", lines - MAX_WARNINGS, invalid, spectra, missing);
        }
    }
}
