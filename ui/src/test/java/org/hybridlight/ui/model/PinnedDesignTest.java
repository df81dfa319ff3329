package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.Test;

/** The pinned design on its own: compared with evaluations made here, at the current design's reference. */
class PinnedDesignTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    private Evaluation evaluated(Design d, String reference) {
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        return new Evaluation(d, r, evaluator.evaluate(r.whiteSpectrum(), CriReference.parseBuiltIn(reference)), 0);
    }

    private static double ra(DesignComparison c, boolean pinnedColumn) {
        DesignComparison.Row row = c.rows().stream().filter(r -> r.name().equals("Ra")).findFirst().orElseThrow();
        return pinnedColumn ? row.pinnedValue() : row.currentValue();
    }

    @Test
    void thePinnedWhiteIsJudgedAgainstTheCurrentDesignsReference() throws Exception {
        // fig. 6a's single unit is far from white (no CCT): the current design; fig. 6b's 3000 K white is pinned
        Design a = DesignReader.read(EXAMPLES.resolve("paper-fig6a.json"));
        Design b = DesignReader.read(EXAMPLES.resolve("paper-fig6b.json"));
        PinnedDesign pinned = new PinnedDesign(evaluator);
        Evaluation current = evaluated(new Design(a.source(), a.unitNames(), "blackbody:3000", Double.NaN, 0),
                "blackbody:3000");
        pinned.compare(current);
        assertThat(pinned.comparisonProperty().get()).as("nothing pinned").isNull();

        pinned.pin(b, "b.json", current);
        DesignComparison c = pinned.comparisonProperty().get();
        assertThat(c.pinnedName()).isEqualTo("b.json");
        double at3000 = evaluated(b, "blackbody:3000").colorimetry().ra();
        assertThat(ra(c, true)).isEqualTo(at3000);
        assertThat(ra(c, false)).isEqualTo(current.colorimetry().ra());

        // the current design against another reference: the pinned white is evaluated again against that one
        Evaluation at2700 = evaluated(new Design(a.source(), a.unitNames(), "blackbody:2700", Double.NaN, 0),
                "blackbody:2700");
        pinned.compare(at2700);
        double pinnedAt2700 = ra(pinned.comparisonProperty().get(), true);
        assertThat(pinnedAt2700).isEqualTo(evaluated(b, "blackbody:2700").colorimetry().ra());
        assertThat(at3000 - pinnedAt2700).as("a 3000 K white renders better against 3000 K than 2700 K")
                .isGreaterThan(1);
    }

    @Test
    void anInvalidCurrentDesignOrUnpinningLeavesNoComparison() throws Exception {
        Design a = DesignReader.read(EXAMPLES.resolve("paper-fig6a.json"));
        PinnedDesign pinned = new PinnedDesign(evaluator);
        Evaluation current = evaluated(a, a.reference());
        pinned.pin(a, "a.json", current);
        assertThat(pinned.comparisonProperty().get()).isNotNull();
        pinned.compare(null);
        assertThat(pinned.comparisonProperty().get()).as("the design is invalid").isNull();
        pinned.compare(current);
        assertThat(pinned.comparisonProperty().get()).as("valid again").isNotNull();
        pinned.unpin();
        assertThat(pinned.comparisonProperty().get()).isNull();
        pinned.compare(current);
        assertThat(pinned.comparisonProperty().get()).as("unpinned stays unpinned").isNull();
    }
}
