package org.hybridlight.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;

/**
 * A design pinned for comparison and its comparison with the current one: the pinned white is evaluated against
 * the current design's CRI reference, so that both columns answer the same question, and evaluated again only
 * when that reference changes.
 */
public final class PinnedDesign {

    private final SpectrumEvaluator evaluator;
    private final ReadOnlyObjectWrapper<DesignComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    /** The pinned design (validated) and its name; null when none is pinned. */
    private Design design;
    private String name;
    /** The pinned design evaluated against {@link #reference} (kept while the reference stays). */
    private Evaluation evaluation;
    private String reference;

    public PinnedDesign(SpectrumEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Pins {@code d} under {@code pinnedName} and compares it with {@code now}. */
    public void pin(Design d, String pinnedName, Evaluation now) {
        design = d;
        name = pinnedName;
        evaluation = null;
        compare(now);
    }

    /** Drops the pinned design. */
    public void unpin() {
        design = null;
        evaluation = null;
        name = null;
        comparison.set(null);
    }

    /** The pinned design beside the current one, or {@code null} when none is pinned or the design is invalid. */
    public ReadOnlyObjectProperty<DesignComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Compares the pinned design with {@code now}, the current evaluation (null while the design is invalid). */
    public void compare(Evaluation now) {
        if (design == null || now == null) {
            comparison.set(null);
            return;
        }
        String ref = now.design().reference();
        if (evaluation == null || !ref.equals(reference)) {
            HybridResult r = design.source().simulate(WavelengthGrid.COMPUTATION);
            try {
                evaluation = new Evaluation(design, r, evaluator.evaluate(r.whiteSpectrum(),
                        CriReference.parseBuiltIn(ref)), 0);
                reference = ref;
            } catch (IllegalArgumentException ex) {
                evaluation = null;
                comparison.set(null);
                return;
            }
        }
        comparison.set(DesignComparison.of(name, evaluation, now));
    }
}
