package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignWriterTest {

    @Test
    void aWrittenDesignReadsBackToTheSameSource(@TempDir Path dir) throws Exception {
        Design d = DesignReader.read(DesignReaderTest.root().resolve("examples/paper-fig6b.json"));
        Path p = dir.resolve("again.json");
        Files.writeString(p, DesignWriter.toJson(d));
        Design again = DesignReader.read(p);
        assertThat(again.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm())
                .containsExactly(d.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm());
        assertThat(again.unitNames()).isEqualTo(d.unitNames());
        assertThat(again.reference()).isEqualTo(d.reference());
    }
}
