package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesWholeAndReplacesAnOldFile() throws IOException {
        Path f = dir.resolve("out.txt");
        Files.writeString(f, "old");
        AtomicFiles.writeString(f, "new content");
        assertThat(Files.readString(f)).isEqualTo("new content");
        assertThat(files()).containsExactly(f);
    }

    @Test
    void aFailureMidWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("out.txt");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(f)).isEqualTo("old");
        assertThat(files()).containsExactly(f);
    }

    @Test
    void aGroupWritesAllOrNone() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.csv");
        assertThatThrownBy(() -> {
            try (AtomicFiles.Group g = new AtomicFiles.Group()) {
                g.write(a, AtomicFiles.utf8("a"));
                g.write(b, out -> {
                    throw new IOException("cannot");
                });
                g.commit();
            }
        }).hasMessage("cannot");
        assertThat(files()).isEmpty();
        try (AtomicFiles.Group g = new AtomicFiles.Group()) {
            g.write(a, AtomicFiles.utf8("a"));
            g.write(b, AtomicFiles.utf8("b"));
            assertThat(files()).as("nothing in place before commit").doesNotContain(a, b);
            g.commit();
        }
        assertThat(files()).containsExactly(a, b);
    }

    @Test
    void concurrentWritersOfOneTargetUseUniqueTemporaryNames() throws Exception {
        // the old name ".out.txt.<pid>.tmp" was shared by every thread of a process
        Path f = dir.resolve("out.txt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = ("writer " + i + "\n").repeat(2000);
                all.add(pool.submit(() -> {
                    AtomicFiles.writeString(f, text);
                    return null;
                }));
            }
            for (Future<?> x : all) {
                x.get();
            }
        } finally {
            pool.shutdown();
        }
        String content = Files.readString(f);
        assertThat(content.lines().distinct()).as("one writer's whole content").hasSize(1);
        assertThat(content.lines()).hasSize(2000);
        assertThat(files()).containsExactly(f);
    }

    @Test
    void newFilesGetTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain"));
        Path f = dir.resolve("out.txt");
        AtomicFiles.writeString(f, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(expected);
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path f = dir.resolve("nope/out.txt");
        assertThatThrownBy(() -> AtomicFiles.writeString(f, "x")).hasMessageContaining("does not exist");
    }
}
