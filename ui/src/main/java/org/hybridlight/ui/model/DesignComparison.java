package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.hybridlight.colorimetry.Colorimetry;

/**
 * The pinned design's figures beside the current design's, both against the current CRI reference, with the
 * difference (current minus pinned) of each.
 *
 * @param pinnedName what the pinned design is (its file name, or "pinned design")
 * @param rows one row per figure
 */
public record DesignComparison(String pinnedName, List<Row> rows) {

    /**
     * One figure.
     *
     * @param name the figure with its unit
     * @param pinned the pinned design's value, as shown
     * @param current the current design's value
     * @param difference current minus pinned, signed ("–" where either has none)
     * @param pinnedValue the pinned value (NaN where it has none)
     * @param currentValue the current value (NaN where it has none)
     */
    public record Row(String name, String pinned, String current, String difference, double pinnedValue,
            double currentValue) {
    }

    public DesignComparison {
        rows = List.copyOf(rows);
    }

    /** The comparison of two evaluations (both against the same reference). */
    public static DesignComparison of(String pinnedName, Evaluation pinned, Evaluation current) {
        List<Row> rows = new ArrayList<>();
        add(rows, "CCT (K)", 0, pinned, current, e -> e.colorimetry().cctK());
        add(rows, "Duv", 4, pinned, current, e -> e.colorimetry().duv());
        add(rows, "x", 4, pinned, current, e -> e.colorimetry().xy().x());
        add(rows, "y", 4, pinned, current, e -> e.colorimetry().xy().y());
        add(rows, "Ra", 1, pinned, current, e -> e.colorimetry().ra());
        add(rows, "R9", 1, pinned, current, e -> r9(e.colorimetry()));
        add(rows, "TM-30 Rf", 1, pinned, current, e -> e.colorimetry().tm30() == null ? Double.NaN
                : e.colorimetry().rf());
        add(rows, "TM-30 Rg", 1, pinned, current, e -> e.colorimetry().tm30() == null ? Double.NaN
                : e.colorimetry().rg());
        add(rows, "LER (lm/W)", 1, pinned, current, e -> e.colorimetry().lerLmPerW());
        add(rows, "PE (%)", 2, pinned, current, e -> 100 * e.result().powerConversionEfficiency());
        add(rows, "optical power out (W)", 4, pinned, current, e -> e.result().opticalPowerOutW());
        add(rows, "heat load (W)", 5, pinned, current, e -> e.result().heatLoadW());
        return new DesignComparison(pinnedName, rows);
    }

    private static double r9(Colorimetry c) {
        return c.colourRendering() == null ? Double.NaN : c.colourRendering().r(9);
    }

    private static void add(List<Row> rows, String name, int decimals, Evaluation pinned, Evaluation current,
            ToDoubleFunction<Evaluation> f) {
        double a = f.applyAsDouble(pinned);
        double b = f.applyAsDouble(current);
        String d = Double.isFinite(a) && Double.isFinite(b)
                ? String.format(Locale.ROOT, "%+." + decimals + "f", b - a) : "–";
        rows.add(new Row(name, text(a, decimals), text(b, decimals), d, a, b));
    }

    private static String text(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }
}
