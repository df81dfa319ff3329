package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour rendering outside its validity (|Duv| > 5.4e-3) and a CCT outside 1000–100000 K are reported as such in
 * every output format, never as silent numbers.
 */
class ValidityReportingTest {

    /** A narrow 450 nm line (CCT beyond 100000 K) and a green-heavy white far above the locus. */
    private static Path spectra(Path dir) throws Exception {
        StringBuilder s = new StringBuilder("nm,blue,greenish\n");
        for (int nm = 380; nm <= 780; nm += 5) {
            double blue = Math.exp(-Math.pow((nm - 450) / 10.0, 2));
            double green = 2 * Math.exp(-Math.pow((nm - 530) / 30.0, 2)) + Math.exp(-Math.pow((nm - 610) / 30.0, 2));
            s.append(String.format(Locale.ROOT, "%d,%.6g,%.6g%n", nm, blue, green));
        }
        Path f = dir.resolve("odd.csv");
        Files.writeString(f, s);
        return f;
    }

    @Test
    void jsonMarksInvalidRenderingAndMissingCct(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", spectra(dir).toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode a = new ObjectMapper().readTree(run.out());
        JsonNode blue = a.get(0);
        JsonNode green = a.get(1);
        assertThat(blue.get("cct").isNull()).isTrue();
        assertThat(blue.get("duv").isNull()).isTrue();
        assertThat(blue.get("ra").isNull()).isTrue();
        assertThat(blue.get("criValid").asBoolean()).isFalse();
        assertThat(Math.abs(green.get("duv").asDouble())).isGreaterThan(5.4e-3);
        assertThat(green.get("ra").isNumber()).isTrue();
        assertThat(green.get("criValid").asBoolean()).isFalse();
        assertThat(run.err()).contains("blue: CCT").contains("1000-100000 K")
                .contains("greenish: |Duv|").contains("not meaningful");
    }

    @Test
    void theTableSaysSoInItsOwnColumn(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", spectra(dir).toString());
        assertThat(run.exitCode()).isZero();
        String blueRow = run.out().lines().filter(l -> l.startsWith("blue ")).findFirst().orElseThrow();
        String greenRow = run.out().lines().filter(l -> l.startsWith("greenish ")).findFirst().orElseThrow();
        String[] cells = blueRow.trim().split("\\s+");
        // spectrum x y u' v' CCT Duv Ra ...: no CCT, Duv or Ra, and "-" under CRI valid rather than a number
        assertThat(cells[5]).isEqualTo("-");
        assertThat(cells[6]).isEqualTo("-");
        assertThat(cells[7]).isEqualTo("-");
        assertThat(greenRow).contains("no (|Duv| > 0.0054)");
        assertThat(run.err()).contains("not meaningful");
    }

    @Test
    void aFixedReferenceWithoutDuvSaysDuvIsUnknownNotNaN(@TempDir Path dir) throws Exception {
        // with a fixed reference Ra exists even when the CCT (and so Duv) does not
        CliRun run = CliRun.of("evaluate", "--spectrum", spectra(dir).toString(), "--reference", "blackbody:3000");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("NaN").contains("blue: Duv unknown");
        String blueRow = run.out().lines().filter(l -> l.startsWith("blue ")).findFirst().orElseThrow();
        assertThat(blueRow).endsWith("no (Duv unknown)");
    }
}
