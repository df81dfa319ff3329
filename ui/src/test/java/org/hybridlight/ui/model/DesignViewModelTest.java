package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.Test;

/** The designer's state without a window: it must accept and evaluate exactly what design files hold. */
class DesignViewModelTest {

    /** The view model's evaluation against the evaluator called directly: rounding only. */
    private static final double ROUNDING = 1e-12;
    /** An index by the same two routes (sums in another order). */
    private static final double INDEX_ROUNDING = 1e-9;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    @Test
    void aLoadedDesignEvaluatesLikeTheFileItself() throws Exception {
        for (String example : List.of("paper-fig6a.json", "paper-fig6b.json")) {
            DesignViewModel vm = new DesignViewModel(evaluator);
            vm.file().load(EXAMPLES.resolve(example));
            Design file = DesignReader.read(EXAMPLES.resolve(example));
            double[] direct = file.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm();
            double[] viaEditor = vm.evaluationProperty().get().result().whiteWPerNm();
            for (int i = 0; i < direct.length; i++) {
                assertThat(viaEditor[i]).as("%s at index %d", example, i)
                        .isCloseTo(direct[i], within(ROUNDING * (1 + Math.abs(direct[i]))));
            }
            var expected = evaluator.evaluate(file.source().simulate(WavelengthGrid.COMPUTATION).whiteSpectrum(),
                    CriReference.parseBuiltIn(file.reference()));
            var got = vm.evaluationProperty().get().colorimetry();
            assertThat(got.xy().x()).isCloseTo(expected.xy().x(), within(ROUNDING));
            assertThat(got.xy().y()).isCloseTo(expected.xy().y(), within(ROUNDING));
            assertThat(got.ra()).isEqualTo(expected.ra(), within(INDEX_ROUNDING));
            assertThat(vm.referenceText()).isEqualTo(file.reference());
            assertThat(vm.file().modifiedProperty().get()).isFalse();
        }
    }

    @Test
    void aValueTheModelRefusesMarksItsFieldAndExplainsTheDesign() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        // within the field's range but beyond the sizing curve once the shell and Stokes shift are added
        vm.units().get(2).qdEmissionPeakNm().set(405);
        assertThat(vm.evaluationProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).contains("units[2].qd.emissionPeakNm");
        assertThat(vm.units().get(2).qdEmissionPeakNm().errorProperty().get()).contains("sizing curve");
        vm.units().get(2).qdEmissionPeakNm().set(610);
        assertThat(vm.evaluationProperty().get()).isNotNull();
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.units().get(2).qdEmissionPeakNm().errorProperty().get()).isNull();
    }

    @Test
    void theQdIsGivenByCoreOrEmissionAndTheOtherIsDerived() throws Exception {
        DesignViewModel vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6a.json"));
        UnitViewModel u = vm.units().get(0);
        u.qdGivenByProperty().set(QdSpecification.CORE_DIAMETER);
        double emission = u.qdEmissionPeakNm().get();
        u.qdCoreDiameterNm().set(u.qdCoreDiameterNm().get() + 0.3);
        // a bigger core emits further to the red
        assertThat(u.qdEmissionPeakNm().get()).isGreaterThan(emission + 5);
        assertThat(u.qdEmissionPeakNm().enabledProperty().get()).isFalse();
        assertThat(u.qdCoreDiameterNm().enabledProperty().get()).isTrue();
    }
}
