package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void dropsAByteOrderMark() throws Exception {
        Path p = dir.resolve("bom.txt");
        Files.write(p, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'});
        assertThat(InputFiles.readText(p, 100, 1)).isEqualTo("ab");
        assertThat(InputFiles.withoutBom("\uFEFFab")).isEqualTo("ab");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path p = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GiB that take no disk space
        }
        assertThatThrownBy(() -> InputFiles.readText(p, 1L << 30, 1)).isInstanceOf(InputException.class)
                .hasMessage(p + ": is 3.0 GiB, larger than the 1.0 GiB an input file of this kind may have");
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedWithTheFigures() throws Exception {
        Path p = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(1L << 20);
        }
        long factor = Runtime.getRuntime().maxMemory() / (1L << 20) + 1;
        assertThatThrownBy(() -> InputFiles.readText(p, 1L << 30, (int) factor))
                .hasMessageContaining("more than the Java heap's").hasMessageContaining("-Xmx");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessDeviceIsRefusedAtOnce() {
        assertThatThrownBy(() -> InputFiles.readText(Path.of("/dev/zero"), 1L << 30, 1))
                .hasMessage("/dev/zero: not a text file (contains NUL bytes)");
        assertThatThrownBy(() -> InputFiles.readText(Path.of("/dev/urandom"), 1L << 20, 1))
                .hasMessageContaining("/dev/urandom: not a text file");
    }

    @Test
    void missingUnreadableAndDirectoriesAreUnavailableBadTextIsNot() throws Exception {
        assertThatThrownBy(() -> InputFiles.readText(dir.resolve("nope"), 100, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isTrue())
                .hasMessageEndingWith("nope: no such file");
        assertThatThrownBy(() -> InputFiles.readText(dir, 100, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isTrue())
                .hasMessageEndingWith("is a directory, not a file");
        Path bad = Files.write(dir.resolve("latin1.csv"), new byte[] {'a', (byte) 0xE9, 'b'});
        assertThatThrownBy(() -> InputFiles.readText(bad, 100, 1))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isFalse())
                .hasMessageEndingWith("not a text file (invalid UTF-8)");
        Path secret = Files.writeString(dir.resolve("secret.csv"), "x");
        secret.toFile().setReadable(false, false);
        if (!Files.isReadable(secret)) { // not as root
            assertThatThrownBy(() -> InputFiles.readText(secret, 100, 1))
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isTrue())
                    .hasMessageEndingWith("cannot read: permission denied");
        }
    }
}
