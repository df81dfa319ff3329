package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void theLineHasTheBarTheCountTheExtraAndBothClocks() {
        assertThat(ProgressLine.of(5, 10, "jobs", "1.2 jobs/s", 4, 4.4)).isEqualTo(
                "[###############---------------]  50% 5/10 jobs  1.2 jobs/s  elapsed 0:04  ETA 0:04");
        assertThat(ProgressLine.of(0, 10, "evaluations", "", 0, Double.NaN)).endsWith(
                "0/10 evaluations  elapsed 0:00  ETA -");
        assertThat(ProgressLine.of(12, 10, "jobs", "", 3725, Double.NaN)).contains("100% 12/10")
                .contains("elapsed 1:02:05");
    }
}
