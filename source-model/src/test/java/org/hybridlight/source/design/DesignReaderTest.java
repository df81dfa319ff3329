package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DesignReaderTest {

    @TempDir
    Path dir;

    static Path root() {
        return Path.of(System.getProperty("hybridlight.root", "..")).toAbsolutePath().normalize();
    }

    static Stream<Path> examples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(root().resolve("examples"))) {
            // optimize-*.json and batch-*.json are optimizer configs and sweeps, tested in the optimizer module
            files = s.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("optimize-"))
                    .filter(p -> !p.getFileName().toString().startsWith("batch-")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleLoadsAndEvaluates(Path file) throws InputException {
        Design d = DesignReader.read(file);
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        assertThat(r.opticalPowerOutW()).isPositive();
        assertThat(new SpectrumEvaluator().evaluate(r.whiteSpectrum(), new CriReference.Auto()).xy().x())
                .isBetween(0.0, 1.0);
    }

    @Test
    void fig6bLandsNear3000KOnTheLocus() throws InputException {
        Design d = DesignReader.read(root().resolve("examples/paper-fig6b.json"));
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        var c = new SpectrumEvaluator().evaluate(r.whiteSpectrum(), new CriReference.Blackbody(3000));
        assertThat(c.cctK()).isBetween(2950.0, 3050.0);
        assertThat(Math.abs(c.duv())).isLessThan(0.0054);
        assertThat(r.powerConversionEfficiency()).isGreaterThan(1.0);
    }

    private Path write(String json) throws IOException {
        Path p = dir.resolve("d.json");
        Files.writeString(p, json);
        return p;
    }

    private static final String UNIT = "{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, "
            + "\"od1S\": 5}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "od not positive|{\"units\": [UNIT, {\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 0}}]}|units[1].qd.od1S: must be > 0",
        "unknown field|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17, \"colour\": 1}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1}}]}|units[0].led.colour: unknown field 'colour'",
        "wrong type|{\"units\": [{\"led\": {\"peakNm\": \"red\", \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1}}]}|units[0].led.peakNm: wrong type: expected a number",
        "missing required|{\"units\": [{\"led\": {\"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1}}]}|units[0].led.peakNm: required",
        "missing od|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610}}]}|units[0].qd.od1S: required",
        "no size|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"od1S\": 1}}]}|units[0].qd.coreDiameterNm: required",
        "out of range|{\"temperatureK\": 5000, \"units\": [UNIT]}|temperatureK: must be 200-450 K",
        "plqy|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"plqy\": 1.5}}]}|units[0].qd.plqy: must be > 0 and <= 1",
        "no units|{\"units\": []}|units: at least one unit",
        "bad reference|{\"reference\": \"moon\", \"units\": [UNIT]}|reference: must be auto",
        "syntax|{\"units\": [|not valid JSON",
        "empty|  |empty design",
    })
    void errorsNameTheFieldPath(String what, String json, String message) throws IOException {
        Path p = write(json == null ? "" : json.replace("UNIT", UNIT));
        assertThatThrownBy(() -> DesignReader.read(p)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p.toString()).hasMessageContaining(message);
    }

    @Test
    void aMissingMeasuredLedFileNamesTheDesignTheFieldAndIsAMissingInput() throws IOException {
        Path p = write("{\"units\": [{\"led\": {\"shape\": \"measured\", \"spectrumFile\": \"led.csv\"}, "
                + "\"qd\": {\"emissionPeakNm\": 610, \"od1S\": 5}}]}");
        assertThatThrownBy(() -> DesignReader.read(p))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isTrue())
                .hasMessage(p + ": units[0].led.spectrumFile: " + dir.resolve("led.csv") + ": no such file");
        Files.writeString(dir.resolve("led.csv"), "nm,a\n600,1\n610,x\n");
        assertThatThrownBy(() -> DesignReader.read(p))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.fileUnavailable()).isFalse())
                .hasMessageStartingWith(p + ": units[0].led.spectrumFile: " + dir.resolve("led.csv") + ":3:");
    }

    @Test
    void anLedShapeThatCannotHaveItsWidthNamesTheField() throws IOException {
        Path p = write("{\"units\": [{\"led\": {\"shape\": \"gaussian-energy\", \"peakNm\": 250, \"fwhmNm\": 200}, "
                + "\"qd\": {\"emissionPeakNm\": 610, \"od1S\": 5}}]}");
        assertThatThrownBy(() -> DesignReader.read(p)).hasMessageStartingWith(p + ": units[0].led.fwhmNm: a Gaussian "
                + "in energy at 250 nm is at most 160.2 nm wide");
    }
}
