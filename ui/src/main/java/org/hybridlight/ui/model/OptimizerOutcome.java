package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.optimizer.ConstraintReport;

/**
 * A finished (or cancelled) run of the designer's optimizer.
 *
 * @param before the design when the run started
 * @param after the best design found, with its target, reference and unit names; its colorimetry has TM-30
 *     only when the objective uses Rf or Rg
 * @param cancelled whether the run was stopped before its budget was spent
 * @param evaluations objective evaluations used
 * @param constraints the targets' and constraints' status for the best design (the command line's report)
 * @param start the design the run started from, its weights solved onto the run's target and evaluated
 *     against the run's reference by the run's own problem: the "before" that compares with {@code after}
 * @param startConstraints the targets' and constraints' status of {@code start}
 * @param objectiveText the problem in words ({@link OptimizerViewModel#describe})
 */
public record OptimizerOutcome(Evaluation before, Evaluation after, boolean cancelled, int evaluations,
        ConstraintReport constraints, Evaluation start, ConstraintReport startConstraints,
        String objectiveText) {

    /** Each target and constraint (in report order) with its limit, met or not before and after. */
    public List<CheckRow> checkRows() {
        List<CheckRow> rows = new ArrayList<>();
        List<ConstraintReport.Check> was = startConstraints.checks();
        List<ConstraintReport.Check> now = constraints.checks();
        for (int k = 0; k < now.size(); k++) {
            ConstraintReport.Check c = now.get(k);
            ConstraintReport.Check b = k < was.size() ? was.get(k) : null;
            rows.add(new CheckRow(c.name() + ": " + c.limit(), b == null ? "-" : b.valueText(),
                    b != null && b.met(), c.valueText(), c.met()));
        }
        return rows;
    }

    /**
     * One target or constraint of a run as the panel shows it.
     *
     * @param name what it is and its limit ({@code "PE (min): 1.020"})
     * @param before the start's value, as the report prints it
     * @param beforeMet whether the start met it
     * @param after the result's value
     * @param afterMet whether the result meets it
     */
    public record CheckRow(String name, String before, boolean beforeMet, String after, boolean afterMet) {
    }
}
