package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hybridlight.source.SubGapTailLaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's worked examples are what the tool gives: every fenced block that starts with
 * {@code $ ./hybridlight ...} is run and must print exactly the rest of the block, and the table of the two tail
 * laws holds the laws' values to the digits it prints.
 */
class ReadmeExamplesTest {

    /** Below half a unit of the last printed digit, a number printed in the README is right. */
    private static final double ROUNDING = 1e-12;

    private static final Path ROOT = EvaluateCommandTest.root();
    private static final String PROMPT = "$ ./hybridlight ";

    private static List<String> readme() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md"));
    }

    /** Each block as its command line followed by the lines it shows. */
    static Stream<List<String>> commandBlocks() throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        List<String> lines = readme();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && i + 1 < lines.size() && lines.get(i + 1).startsWith(PROMPT)) {
                List<String> block = new ArrayList<>();
                int j = i + 1;
                while (!lines.get(j).startsWith("```")) {
                    block.add(lines.get(j++));
                }
                blocks.add(block);
                i = j;
            }
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        return blocks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandBlocks")
    void theCommandPrintsWhatTheReadmeShows(List<String> block) {
        String[] args = block.get(0).substring(PROMPT.length()).trim().split("\\s+");
        for (int k = 0; k < args.length; k++) {
            if (args[k].startsWith("examples/")) {
                args[k] = ROOT.resolve(args[k]).toString();
            }
        }
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> printed = Arrays.stream(run.out().split("\\R")).map(String::stripTrailing).toList();
        List<String> shown = block.subList(1, block.size()).stream().map(String::stripTrailing).toList();
        assertThat(String.join("\n", printed).strip()).isEqualTo(String.join("\n", shown).strip());
    }

    /** The four numbers "a / b / c / d" of a table cell. */
    private static double[] numbers(String cell) {
        return Arrays.stream(cell.split("/")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    private static int decimals(String number) {
        String s = number.trim();
        return s.contains(".") ? s.length() - s.indexOf('.') - 1 : 0;
    }

    @Test
    void theTailLawTableHoldsTheLawsValues() throws IOException {
        double[] temperatures = {300, 320, 340, 360};
        int rows = 0;
        for (String line : readme()) {
            for (SubGapTailLaw law : SubGapTailLaw.values()) {
                if (!line.startsWith("| `" + law.id() + "` |")) {
                    continue;
                }
                rows++;
                String[] cells = line.split("\\|");
                // cells[3]: at 2 E_LO, cells[4]: at 120 meV, at 300 / 320 / 340 / 360 K
                double[] atTwoPhonons = numbers(cells[3]);
                double[] at120 = numbers(cells[4]);
                String[] printed2 = cells[3].split("/");
                String[] printed120 = cells[4].split("/");
                for (int k = 0; k < temperatures.length; k++) {
                    double t = temperatures[k];
                    assertThat(atTwoPhonons[k]).as("%s at 2 E_LO, %s K", law, t).isCloseTo(
                            law.ratio(0.05, t), within(0.5 * Math.pow(10, -decimals(printed2[k])) + ROUNDING));
                    assertThat(at120[k]).as("%s at 120 meV, %s K", law, t).isCloseTo(
                            law.ratio(0.12, t), within(0.5 * Math.pow(10, -decimals(printed120[k])) + ROUNDING));
                }
            }
        }
        assertThat(rows).isEqualTo(SubGapTailLaw.values().length);
    }
}
