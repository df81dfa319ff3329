package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.Test;

/** Pinning a design and comparing it with the current one, both against the current reference. */
class DesignComparisonTest {

    /** Printed differences: the figures' own decimals. */
    private static final double PRINTED_RA = 0.05;
    /** The editor's design against the file read directly: the cores differ by float rounding. */
    private static final double ROUNDING_RA = 1e-9;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    private static DesignComparison.Row row(DesignComparison c, String name) {
        return c.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPinnedFileComparesWithAnotherFileAtTheCurrentReference() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6a.json"));
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.pin()).isEqualTo("pinned paper-fig6a.json");
        DesignComparison same = vm.comparisonProperty().get();
        assertThat(same.rows()).allSatisfy(r -> assertThat(r.difference()).matches("[+-]0\\.0*|–"));

        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        DesignComparison c = vm.comparisonProperty().get();
        assertThat(c.pinnedName()).isEqualTo("paper-fig6a.json");
        DesignComparison.Row ra = row(c, "Ra");
        String ref = vm.evaluationProperty().get().design().reference();
        double pinnedRa = evaluator.evaluate(DesignReader.read(EXAMPLES.resolve("paper-fig6a.json")).source()
                .simulate(WavelengthGrid.COMPUTATION).whiteSpectrum(), CriReference.parseBuiltIn(ref)).ra();
        assertThat(ra.pinnedValue()).isCloseTo(pinnedRa, within(ROUNDING_RA));
        assertThat(ra.currentValue()).isEqualTo(vm.evaluationProperty().get().colorimetry().ra());
        assertThat(Double.parseDouble(ra.difference())).isCloseTo(ra.currentValue() - ra.pinnedValue(),
                within(PRINTED_RA));

        // another reference: the pinned white is judged against it too
        vm.referenceProperty().set(ReferenceChoice.AUTO);
        DesignComparison auto = vm.comparisonProperty().get();
        double pinnedAuto = evaluator.evaluate(DesignReader.read(EXAMPLES.resolve("paper-fig6a.json")).source()
                .simulate(WavelengthGrid.COMPUTATION).whiteSpectrum(), CriReference.parseBuiltIn("auto")).ra();
        assertThat(row(auto, "Ra").pinnedValue()).isCloseTo(pinnedAuto, within(ROUNDING_RA));
        assertThat(pinnedAuto).isNotCloseTo(pinnedRa, within(PRINTED_RA));

        vm.unpin();
        assertThat(vm.comparisonProperty().get()).isNull();
    }
}
