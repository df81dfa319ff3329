package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spectrum file is read once per version (last-modified time and size), never again while unchanged. */
class CachedSpectrumFilesTest {

    @TempDir
    Path dir;

    private final List<Path> reads = new ArrayList<>();
    private final CachedSpectrumFiles cache = new CachedSpectrumFiles(f -> {
        reads.add(f);
        return SpectrumFiles.fromDisk().read(f);
    });

    private static String spectrum(double at560) {
        return "wavelength_nm,W/nm\n550,0.5\n560," + at560 + "\n570,0.5\n";
    }

    @Test
    void anUnchangedFileIsReadOnceAndAChangedOneAgain() throws Exception {
        Path f = dir.resolve("led.csv");
        Files.writeString(f, spectrum(1.0));
        var first = cache.read(f);
        var second = cache.read(dir.resolve(".").resolve("led.csv"));
        assertThat(reads).hasSize(1);
        assertThat(second).isEqualTo(first);

        Files.writeString(f, spectrum(2.0));
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        var changed = cache.read(f);
        assertThat(reads).hasSize(2);
        assertThat(changed.spectra().get(0).spectrum()).isNotEqualTo(first.spectra().get(0).spectrum());
    }

    @Test
    void theReadersWarningsAreKeptWithTheSpectra() throws Exception {
        // 550-570 nm: short of 380-780 nm, a warning naming the file
        Path f = dir.resolve("led.csv");
        Files.writeString(f, spectrum(1.0));
        var first = cache.read(f);
        assertThat(first.warnings()).singleElement().asString().startsWith(f + ": spectra cover 550-570 nm");
        assertThat(cache.read(f).warnings()).as("given again from the cache, not read again")
                .isEqualTo(first.warnings());
        assertThat(reads).hasSize(1);
    }

    @Test
    void aRefusedOrMissingFileIsNotKept() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "not a spectrum\n");
        assertThatThrownBy(() -> cache.read(f)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> cache.read(f)).isInstanceOf(InputException.class);
        assertThat(reads).hasSize(2);
        assertThatThrownBy(() -> cache.read(dir.resolve("missing.csv"))).isInstanceOf(InputException.class);
    }
}
