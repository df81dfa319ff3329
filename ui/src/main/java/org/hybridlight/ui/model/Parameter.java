package org.hybridlight.ui.model;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One editable number of the design: its name, unit, the range the model accepts and the (narrower) range a
 * slider covers. Text that is not a number or lies outside the range leaves the value alone and sets
 * {@link #errorProperty()}, so an invalid entry is marked and explained, never thrown.
 */
public final class Parameter {

    private final String id;
    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final double sliderMin;
    private final double sliderMax;
    private final int decimals;
    private final DoubleProperty value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    /** Counts the edits begun (a drag, a typed entry): the design makes each one step of undo. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper edits =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "edits", 0);
    /** Whether the error is a refused entry (cleared by retyping the value) rather than a design problem. */
    private boolean textError;

    /**
     * @param id a stable identifier (used for node ids and messages)
     * @param label what a person reads, without the unit
     * @param unit the unit ("nm", "W", "K", or "" for a pure number)
     * @param min smallest accepted value (inclusive)
     * @param max largest accepted value (inclusive)
     * @param sliderMin slider start (within min–max)
     * @param sliderMax slider end (within min–max)
     * @param decimals decimals shown
     * @param initial the initial value
     */
    public Parameter(String id, String label, String unit, double min, double max, double sliderMin,
            double sliderMax, int decimals, double initial) {
        if (!(min <= sliderMin && sliderMin < sliderMax && sliderMax <= max)) {
            throw new IllegalArgumentException(id + ": slider range must lie within the accepted range");
        }
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
        this.decimals = decimals;
        this.value = new SimpleDoubleProperty(this, id, initial);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double sliderMin() {
        return sliderMin;
    }

    public double sliderMax() {
        return sliderMax;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double get() {
        return value.get();
    }

    /** Sets a value from the model or a slider (clamped into the accepted range) and clears any error. */
    public void set(double v) {
        error.set(null);
        textError = false;
        value.set(Math.max(min, Math.min(max, v)));
    }

    /** Marks the start of an edit by a person: what follows is one step for undo, apart from the one before. */
    public void beginEdit() {
        edits.set(edits.get() + 1);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** The reason the last entry was refused, or {@code null}. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Marks the parameter invalid for a reason found elsewhere (e.g. the design as a whole). */
    public void reportError(String reason) {
        error.set(reason);
        textError = false;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The value as text, with the parameter's decimals. */
    public String format(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * Takes typed text. Returns true and sets the value when it is a number within the range; otherwise sets
     * the error and keeps the value.
     */
    public boolean setFromText(String text) {
        String t = text == null ? "" : text.trim();
        if (!unit.isEmpty() && t.endsWith(unit)) {
            t = t.substring(0, t.length() - unit.length()).trim();
        }
        if (t.equals(format(value.get()))) {
            // the value as shown: leaving the field unedited must not round the value held
            if (textError) {
                error.set(null);
                textError = false;
            }
            return true;
        }
        double v;
        try {
            v = Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            refuse(t.isEmpty() ? "enter a number" : "'" + t + "' is not a number");
            return false;
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            refuse("must be " + format(min) + "–" + format(max) + (unit.isEmpty() ? "" : " " + unit));
            return false;
        }
        error.set(null);
        textError = false;
        value.set(v);
        return true;
    }

    private void refuse(String reason) {
        error.set(reason);
        textError = true;
    }

    /**
     * The small step of arrow keys: a thousandth of the slider's span, rounded down to a power of ten, never
     * finer than the decimals shown (0.1 nm on an LED peak, 1 K on a target CCT).
     */
    public double fineStep() {
        double shown = Math.pow(10, -decimals);
        double span = Math.pow(10, Math.floor(Math.log10((sliderMax - sliderMin) / 1000)));
        return Math.max(shown, span);
    }

    /** Moves the value by {@code steps} fine steps (clamped into the accepted range). */
    public void nudge(int steps) {
        set(get() + steps * fineStep());
    }

    /** The label with its unit, e.g. "LED peak (nm)". */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
