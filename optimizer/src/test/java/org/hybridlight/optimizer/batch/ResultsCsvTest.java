package org.hybridlight.optimizer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("key", "ra", "note");

    private static SweepFingerprint fingerprint(int maxEvaluations) throws Exception {
        return new SweepFingerprint(new ObjectMapper().readTree("{\"format\": 1, \"sweep\": {\"maxEvaluations\": "
                + maxEvaluations + "}, \"config\": {\"search\": {\"seed\": 1}}}"));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rowsAreAppendedWholeAndQuoted() throws Exception {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false)) {
            csv.append(List.of("a", "90.1", "plain"));
            csv.append(List.of("b", "80", "with, comma and \"quote\""));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,90.1,plain",
                "b,80,\"with, comma and \"\"quote\"\"\"");
        assertThat(files()).as("the lock's holder file is gone after the run").containsExactly("r.csv");
    }

    @Test
    void resumeCutsATornLastLineAndKnowsWhatIsDone() throws Exception {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false)) {
            csv.append(List.of("a", "1", "x"));
            csv.append(List.of("b", "2", "y, z"));
        }
        // a kill in the middle of writing row c
        Files.writeString(f, "c,3", StandardOpenOption.APPEND);
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, true)) {
            assertThat(csv.doneKeys()).containsExactlyInAnyOrder("a", "b");
            csv.append(List.of("c", "3", "z"));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,1,x", "b,2,\"y, z\"", "c,3,z");
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutResumeAndAForeignOneIsNotResumed() throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "other,header\n1,2\n");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, false)).hasMessageContaining("--resume");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).hasMessageContaining("header");
        assertThat(Files.readString(f)).isEqualTo("other,header\n1,2\n");
    }

    @Test
    void aForeignFileWithoutFinalNewlineKeepsItsLastLine() throws Exception {
        // resume once cut the last line of any file before refusing it
        Path f = dir.resolve("n.txt");
        String notes = "shopping\nmilk\nbread";
        Files.writeString(f, notes);
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).isInstanceOf(InputException.class)
                .hasMessageContaining("not this sweep's results").hasMessageContaining("column 1 is 'shopping'");
        assertThat(Files.readString(f)).isEqualTo(notes);
        assertThat(files()).containsExactly("n.txt");
    }

    @Test
    void aWindowsLineEndingIsNamedNotShownAsTwoEqualHeaders() throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "key,ra,note\r\na,1,x\r\n");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).hasMessageContaining("CR LF");
        assertThat(Files.readString(f)).isEqualTo("key,ra,note\r\na,1,x\r\n");
    }

    @Test
    void anEmptyFileIsANewOneWithOrWithoutResume() throws Exception {
        Path f = Files.createFile(dir.resolve("r.csv"));
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, true)) {
            assertThat(csv.doneKeys()).isEmpty();
        }
        Files.writeString(f, "");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false)) {
            csv.append(List.of("a", "1", "x"));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,1,x");
    }

    @Test
    void aSecondRunOnTheSameFileStopsAtOnceNamingTheHolder() throws Exception {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv first = ResultsCsv.open(f, HEADER, false)) {
            first.append(List.of("a", "1", "x"));
            for (boolean resume : new boolean[] {true, false}) {
                assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, resume)).isInstanceOf(ResultsCsv.Locked.class)
                        .hasMessageContaining("in use by another batch run (pid " + ProcessHandle.current().pid());
            }
            first.append(List.of("b", "2", "y"));
        }
        assertThat(Files.readAllLines(f)).containsExactly("key,ra,note", "a,1,x", "b,2,y");
    }

    @Test
    void aResumeWithAnotherSweepIsRefusedNamingWhatChanged() throws Exception {
        Path f = dir.resolve("r.csv");
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, false, fingerprint(200))) {
            csv.append(List.of("a", "1", "x"));
        }
        assertThat(files()).containsExactly("r.csv", "r.csv.sweep.json");
        String before = Files.readString(f);
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true, fingerprint(50)))
                .isInstanceOf(InputException.class).hasMessageContaining("sweep maxEvaluations: 200 -> 50");
        assertThat(Files.readString(f)).isEqualTo(before);
        try (ResultsCsv csv = ResultsCsv.open(f, HEADER, true, fingerprint(200))) {
            assertThat(csv.doneKeys()).containsExactly("a");
        }
        Files.delete(SweepFingerprint.sideFile(f));
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true, fingerprint(200)))
                .hasMessageContaining("r.csv.sweep.json (the sweep these results were made with) is missing");
    }

    @Test
    void mixedOrDamagedRowsAreNotTakenAsDone() throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "key,ra,note\na,1,x\na,2,y\n");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).hasMessageStartingWith(f + ":3:")
                .hasMessageContaining("there twice");
        Files.writeString(f, "key,ra,note\na,1\nb,2,y\n");
        assertThatThrownBy(() -> ResultsCsv.open(f, HEADER, true)).hasMessageStartingWith(f + ":2:")
                .hasMessageContaining("2 cells, the header has 3");
    }
}
