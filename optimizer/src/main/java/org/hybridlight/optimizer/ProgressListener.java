package org.hybridlight.optimizer;

/** Receives progress of a running optimization (called on the optimizing thread; keep it cheap). */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param evaluations evaluations so far, all starts (or all runs of a sweep) together
     * @param totalBudget evaluations the run may use at most
     * @param bestValue best objective value so far
     */
    void progress(long evaluations, long totalBudget, double bestValue);

    ProgressListener NONE = (e, t, b) -> { };
}
