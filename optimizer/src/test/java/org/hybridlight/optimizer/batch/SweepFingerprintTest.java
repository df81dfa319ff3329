package org.hybridlight.optimizer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFingerprintTest {

    private static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json");

    @Test
    void changesOfTheSweepOrItsConfigAreNamedAndItsPathIsNot(@TempDir Path dir) throws Exception {
        String config = Files.readString(CONFIG);
        Files.writeString(dir.resolve("a.json"), config);
        Files.writeString(dir.resolve("b.json"), config);
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, "{\"config\": \"a.json\", \"ledPeakSetsNm\": [[510, 560, 635]], "
                + "\"maxEvaluations\": 200}");
        SweepFingerprint before = SweepFingerprint.of(sweep);
        assertThat(SweepFingerprint.read(writeSide(dir, before)).differencesFrom(before)).isEmpty();

        Files.writeString(sweep, "{\"config\": \"b.json\", \"ledPeakSetsNm\": [[510, 560, 635]], "
                + "\"maxEvaluations\": 200.0}");
        assertThat(SweepFingerprint.of(sweep).differencesFrom(before)).as("same content, other path").isEmpty();

        Files.writeString(sweep, "{\"config\": \"b.json\", \"ledPeakSetsNm\": [[510, 565, 635]], "
                + "\"maxEvaluations\": 50}");
        Files.writeString(dir.resolve("b.json"), config.replace("\"seed\": 1", "\"seed\": 2"));
        SweepFingerprint after = SweepFingerprint.of(sweep);
        assertThat(after.differencesFrom(before)).containsExactly("sweep ledPeakSetsNm[0][1]: 560 -> 565",
                "sweep maxEvaluations: 200 -> 50", "config search.seed: 1 -> 2");
        assertThat(after.describeChangesFrom(before)).isEqualTo(
                "sweep ledPeakSetsNm[0][1]: 560 -> 565; sweep maxEvaluations: 200 -> 50; config search.seed: 1 -> 2");
    }

    private static Path writeSide(Path dir, SweepFingerprint f) throws Exception {
        Path side = SweepFingerprint.sideFile(dir.resolve("r.csv"));
        Files.writeString(side, f.toJson());
        return side;
    }
}
