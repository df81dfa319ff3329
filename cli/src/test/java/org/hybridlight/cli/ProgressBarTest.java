package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void logLinesAreThrottledAndShowElapsedAndEta() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "evaluations", false, now::get);
        bar.update(0, 100, "best -");
        now.set(5_000_000_000L);
        bar.update(10, 100, "best 3.0");
        now.set(20_000_000_000L);
        bar.update(50, 100, "best 2.0");
        now.set(21_000_000_000L);
        bar.update(100, 100, "best 1.5");
        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("50/100 evaluations", "best 2.0", "elapsed 0:20", "ETA 0:20", "50%");
        assertThat(lines[2]).contains("100%", "ETA -", "[" + "#".repeat(30) + "]");
    }

    @Test
    void noEtaIsGuessedFromTheFirstUnitsWhichCarryStartUp() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "evaluations", false, now::get);
        now.set(250_000_000L);
        bar.update(1, 21_000, "best -");
        now.set(10_250_000_000L);
        bar.update(2_100, 21_000, "best -");
        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).contains("1/21000 evaluations", "ETA -");
        assertThat(lines[1]).contains("2100/21000 evaluations", "ETA 1:32");
    }

    @Test
    void aDelayedBarStaysSilentForQuickWorkAndAppearsForSlowWork() {
        StringWriter quick = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar q = new ProgressBar(new PrintWriter(quick), "spectra", false, now::get, 3_000_000_000L);
        q.update(0, 10, "");
        now.set(1_000_000_000L);
        q.update(10, 10, "");
        assertThat(quick.toString()).isEmpty();

        StringWriter slow = new StringWriter();
        now.set(0);
        ProgressBar s = new ProgressBar(new PrintWriter(slow), "spectra", false, now::get, 3_000_000_000L);
        s.update(1, 2_500_000, "");
        now.set(4_000_000_000L);
        s.update(40_000, 2_500_000, "");
        assertThat(slow.toString()).contains("40000/2500000 spectra", "elapsed 0:04");
    }
}
