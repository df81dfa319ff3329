package org.hybridlight.optimizer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.optimizer.UnitParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");

    private static Path sweep(Path dir, String body) throws Exception {
        Files.copy(CONFIG, dir.resolve("config.json"));
        Path f = dir.resolve("sweep.json");
        Files.writeString(f, "{ \"config\": \"config.json\", " + body + " }");
        return f;
    }

    private static final UnitParameter LED = UnitParameter.LED_PEAK_NM;
    private static final UnitParameter QD = UnitParameter.QD_EMISSION_PEAK_NM;

    @Test
    void aGridOverUnitCountsQdChoicesAndTargets(@TempDir Path dir) throws Exception {
        List<Sweep.Job> jobs = Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[450, 635], [510, 560, 635, 660]], "
                + "\"qdChoices\": [\"config\", [470, 610], [480, 535, 610, 640]], \"targetCctsK\": [2700, 4000]"));
        // 2-unit set: config + [470, 610]; 4-unit set: config + the 4-peak choice; × 2 targets
        assertThat(jobs).hasSize(8);
        assertThat(jobs).extracting(Sweep.Job::key).doesNotHaveDuplicates()
                .contains("leds=450/635;cct=2700", "leds=450/635;qd=470/610;cct=4000",
                        "leds=510/560/635/660;qd=480/535/610/640;cct=2700");
        Sweep.Job four = jobs.stream().filter(j -> j.key().equals("leds=510/560/635/660;cct=4000")).findFirst()
                .orElseThrow();
        assertThat(four.spec().unitNames()).hasSize(4);
        // the fourth unit repeats the config's last (the 635 nm unit) with its own LED peak
        assertThat(four.spec().units().get(3).range(LED).value()).isEqualTo(660);
        assertThat(four.spec().units().get(3).range(QD).min()).isEqualTo(four.spec().units().get(2).range(QD).min());
        assertThat(four.spec().units().get(3).range(QD).free()).isTrue();
        Sweep.Job fixedQd = jobs.stream().filter(j -> j.key().equals("leds=450/635;qd=470/610;cct=2700"))
                .findFirst().orElseThrow();
        assertThat(fixedQd.spec().units().get(0).range(QD).free()).isFalse();
        assertThat(fixedQd.spec().units().get(1).range(QD).value()).isEqualTo(610);
        assertThat(fixedQd.spec().targetCctK()).isEqualTo(2700);
    }

    @Test
    void anExplicitListOfCombinations(@TempDir Path dir) throws Exception {
        List<Sweep.Job> jobs = Sweep.read(sweep(dir, "\"combinations\": [ {\"ledPeaksNm\": [510, 560, 635], "
                + "\"targetCctK\": 3000}, {\"ledPeaksNm\": [635], \"qdEmissionPeaksNm\": [600], "
                + "\"targetCctK\": 2000} ]"));
        assertThat(jobs).extracting(Sweep.Job::key).containsExactly("leds=510/560/635;cct=3000",
                "leds=635;qd=600;cct=2000");
    }

    @Test
    void errorsNameTheirPlace(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510, 560]], \"qdChoices\": [[480]]")))
                .isInstanceOf(InputException.class).hasMessageContaining("sweep.json: qdChoices[0]")
                .hasMessageContaining("no LED peak set");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510]], \"qdChoices\": [[700]]")))
                .isInstanceOf(InputException.class).hasMessageContaining("qdChoices[0][0]")
                .hasMessageContaining("470-650 nm");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510]], \"qdChoices\": [\"free\"]")))
                .isInstanceOf(InputException.class).hasMessageContaining("qdChoices[0]");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"combinations\": [ {\"ledPeaksNm\": [510, 560], "
                + "\"qdEmissionPeaksNm\": [480]} ]"))).isInstanceOf(InputException.class)
                .hasMessageContaining("combinations[0].qdEmissionPeaksNm");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510, 560]], \"combinations\": "
                + "[ {\"ledPeaksNm\": [510, 560]} ]"))).isInstanceOf(InputException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void aBudgetOutOfBoundsNamesTheSweepField(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510]], \"starts\": 0")))
                .isInstanceOf(InputException.class).hasMessageContaining("sweep.json: starts: starts must be >= 1");
        Files.delete(dir.resolve("config.json"));
        assertThatThrownBy(() -> Sweep.read(sweep(dir, "\"ledPeakSetsNm\": [[510]], \"starts\": 100000, "
                + "\"maxEvaluations\": 100000"))).isInstanceOf(InputException.class)
                .hasMessageContaining("at most 1,000,000,000");
    }
}
