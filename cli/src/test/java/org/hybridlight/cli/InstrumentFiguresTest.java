package org.hybridlight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sekonic export (written here by hand) of illuminant A from examples/lamps.csv, its figures set a known amount
 * off ours: evaluate reports them as {@code instrument} and the table's second row shows ours minus them.
 */
class InstrumentFiguresTest {

    /** The figures round-trip through text: rounding only. */
    private static final double PRINTED = 1e-9;
    private static final double CCT_OFF_K = 50;
    private static final double RA_OFF = 2;

    @TempDir
    Path dir;

    private JsonNode ours;

    private Path sekonic() throws Exception {
        List<String> lines = Files.readAllLines(EvaluateCommandTest.root().resolve("examples/lamps.csv"));
        CliRun run = CliRun.of("evaluate", "--spectrum", EvaluateCommandTest.root().resolve("examples/lamps.csv")
                .toString(), "--format", "json");
        ours = new ObjectMapper().readTree(run.out()).get(0);
        StringBuilder s = new StringBuilder("Title,lamp A\n");
        s.append("Tcp [K],").append(ours.get("cct").asDouble() - CCT_OFF_K).append('\n');
        s.append("CIE1931 x,").append(ours.get("x").asDouble()).append('\n');
        s.append("CRI Ra,").append(ours.get("ra").asDouble() - RA_OFF).append('\n');
        s.append("Illuminance [lx],250\n").append("Illuminance [fc],23.2\n");
        for (String line : lines) {
            if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
                String[] cells = line.split(",");
                s.append("Spectral Data ").append(cells[0]).append("[nm],").append(cells[1]).append('\n');
            }
        }
        Path p = dir.resolve("a.csv");
        Files.writeString(p, s);
        return p;
    }

    @Test
    void jsonHasTheInstrumentsFiguresUnderOurKeys() throws Exception {
        Path file = sekonic();
        CliRun run = CliRun.of("evaluate", "--spectrum", file.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(o.get("cct").asDouble()).isCloseTo(ours.get("cct").asDouble(), within(PRINTED));
        JsonNode instrument = o.get("instrument");
        assertThat(instrument.size()).isEqualTo(4);
        assertThat(instrument.get("cct").asDouble()).isCloseTo(ours.get("cct").asDouble() - CCT_OFF_K,
                within(PRINTED));
        assertThat(instrument.get("illuminanceLx").asDouble()).isEqualTo(250);
        assertThat(instrument.has("duv")).isFalse();
    }

    @Test
    void theTableShowsOursMinusTheInstrument() throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", sekonic().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String row = run.out().lines().filter(l -> l.startsWith(ColorimetryTable.INSTRUMENT_ROW)).findFirst()
                .orElseThrow();
        List<String> cells = List.of(row.substring(ColorimetryTable.INSTRUMENT_ROW.length()).trim().split("\\s+"));
        // x, y, u', v', CCT, Duv, Ra, R9, Rf, Rg
        assertThat(cells).containsExactly("+0.00000", "-", "-", "-",
                String.format(Locale.ROOT, "+%.1f", CCT_OFF_K), "-", String.format(Locale.ROOT, "+%.1f", RA_OFF),
                "-", "-", "-");
    }

    @Test
    void csvHasInstrumentColumns() throws Exception {
        CliRun run = CliRun.of("evaluate", "--spectrum", sekonic().toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertThat(header).contains("instrument_cct", "instrument_illuminanceLx", "instrument_r15");
        assertThat(row.get(header.indexOf("instrument_illuminanceLx"))).isEqualTo("250.0");
        assertThat(row.get(header.indexOf("instrument_duv"))).isEmpty();
    }
}
