package org.hybridlight.optimizer;

/**
 * One unit parameter of a problem: fixed at {@code value}, or free within {@code min}–{@code max} starting at
 * {@code value}.
 */
public record ParameterRange(double value, boolean free, double min, double max) {

    public ParameterRange {
        if (!(min <= value && value <= max)) {
            throw new IllegalArgumentException("start " + value + " outside " + min + "-" + max);
        }
        if (free && !(max > min)) {
            throw new IllegalArgumentException("a free parameter needs max > min, got " + min + "-" + max);
        }
    }

    public static ParameterRange fixed(double value) {
        return new ParameterRange(value, false, value, value);
    }

    public static ParameterRange free(double min, double max, double start) {
        return new ParameterRange(start, true, min, max);
    }
}
