package org.hybridlight.batch.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.batch.BatchRunner;
import org.hybridlight.optimizer.batch.Sweep;
import org.hybridlight.optimizer.batch.SweepRunner;

/** Test sweeps over the paper's config with small budgets, and the local engine's rows for them. */
final class Sweeps {

    static final Path CONFIG = Path.of(System.getProperty("hybridlight.root", "..")).resolve(
            "examples/optimize-paper-leds.json").toAbsolutePath();

    private Sweeps() {
    }

    /** {@code sets} three-LED peak sets x 10 target CCTs, {@code evaluations} each, one start. */
    static Path write(Path dir, int sets, int evaluations) throws IOException {
        List<String> peaks = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            peaks.add("[" + (480 + 5 * (i % 5)) + ", " + (545 + 10 * (i / 5 % 4)) + ", " + (620 + 10 * (i / 20)) + "]");
        }
        String json = "{\"config\": \"" + CONFIG.toString().replace("\\", "\\\\") + "\", \"ledPeakSetsNm\": "
                + peaks + ", \"targetCctsK\": [2500, 2700, 3000, 3300, 3500, 4000, 4500, 5000, 5500, 6000],"
                + " \"maxEvaluations\": " + evaluations + ", \"starts\": 1}";
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, json, StandardCharsets.UTF_8);
        return sweep;
    }

    /** The local engine's RESULTS.csv lines (header first, then rows sorted). */
    static List<String> local(Path sweep, Path dir) throws Exception {
        Path out = dir.resolve("local-RESULTS.csv");
        SweepRunner runner = new SweepRunner(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        new BatchRunner<Sweep.Job>(Sweep.Job::key, runner::run).run(Sweep.read(sweep), out, Sweep.HEADER, 2, false,
                (done, total) -> { });
        return sorted(out);
    }

    /** A results file's header, then its rows sorted (by key: it is their first cell and holds no comma). */
    static List<String> sorted(Path results) throws IOException {
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        List<String> all = new ArrayList<>();
        all.add(lines.get(0));
        all.addAll(rows);
        return all;
    }
}
