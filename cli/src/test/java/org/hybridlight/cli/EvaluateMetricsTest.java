package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --metrics} (what is computed, the rest null) and {@code --format jsonl} (one object per line, in order). */
class EvaluateMetricsTest {

    @TempDir
    Path dir;

    private static Path lamps() {
        return EvaluateCommandTest.root().resolve("examples/lamps.csv");
    }

    private static JsonNode json(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--spectrum", lamps().toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "cri", "tm30", "xyz"})
    void everySetKeepsTheKeysAndAgreesWithAllOnWhatItComputes(String set) throws Exception {
        JsonNode all = json();
        JsonNode some = json("--metrics", set);
        boolean cri = set.equals("all") || set.equals("cri");
        boolean tm30 = set.equals("all") || set.equals("tm30");
        for (int i = 0; i < all.size(); i++) {
            JsonNode a = all.get(i);
            JsonNode s = some.get(i);
            List<String> keys = new ArrayList<>();
            s.fieldNames().forEachRemaining(keys::add);
            List<String> allKeys = new ArrayList<>();
            a.fieldNames().forEachRemaining(allKeys::add);
            assertThat(keys).containsExactlyElementsOf(allKeys);
            for (String k : List.of("X", "Y", "Z", "x", "y", "u", "v", "uPrime", "vPrime", "cct", "duv", "ler")) {
                assertThat(s.get(k)).as(k).isEqualTo(a.get(k));
            }
            for (String k : List.of("ra", "r", "reference", "criValid")) {
                assertThat(s.get(k).isNull()).as(set + " " + k).isEqualTo(!cri);
                if (cri) {
                    assertThat(s.get(k)).isEqualTo(a.get(k));
                }
            }
            for (String k : List.of("rf", "rg", "rfHj", "rcsHj", "rhsHj")) {
                assertThat(s.get(k).isNull()).as(set + " " + k).isEqualTo(!tm30);
                if (tm30) {
                    assertThat(s.get(k)).isEqualTo(a.get(k));
                }
            }
        }
    }

    @Test
    void jsonlIsOneObjectPerLineInInputOrderEqualToJson() throws Exception {
        // more spectra than one chunk of the parallel evaluation, so the order across chunks is tested
        int spectra = InOrderEvaluation.CHUNK * 2 + 7;
        StringBuilder csv = new StringBuilder("nm");
        for (int j = 0; j < spectra; j++) {
            csv.append(",s").append(j);
        }
        csv.append('\n');
        for (int nm = 380; nm <= 780; nm += 5) {
            csv.append(nm);
            for (int j = 0; j < spectra; j++) {
                double t = (nm - (450 + j % 300)) / 40.0;
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", 0.05 + Math.exp(-0.5 * t * t)));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv);
        CliRun lines = CliRun.of("evaluate", "--spectrum", file.toString(), "--format", "jsonl", "--metrics", "cri");
        CliRun array = CliRun.of("evaluate", "--spectrum", file.toString(), "--format", "json", "--metrics", "cri");
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        String[] rows = lines.out().split("\n");
        assertThat(rows).hasSize(spectra);
        JsonNode expected = new ObjectMapper().readTree(array.out());
        ObjectMapper mapper = new ObjectMapper();
        for (int j = 0; j < spectra; j++) {
            assertThat(mapper.readTree(rows[j])).isEqualTo(expected.get(j));
            assertThat(mapper.readTree(rows[j]).get("name").asText()).isEqualTo("s" + j);
        }
    }

    @Test
    void unknownSetIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--spectrum", lamps().toString(), "--metrics", "cqs");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--metrics").contains("cqs");
    }

    @Test
    void plotNeedsTm30() {
        CliRun run = CliRun.of("evaluate", "--spectrum", lamps().toString(), "--metrics", "cri",
                "--plot", dir.resolve("p.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--plot");
    }
}
