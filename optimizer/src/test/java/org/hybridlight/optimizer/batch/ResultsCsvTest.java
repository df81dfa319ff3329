package org.hybridlight.optimizer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("key", "ra", "note");

    @Test
    void rowsAreAppendedWholeAndQuoted() throws IOException {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false)) {
            csv.append(List.of("a", "90.1", "plain"));
            csv.append(List.of("b", "80", "with, comma and \"quote\""));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,90.1,plain",
                "b,80,\"with, comma and \"\"quote\"\"\"");
    }

    @Test
    void resumeCutsATornLastLineAndKnowsWhatIsDone() throws IOException {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false)) {
            csv.append(List.of("a", "1", "x"));
            csv.append(List.of("b", "2", "y"));
        }
        // a kill in the middle of writing row c
        Files.writeString(f, "c,3", StandardOpenOption.APPEND);
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, true)) {
            assertThat(csv.doneKeys()).containsExactlyInAnyOrder("a", "b");
            csv.append(List.of("c", "3", "z"));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,1,x", "b,2,y", "c,3,z");
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutResumeAndAForeignOneIsNotResumed() throws IOException {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "other,header\n1,2\n");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, false)).hasMessageContaining("--resume");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).hasMessageContaining("header");
        assertThat(Files.readString(f)).isEqualTo("other,header\n1,2\n");
    }
}
