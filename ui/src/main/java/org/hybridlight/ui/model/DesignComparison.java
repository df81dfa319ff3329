package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;

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
        for (Figure f : Figure.values()) {
            double a = f.value(pinned);
            double b = f.value(current);
            rows.add(new Row(f.label(), f.text(a), f.text(b), f.difference(a, b), a, b));
        }
        return new DesignComparison(pinnedName, rows);
    }
}
