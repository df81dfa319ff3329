package org.hybridlight.ui.model;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hybridlight.optimizer.UnitParameter;

/**
 * The range of OD at 1S (optical density, no unit) the designer's optimizer searches for every LED-QD unit:
 * anything within the model's physical limits ({@link UnitParameter#OD_1S}, from {@code PhysicalLimits}, as the
 * optimizer-config reader checks them), the least below the most. Typed values are taken only when valid, else
 * refused with the reason naming the field and the old value kept.
 */
public final class OdSearchRange {

    /** The default: from films that visibly absorb to the paper's dense ones (8 cm of its solution). */
    public static final double DEFAULT_MIN = 1;
    /** See {@link #DEFAULT_MIN}. */
    public static final double DEFAULT_MAX = 100;
    /** The fields' names in messages, as the panel labels them. */
    static final String MIN_FIELD = "OD at 1S min";
    static final String MAX_FIELD = "OD at 1S max";

    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min", DEFAULT_MIN);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", DEFAULT_MAX);
    private final ReadOnlyStringWrapper minError = new ReadOnlyStringWrapper(this, "minError");
    private final ReadOnlyStringWrapper maxError = new ReadOnlyStringWrapper(this, "maxError");

    /** The least OD searched. */
    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    /** The most OD searched. */
    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    /** Why the last typed least OD was refused, or {@code null}. */
    public ReadOnlyStringProperty minErrorProperty() {
        return minError.getReadOnlyProperty();
    }

    /** Why the last typed most OD was refused, or {@code null}. */
    public ReadOnlyStringProperty maxErrorProperty() {
        return maxError.getReadOnlyProperty();
    }

    /** Takes the typed least OD: a number within the model's limits, below the most. */
    public boolean setMinFromText(String text) {
        double v = parse(MIN_FIELD, text, minError);
        if (Double.isNaN(v)) {
            return false;
        }
        if (!(v < max.get())) {
            minError.set(MIN_FIELD + ": must be below the max, " + PlainNumber.of(max.get()));
            return false;
        }
        minError.set(null);
        min.set(v);
        return true;
    }

    /** Takes the typed most OD: a number within the model's limits, above the least. */
    public boolean setMaxFromText(String text) {
        double v = parse(MAX_FIELD, text, maxError);
        if (Double.isNaN(v)) {
            return false;
        }
        if (!(v > min.get())) {
            maxError.set(MAX_FIELD + ": must be above the min, " + PlainNumber.of(min.get()));
            return false;
        }
        maxError.set(null);
        max.set(v);
        return true;
    }

    /** The typed number if it is one within the model's limits, else NaN with the reason in {@code error}. */
    private static double parse(String field, String text, ReadOnlyStringWrapper error) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            error.set(field + ": " + (t.isEmpty() ? "enter a number" : "'" + t + "' is not a number"));
            return Double.NaN;
        }
        UnitParameter od = UnitParameter.OD_1S;
        if (!(v >= od.minimum() && v <= od.maximum())) {
            error.set(field + ": must be " + PlainNumber.of(od.minimum()) + "–" + PlainNumber.of(od.maximum())
                    + " (the model's physical range), got " + t);
            return Double.NaN;
        }
        return v;
    }
}
