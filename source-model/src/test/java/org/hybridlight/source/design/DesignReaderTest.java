package org.hybridlight.source.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;

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
import org.hybridlight.source.MeasuredFixture;
import org.hybridlight.source.QuantumDot;
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
        "od beyond the film's|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 20000}}]}|units[0].qd.od1S: must be 0-10000, got 20000",
        "unknown tail law|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"tailLaw\": \"gauss\"}}]}|units[0].qd.tailLaw: unknown tail law 'gauss'",
        "phonon population above 1|{\"temperatureK\": 430, \"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"tailLaw\": \"phonon-population\"}}]}|units[0].qd.tailLaw: phonon-population needs temperatureK below 418.",
        "tail prefactor|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"tailPrefactor\": 20}}]}|units[0].qd.tailPrefactor: must be 0-10",
        "dispersion range|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"sizeDispersionPercent\": 30}}]}|units[0].qd.sizeDispersionPercent: must be 0-15 %",
        "dispersion beyond the sizing curve|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"coreDiameterNm\": 1.7, \"od1S\": 1, \"sizeDispersionPercent\": 10}}]}|units[0].qd.sizeDispersionPercent: a size dispersion of 10.0 % around a 1.70 nm core puts",
        "peak only for measured|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"emissionPeakNm\": 610, \"od1S\": 1, \"absorption1SPeakNm\": 600}}]}|units[0].qd.absorption1SPeakNm: only for dots given by measured spectra",
        "measured without emission|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": \"a.csv\", \"od1S\": 1}}]}|units[0].qd.emissionFile: required with absorptionFile",
        "measured with a size|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": \"a.csv\", \"emissionFile\": \"e.csv\", \"emissionPeakNm\": 610, \"od1S\": 1}}]}|units[0].qd.emissionPeakNm: does not apply to dots given by measured spectra",
        "measured with a tail|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": \"a.csv\", \"emissionFile\": \"e.csv\", \"tailLaw\": \"boltzmann\", \"od1S\": 1}}]}|units[0].qd.tailLaw: does not apply",
        "missing spectrum file|{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": \"nope.csv\", \"emissionFile\": \"e.csv\", \"od1S\": 1}}]}|nope.csv: no such file",
        "empty|  |empty design",
    })
    void errorsNameTheFieldPath(String what, String json, String message) throws IOException {
        Path p = write(json == null ? "" : json.replace("UNIT", UNIT));
        assertThatThrownBy(() -> DesignReader.read(p)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p.getParent().toString()).hasMessageContaining(message);
    }

    /** Writes "measured" spectra of a 610 nm model dot next to the design file. */
    private void writeSpectra() throws IOException {
        QuantumDot qd = QuantumDot.ofCore(QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025));
        WavelengthGrid measured = new WavelengthGrid(400, 800, 0.5);
        MeasuredFixture.write(dir.resolve("absorbance.csv"), MeasuredFixture.absorbance(qd, measured));
        MeasuredFixture.write(dir.resolve("pl.csv"), MeasuredFixture.photoluminescence(qd, measured));
    }

    @Test
    void dotsGivenByMeasuredSpectraEvaluateAndRoundTrip() throws Exception {
        writeSpectra();
        Path p = write("{\"temperatureK\": 320, \"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, "
                + "\"qd\": {\"absorptionFile\": \"absorbance.csv\", \"emissionFile\": \"pl.csv\", \"od1S\": 40, "
                + "\"plqy\": 1, \"spectraTemperatureK\": 300, \"gapShiftMeVPerK\": -0.35}}]}");
        Design d = DesignReader.read(p);
        QuantumDot qd = d.source().units().get(0).qd();
        assertThat(qd.isMeasured()).isTrue();
        assertThat(qd.measured().absorptionFile()).isEqualTo(dir.resolve("absorbance.csv").toAbsolutePath());
        assertThat(qd.firstExcitonEv(320) - qd.firstExcitonEv(300)).isCloseTo(-0.007, within(ROUNDING));
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        assertThat(r.powerConversionEfficiency()).isGreaterThan(1);
        // written elsewhere (absolute paths) and read again: the same white, bit for bit
        Path other = Files.createDirectories(dir.resolve("elsewhere")).resolve("again.json");
        Files.writeString(other, DesignWriter.toJson(d));
        Design again = DesignReader.read(other);
        assertThat(again.source().units().get(0).qd()).isEqualTo(qd);
        assertThat(again.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm()).containsExactly(r.whiteWPerNm());
    }

    @Test
    void aMeasuredSpectrumWithoutAPeakNamesTheFieldThatFixesIt() throws Exception {
        writeSpectra();
        Files.writeString(dir.resolve("flat.csv"), "nm,a\n500,1\n600,1\n700,1\n");
        Path p = write("{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": "
                + "\"flat.csv\", \"emissionFile\": \"pl.csv\", \"od1S\": 4}}]}");
        assertThatThrownBy(() -> DesignReader.read(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("units[0].qd.absorptionFile: no first-exciton peak");
        Path given = write("{\"units\": [{\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, \"qd\": {\"absorptionFile\": "
                + "\"flat.csv\", \"emissionFile\": \"pl.csv\", \"absorption1SPeakNm\": 610, \"od1S\": 4}}]}");
        assertThat(DesignReader.read(given).source().units().get(0).qd().measured().firstExcitonNm()).isEqualTo(610);
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
    void theSpectrumReadersWarningsAreKeptNamingTheDesignTheFieldAndTheFile() throws Exception {
        // a measured LED from 420 to 700 nm, dots measured from 400 to 800 nm: both short of 380-780 nm
        StringBuilder led = new StringBuilder("nm,led\n");
        for (int nm = 420; nm <= 700; nm += 2) {
            led.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 450) / 9.0, 2))).append('\n');
        }
        Files.writeString(dir.resolve("led.csv"), led);
        writeSpectra();
        Path p = write("{\"units\": [{\"led\": {\"shape\": \"measured\", \"spectrumFile\": \"led.csv\"}}, "
                + "{\"led\": {\"peakNm\": 450, \"fwhmNm\": 20}, \"qd\": {\"absorptionFile\": \"absorbance.csv\", "
                + "\"emissionFile\": \"pl.csv\", \"od1S\": 4}}]}");
        assertThat(DesignReader.read(p).warnings()).containsExactly(
                p + ": units[0].led.spectrumFile: " + dir.resolve("led.csv") + ": spectra cover 420-700 nm, not all "
                        + "of 380-780 nm; they are extended with their end values",
                p + ": units[1].qd.absorptionFile: " + dir.resolve("absorbance.csv") + ": spectra cover 400-800 nm, "
                        + "not all of 380-780 nm; they are extended with their end values",
                p + ": units[1].qd.emissionFile: " + dir.resolve("pl.csv") + ": spectra cover 400-800 nm, not all "
                        + "of 380-780 nm; they are extended with their end values");
        // a design without files, and one whose file covers the range, have none
        assertThat(DesignReader.read(root().resolve("examples/paper-fig6b.json")).warnings()).isEmpty();
        led.setLength(0);
        led.append("nm,led\n");
        for (int nm = 380; nm <= 780; nm += 2) {
            led.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 450) / 9.0, 2))).append('\n');
        }
        Files.writeString(dir.resolve("led.csv"), led);
        assertThat(DesignReader.read(write("{\"units\": [{\"led\": {\"shape\": \"measured\", "
                + "\"spectrumFile\": \"led.csv\"}}]}")).warnings()).isEmpty();
    }

    @Test
    void anLedPeakOutsideTheModelsRangeNamesTheField() throws IOException {
        Path p = write("{\"units\": [{\"led\": {\"shape\": \"gaussian-energy\", \"peakNm\": 250, \"fwhmNm\": 100}, "
                + "\"qd\": {\"emissionPeakNm\": 610, \"od1S\": 5}}]}");
        assertThatThrownBy(() -> DesignReader.read(p)).hasMessageStartingWith(p + ": units[0].led.peakNm: must be "
                + "380-780 nm");
    }

    @Test
    void aMeasuredLedReadsEveryFormatThroughTheOneEntryPoint() throws Exception {
        StringBuilder csv = new StringBuilder("nm,led\n");
        StringBuilder ocean = new StringBuilder("Integration Time (usec): 1000\n>>>>>Begin Spectral Data<<<<<\n");
        for (int nm = 380; nm <= 780; nm += 2) {
            double v = Math.exp(-0.5 * Math.pow((nm - 450) / 9.0, 2));
            csv.append(nm).append(',').append(v).append('\n');
            ocean.append(nm).append('\t').append(v).append('\n');
        }
        Files.writeString(dir.resolve("led.csv"), csv);
        Files.writeString(dir.resolve("led.txt"), ocean.append(">>>>>End Spectral Data<<<<<\n"));
        String design = "{\"units\": [{\"led\": {\"shape\": \"measured\", \"spectrumFile\": \"FILE\"}, "
                + "\"qd\": {\"emissionPeakNm\": 610, \"od1S\": 5}}]}";
        double[] fromCsv = DesignReader.read(write(design.replace("FILE", "led.csv"))).source()
                .simulate(WavelengthGrid.COMPUTATION).whiteWPerNm();
        double[] fromOceanOptics = DesignReader.read(write(design.replace("FILE", "led.txt"))).source()
                .simulate(WavelengthGrid.COMPUTATION).whiteWPerNm();
        assertThat(fromOceanOptics).containsExactly(fromCsv);
    }
}
