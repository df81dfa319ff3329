package org.hybridlight.optimizer;

/** Receives progress of a running optimization (called on the optimizing thread; keep it cheap). */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param evaluations evaluations so far, all starts together
     * @param totalBudget evaluations the run may use at most
     * @param bestValue best objective value so far
     */
    void progress(int evaluations, int totalBudget, double bestValue);

    ProgressListener NONE = (e, t, b) -> { };
}
