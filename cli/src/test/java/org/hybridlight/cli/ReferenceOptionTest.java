package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hybridlight.colorimetry.io.ExitCode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --reference} is one option, {@link ReferenceOption}, in every command that has it: one text, one parse. */
class ReferenceOptionTest {

    private static final Path FIG6B = EvaluateCommandTest.root().resolve("examples/paper-fig6b.json");
    private static final Path LAMPS = EvaluateCommandTest.root().resolve("examples/lamps.csv");

    @Test
    void everyCommandWithAReferenceTakesItFromTheOneMixin() {
        List<String> with = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Map.Entry<String, CommandLine> c : new CommandLine(new HybridLight()).getSubcommands().entrySet()) {
            OptionSpec o = c.getValue().getCommandSpec().findOption("--reference");
            if (o == null) {
                continue;
            }
            with.add(c.getKey());
            assertThat(c.getValue().getCommandSpec().mixins().values()).as(c.getKey())
                    .anyMatch(m -> m.userObject() instanceof ReferenceOption && m.findOption("--reference") != null);
            assertThat(o.paramLabel()).isEqualTo("REF");
            descriptions.add(String.join(" ", o.description()));
        }
        assertThat(with).containsExactlyInAnyOrder("evaluate", "report");
        assertThat(descriptions).as("one text").containsOnly(descriptions.get(0));
        assertThat(descriptions.get(0)).contains("auto (CIE 13.3: blackbody below 5000 K, daylight from 5000 K)",
                "Default: a design's own reference, auto for spectra.");
    }

    @Test
    void aDesignsOwnReferenceIsTheDefaultAndTheOptionWins() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRun own = CliRun.of("evaluate", "--design", FIG6B.toString(), "--format", "json");
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(json.readTree(own.out()).get("reference").asText()).isEqualTo("blackbody:3000");
        CliRun given = CliRun.of("evaluate", "--design", FIG6B.toString(), "--format", "json", "--reference",
                "daylight:6500");
        assertThat(json.readTree(given.out()).get("reference").asText()).isEqualTo("daylight:6500");
        CliRun spectra = CliRun.of("evaluate", "--spectrum", LAMPS.toString(), "--format", "json");
        assertThat(json.readTree(spectra.out()).get(0).get("reference").asText()).isEqualTo("blackbody:2855.5");
    }

    @Test
    void bothCommandsRefuseABadReferenceInTheSameWords() {
        Path pdf = Path.of(System.getProperty("java.io.tmpdir"), "never-written.pdf");
        CliRun evaluate = CliRun.of("evaluate", "--spectrum", LAMPS.toString(), "--reference", "candle:2");
        CliRun report = CliRun.of("report", LAMPS.toString(), "--out", pdf.toString(), "--reference", "candle:2");
        assertThat(evaluate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(report.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(report.err()).isEqualTo(evaluate.err()).startsWith("error: --reference: ");
        assertThat(pdf).doesNotExist();
    }
}
