package org.hybridlight.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Spark progress line has the local bar's figures: done/total, rate of this run, elapsed, ETA. */
class ProgressListenerTest {

    @Test
    void rateAndEtaCountOnlyThisRunsCombinations() {
        // 100 done before (resume), 200 more in 20 s: 10/s, 700 left: 70 s
        assertThat(ProgressListener.line(300, 100, 1000, 20)).isEqualTo(
                "[#########---------------------]  30% 300/1000 jobs  10.0 jobs/s  elapsed 0:20  ETA 1:10");
        assertThat(ProgressListener.line(1000, 0, 1000, 4000)).endsWith("100% 1000/1000 jobs  0.3 jobs/s  "
                + "elapsed 1:06:40  ETA -");
    }
}
