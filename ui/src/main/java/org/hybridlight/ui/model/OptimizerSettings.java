package org.hybridlight.ui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The optimizer panel's choices: which unit parameters are free, the OD range searched, the objective, the budget
 * and the least PE. Typed values are taken only when valid, else refused with the reason and the old value kept.
 * {@link OptimizerConfig} turns them and the design into the problem the optimizer runs.
 */
public final class OptimizerSettings {

    /** The panel's budget per start: enough for a first look, at most a few seconds' run. */
    public static final int MIN_EVALUATIONS = 50;
    public static final int MAX_EVALUATIONS = 20000;

    /** What to maximize: one metric, or a metric plus a weighted second. */
    public enum Objective {
        RA_AND_PE("Ra + 0.5 × PE", "ra", 1, "pe", 0.5),
        RA("Ra", "ra", 1, null, 0),
        RF("TM-30 Rf", "rf", 1, null, 0),
        PE("PE", "pe", 1, null, 0),
        LER("LER", "ler", 1, null, 0);

        private final String label;
        final String first;
        final double firstWeight;
        /** The second metric's config name, or {@code null} for none. */
        final String second;
        final double secondWeight;

        Objective(String label, String first, double firstWeight, String second, double secondWeight) {
            this.label = label;
            this.first = first;
            this.firstWeight = firstWeight;
            this.second = second;
            this.secondWeight = secondWeight;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final BooleanProperty freeLedPeak = new SimpleBooleanProperty(this, "freeLedPeak", false);
    private final BooleanProperty freeLedFwhm = new SimpleBooleanProperty(this, "freeLedFwhm", false);
    private final BooleanProperty freeQd = new SimpleBooleanProperty(this, "freeQd", true);
    private final BooleanProperty freeOd = new SimpleBooleanProperty(this, "freeOd", true);
    private final BooleanProperty freePhosphorFraction = new SimpleBooleanProperty(this, "freePhosphorFraction", true);
    private final OdSearchRange odRange = new OdSearchRange();
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective",
            Objective.RA_AND_PE);
    private final IntegerProperty maxEvaluations = new SimpleIntegerProperty(this, "maxEvaluations", 400);
    private final IntegerProperty starts = new SimpleIntegerProperty(this, "starts", 2);
    /** The least PE the result must have (a constraint), or NaN for none. */
    private final DoubleProperty minPe = new SimpleDoubleProperty(this, "minPe", Double.NaN);
    private final ReadOnlyStringWrapper minPeError = new ReadOnlyStringWrapper(this, "minPeError");
    private final ReadOnlyStringWrapper maxEvaluationsError = new ReadOnlyStringWrapper(this, "maxEvaluationsError");

    /**
     * Takes the typed least PE (a constraint of the run): blank for none, else a number above 0 (1.02 is 102 %); the
     * config reader checks it further when a run starts.
     * Anything else is refused with the reason in {@link #minPeErrorProperty()} and the old value kept.
     */
    public boolean setMinPeFromText(String text) {
        String t = text == null ? "" : text.trim().replace(',', '.');
        if (t.isEmpty()) {
            minPeError.set(null);
            minPe.set(Double.NaN);
            return true;
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            minPeError.set("'" + t + "' is not a number (PE 1.02 is 102 %)");
            return false;
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            // the config reader checks the rest when the run starts (one place for the constraint's rules)
            minPeError.set("PE must be a number above 0");
            return false;
        }
        minPeError.set(null);
        minPe.set(v);
        return true;
    }

    public DoubleProperty minPeProperty() {
        return minPe;
    }

    public ReadOnlyStringProperty minPeErrorProperty() {
        return minPeError.getReadOnlyProperty();
    }

    /**
     * Takes the typed budget per start: a whole number within {@link #MIN_EVALUATIONS}–{@link #MAX_EVALUATIONS}.
     * Anything else is refused with the reason in {@link #maxEvaluationsErrorProperty()} and the budget kept.
     */
    public boolean setMaxEvaluationsFromText(String text) {
        String t = text == null ? "" : text.trim();
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            maxEvaluationsError.set(t.isEmpty() ? "enter a whole number"
                    : "'" + t + "' is not a whole number of evaluations");
            return false;
        }
        if (n < MIN_EVALUATIONS || n > MAX_EVALUATIONS) {
            maxEvaluationsError.set("must be " + MIN_EVALUATIONS + "–" + MAX_EVALUATIONS + " evaluations");
            return false;
        }
        maxEvaluationsError.set(null);
        maxEvaluations.set((int) n);
        return true;
    }

    /** Why the last typed budget was refused, or {@code null}. */
    public ReadOnlyStringProperty maxEvaluationsErrorProperty() {
        return maxEvaluationsError.getReadOnlyProperty();
    }

    public BooleanProperty freeLedPeakProperty() {
        return freeLedPeak;
    }

    public BooleanProperty freeLedFwhmProperty() {
        return freeLedFwhm;
    }

    public BooleanProperty freeQdProperty() {
        return freeQd;
    }

    public BooleanProperty freeOdProperty() {
        return freeOd;
    }

    /** The OD at 1S searched when {@link #freeOdProperty()} is set. */
    public OdSearchRange odRange() {
        return odRange;
    }

    /** Whether pc-LED channels' phosphor fractions are searched (0–1). */
    public BooleanProperty freePhosphorFractionProperty() {
        return freePhosphorFraction;
    }

    public ObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    public IntegerProperty maxEvaluationsProperty() {
        return maxEvaluations;
    }

    public IntegerProperty startsProperty() {
        return starts;
    }
}
