package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;

    private static OutputFiles.Named in(Path p) {
        return OutputFiles.named("CONFIG.json", p);
    }

    private static OutputFiles.Named out(Path p) {
        return OutputFiles.named("--out", p);
    }

    @Test
    void anOutputMayNotBeAnInputByAnyName() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), config);
        Path hard = Files.createLink(dir.resolve("hard.json"), config);
        Files.createDirectory(dir.resolve("sub"));
        for (Path same : new Path[] {config, link, hard, dir.resolve("sub/../c.json"),
            Path.of(".").toAbsolutePath().relativize(config)}) {
            assertThatThrownBy(() -> OutputFiles.check(List.of(in(config)), List.of(out(same))))
                    .isInstanceOfSatisfying(OutputFiles.Refused.class,
                            r -> assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE))
                    .hasMessageContaining("--out").hasMessageContaining("is the input CONFIG.json");
        }
        assertThat(Files.readString(config)).isEqualTo("{}");
    }

    @Test
    void twoOutputsMayNotBeOneFile() {
        Path f = dir.resolve("x.csv");
        assertThatThrownBy(() -> OutputFiles.check(List.of(), List.of(out(f),
                OutputFiles.named("--export-spectrum", f))))
                .hasMessageContaining("--export-spectrum").hasMessageContaining("also the --out");
    }

    @Test
    void unwritableOutputsAreFoundBeforeAnyWorkWithTheReason() throws Exception {
        Path front = Files.createDirectory(dir.resolve("front.csv"));
        Path file = Files.writeString(dir.resolve("file"), "");
        for (Path[] c : new Path[][] {{dir.resolve("missing/r.json"), null}, {front, null},
            {file.resolve("r.json"), null}}) {
            assertThatThrownBy(() -> OutputFiles.check(List.of(), List.of(out(c[0]))))
                    .isInstanceOfSatisfying(OutputFiles.Refused.class,
                            r -> assertThat(r.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE))
                    .hasMessageStartingWith("--out: " + c[0] + ": cannot write");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("front.csv", "file");
        }
    }

    @Test
    void aReadOnlyDirectoryIsRefusedWithTheReason() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as root");
            assertThatThrownBy(() -> OutputFiles.check(List.of(), List.of(out(ro.resolve("r.csv")))))
                    .hasMessageContaining("r.csv").hasMessageContaining("permission denied");
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void goodOutputsPassAndLeaveNothingBehind() throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{}");
        OutputFiles.check(List.of(in(config)), List.of(out(dir.resolve("r.json")),
                OutputFiles.named("--pareto", null), OutputFiles.named("--export-spectrum", dir.resolve("w.csv"))));
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(config);
        }
    }
}
