package org.hybridlight.optimizer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path dir;

    private static List<String> row(int job) {
        return List.of("job" + job, Double.toString(Math.sqrt(job)));
    }

    @Test
    void everyJobOnceInParallelAndResumeAddsOnlyTheMissing() throws Exception {
        List<Integer> jobs = IntStream.range(0, 200).boxed().toList();
        Path out = dir.resolve("r.csv");
        BatchRunner<Integer> runner = new BatchRunner<>(j -> "job" + j, BatchRunnerTest::row);
        List<int[]> progress = new ArrayList<>();
        int ran = runner.run(jobs.subList(0, 120), out, List.of("key", "value"), 4, false,
                (d, t) -> {
                    synchronized (progress) {
                        progress.add(new int[] {d, t});
                    }
                });
        assertThat(ran).isEqualTo(120);
        assertThat(progress).last().satisfies(p -> assertThat(p).containsExactly(120, 120));
        int more = runner.run(jobs, out, List.of("key", "value"), 3, true, (d, t) -> { });
        assertThat(more).isEqualTo(80);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(201).doesNotHaveDuplicates();
        assertThat(lines.subList(1, 201)).containsExactlyInAnyOrderElementsOf(
                jobs.stream().map(j -> String.join(",", row(j))).toList());
    }
}
