package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimizer panel's choices without a toolkit: typed values taken or refused. */
class OptimizerSettingsTest {

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
}
