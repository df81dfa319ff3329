package org.hybridlight.ui.model;

import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;

/**
 * One evaluated state of the design.
 *
 * @param design the validated design
 * @param result the simulated source (white and unit spectra, powers)
 * @param colorimetry the white's colorimetry against the chosen reference, with TM-30
 * @param evaluationNanos time spent simulating and evaluating, ns
 */
public record Evaluation(Design design, HybridResult result, Colorimetry colorimetry, long evaluationNanos) {

    /** The units' names, in design order. */
    public List<String> unitNames() {
        return design.unitNames();
    }

    /** The source's temperature, K. */
    public double temperatureK() {
        return design.source().temperatureK();
    }
}
