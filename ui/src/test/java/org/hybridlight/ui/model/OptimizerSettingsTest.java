package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.ParameterRange;
import org.hybridlight.optimizer.UnitParameter;
import org.hybridlight.source.PhysicalLimits;
import org.junit.jupiter.api.Test;

/** The optimizer panel's choices without a toolkit: typed values taken or refused, and what reaches the problem. */
class OptimizerSettingsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    private final OptimizerSettings settings = new OptimizerSettings();

    @Test
    void theBudgetBoxTakesWholeNumbersInItsRangeAndSaysWhyItRefusesTheRest() {
        settings.maxEvaluationsProperty().set(400);
        for (String bad : List.of("abc", "1e9", "-5", "99999999", "", "12.5")) {
            assertThat(settings.setMaxEvaluationsFromText(bad)).as(bad).isFalse();
            assertThat(settings.maxEvaluationsErrorProperty().get()).as(bad).isNotBlank();
            assertThat(settings.maxEvaluationsProperty().get()).as(bad).isEqualTo(400);
        }
        assertThat(settings.setMaxEvaluationsFromText(" 1200 ")).isTrue();
        assertThat(settings.maxEvaluationsErrorProperty().get()).isNull();
        assertThat(settings.maxEvaluationsProperty().get()).isEqualTo(1200);
    }

    @Test
    void theLeastPeIsBlankForNoneOrANumberAboveZero() {
        assertThat(settings.setMinPeFromText("abc")).isFalse();
        assertThat(settings.minPeErrorProperty().get()).contains("'abc' is not a number");
        assertThat(settings.setMinPeFromText("-1")).isFalse();
        assertThat(settings.minPeErrorProperty().get()).contains("above 0");
        assertThat(settings.minPeProperty().get()).isNaN();
        assertThat(settings.setMinPeFromText("1,02")).isTrue();
        assertThat(settings.minPeErrorProperty().get()).isNull();
        assertThat(settings.minPeProperty().get()).isEqualTo(1.02);
        assertThat(settings.setMinPeFromText(" ")).isTrue();
        assertThat(settings.minPeProperty().get()).isNaN();
    }

    @Test
    void theOdRangeDefaultsToOneToAHundred() {
        assertThat(settings.odRange().minProperty().get()).isEqualTo(1);
        assertThat(settings.odRange().maxProperty().get()).isEqualTo(100);
    }

    @Test
    void anOdBeyondThePhysicalLimitsIsRefusedWithAMessageNamingTheField() {
        OdSearchRange od = settings.odRange();
        // just beyond each end of PhysicalLimits' range, on either field
        assertThat(od.setMaxFromText("20000")).isFalse();
        assertThat(od.maxErrorProperty().get()).startsWith("OD at 1S max: must be 0.01–10000")
                .contains("physical range").contains("20000");
        assertThat(od.setMinFromText("0.001")).isFalse();
        assertThat(od.minErrorProperty().get()).startsWith("OD at 1S min: must be 0.01–10000");
        assertThat(od.setMinFromText("abc")).isFalse();
        assertThat(od.minErrorProperty().get()).isEqualTo("OD at 1S min: 'abc' is not a number");
        assertThat(od.setMaxFromText("")).isFalse();
        assertThat(od.maxErrorProperty().get()).isEqualTo("OD at 1S max: enter a number");
        // the least must stay below the most
        assertThat(od.setMinFromText("100")).isFalse();
        assertThat(od.minErrorProperty().get()).isEqualTo("OD at 1S min: must be below the max, 100");
        assertThat(od.setMaxFromText("0.5")).isFalse();
        assertThat(od.maxErrorProperty().get()).isEqualTo("OD at 1S max: must be above the min, 1");
        // every refusal keeps the range
        assertThat(od.minProperty().get()).isEqualTo(1);
        assertThat(od.maxProperty().get()).isEqualTo(100);
        // the limits themselves are taken, and a value taken clears its field's reason
        assertThat(od.setMaxFromText(Double.toString(PhysicalLimits.OD_1S_MAX))).isTrue();
        assertThat(od.maxErrorProperty().get()).isNull();
        assertThat(od.setMinFromText(Double.toString(PhysicalLimits.OD_1S_MIN))).isTrue();
        assertThat(od.minErrorProperty().get()).isNull();
        assertThat(od.maxProperty().get()).isEqualTo(PhysicalLimits.OD_1S_MAX);
        assertThat(od.minProperty().get()).isEqualTo(PhysicalLimits.OD_1S_MIN);
    }

    @Test
    void aValidOdRangeReachesTheOptimizerProblem() throws Exception {
        DesignViewModel design = new DesignViewModel(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        design.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        OptimizerViewModel optimizer = new OptimizerViewModel(design, new CurrentThreadTaskExecutor());
        OptimizerSettings settings = optimizer.settings();
        assertThat(settings.odRange().setMaxFromText("2500")).isTrue();
        assertThat(settings.odRange().setMinFromText("0,5")).isTrue();

        // read as `optimize` reads its config: the problem a run is given
        DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("test"), optimizer.config().toString(), null);

        assertThat(spec.units()).hasSize(3);
        for (int k = 0; k < 3; k++) {
            ParameterRange od = spec.units().get(k).parameters().get(UnitParameter.OD_1S);
            assertThat(od.free()).as("unit %d", k).isTrue();
            assertThat(od.min()).as("unit %d", k).isEqualTo(0.5);
            assertThat(od.max()).as("unit %d", k).isEqualTo(2500);
            // the search starts at the unit's own OD (the example's lie within the range)
            assertThat(od.value()).as("unit %d", k).isEqualTo(design.units().get(k).od1S().get());
        }
        // not free: each unit's own OD, fixed, whatever the range
        settings.freeOdProperty().set(false);
        spec = OptimizeConfigReader.parse(Path.of("test"), optimizer.config().toString(), null);
        ParameterRange fixed = spec.units().get(0).parameters().get(UnitParameter.OD_1S);
        assertThat(fixed.free()).isFalse();
        assertThat(fixed.value()).isEqualTo(design.units().get(0).od1S().get());
    }
}
