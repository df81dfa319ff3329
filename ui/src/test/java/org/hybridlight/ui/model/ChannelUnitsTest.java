package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain LEDs, phosphor-converted LEDs and measured LED spectra as units of the designer, without a toolkit. */
class ChannelUnitsTest {

    /** The editor's white against the file's, evaluated independently: rounding only. */
    private static final double ROUNDING = 1e-12;
    /** Ra of an applied result in the editor against the optimizer's: the editor re-solves nothing, rounding only. */
    private static final double APPLIED_RA = 1e-6;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
    private DesignViewModel vm;

    @TempDir
    Path dir;

    @BeforeEach
    void load() throws Exception {
        vm = new DesignViewModel(evaluator);
        vm.file().load(EXAMPLES.resolve("paper-fig6b.json"));
    }

    /** The white a design file gives when the command line reads it. */
    private double[] whiteOf(Path file) throws Exception {
        Design d = DesignReader.read(file);
        return d.source().simulate(WavelengthGrid.COMPUTATION).whiteWPerNm();
    }

    private void assertSameWhite(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("index %d", i).isCloseTo(b[i], within(ROUNDING * (1 + Math.abs(b[i]))));
        }
    }

    @Test
    void aPlainAndAPhosphorConvertedChannelAreAddedEditedSavedAndOpenedAgain() throws Exception {
        vm.roster().addUnit(UnitKind.PLAIN_LED);
        vm.roster().addUnit(UnitKind.PC_LED);
        assertThat(vm.problemProperty().get()).isNull();
        UnitViewModel plain = vm.units().get(3);
        UnitViewModel pc = vm.units().get(4);
        assertThat(vm.evaluationProperty().get().design().source().units().get(3).hasDots()).isFalse();
        // the controls each kind shows
        assertThat(plain.shown(plain.od1S()).get()).isFalse();
        assertThat(plain.shown(plain.ledPeakNm()).get()).isTrue();
        assertThat(pc.shown(pc.ledPeakNm()).get()).isFalse();
        assertThat(pc.shown(pc.phosphorFraction()).get()).isTrue();
        assertThat(pc.shown(pc.qdEmissionPeakNm()).get()).isFalse();

        double pe = vm.evaluationProperty().get().result().powerConversionEfficiency();
        pc.phosphorPeakNm().set(590);
        pc.phosphorFraction().set(0.8);
        plain.ledPeakNm().set(470);
        assertThat(vm.evaluationProperty().get().result().powerConversionEfficiency()).isNotEqualTo(pe);
        assertThat(vm.evaluationProperty().get().design().source().units().get(4).led().peakNm()).isEqualTo(590);

        Path saved = dir.resolve("channels.json");
        vm.file().save(saved);
        assertSameWhite(vm.evaluationProperty().get().result().whiteWPerNm(), whiteOf(saved));
        DesignViewModel again = new DesignViewModel(evaluator);
        again.file().load(saved);
        assertThat(again.units().get(3).kindProperty().get()).isEqualTo(UnitKind.PLAIN_LED);
        assertThat(again.units().get(4).kindProperty().get()).isEqualTo(UnitKind.PC_LED);
        assertThat(again.units().get(4).phosphorFraction().get()).isEqualTo(0.8);
        // the channels come back as they were (the LED-QD units' cores differ by float rounding through the file)
        assertThat(again.units().get(3).state()).isEqualTo(plain.state());
        assertThat(again.units().get(4).state()).isEqualTo(pc.state());
        assertThat(again.file().modifiedProperty().get()).isFalse();
    }

    @Test
    void aUnitTurnedIntoAChannelAndBackIsUndoneToTheSameDesign() {
        DesignViewModel.State loaded = vm.state();
        UnitViewModel u = vm.units().get(1);
        u.kindProperty().set(UnitKind.PLAIN_LED);
        // a plain LED passes its light unchanged: PE exactly 1 for that unit alone
        var r = vm.evaluationProperty().get().design().source().units().get(1)
                .simulate(300, WavelengthGrid.COMPUTATION);
        assertThat(r.powerConversionEfficiency()).isEqualTo(1.0);
        u.kindProperty().set(UnitKind.LED_QD);
        assertThat(vm.state()).isEqualTo(loaded);
        vm.units().get(1).kindProperty().set(UnitKind.PC_LED);
        vm.undo();
        assertThat(vm.state()).isEqualTo(loaded);
    }

    @Test
    void theOptimizerVariesPlainAndPhosphorConvertedChannelsAndAppliesTheirResult() {
        vm.roster().addUnit(UnitKind.PLAIN_LED);
        vm.roster().addUnit(UnitKind.PC_LED);
        OptimizerViewModel o = new OptimizerViewModel(vm, new CurrentThreadTaskExecutor());
        o.settings().freeLedPeakProperty().set(true);
        o.settings().maxEvaluationsProperty().set(60);
        o.settings().startsProperty().set(1);
        var units = o.config().get("units");
        // the plain channel has no dot fields, the pc-LED its band and a free phosphor fraction
        assertThat(units.get(3).has("qdEmissionPeakNm")).isFalse();
        assertThat(units.get(3).has("od1S")).isFalse();
        assertThat(units.get(4).get("ledShape").asText()).isEqualTo(LedShape.PHOSPHOR_CONVERTED.id());
        assertThat(units.get(4).get("phosphorFraction").has("min")).isTrue();
        assertThat(units.get(4).get("ledPeakNm").get("max").asDouble())
                .isLessThanOrEqualTo(org.hybridlight.source.PhysicalLimits.PHOSPHOR_PEAK_MAX_NM);

        o.start();

        OptimizerOutcome outcome = o.outcomeProperty().get();
        assertThat(outcome).as(o.statusProperty().get()).isNotNull();
        assertThat(o.statusProperty().get()).startsWith("done");
        var best = outcome.after().design().source();
        assertThat(best.units().get(3).hasDots()).isFalse();
        assertThat(best.units().get(4).led().isPhosphorConverted()).isTrue();
        assertThat(outcome.after().result().units().get(3).powerConversionEfficiency()).isEqualTo(1.0);
        o.apply();
        assertThat(vm.units().get(3).ledPeakNm().get()).isEqualTo(best.units().get(3).led().peakNm());
        assertThat(vm.units().get(4).phosphorPeakNm().get()).isEqualTo(best.units().get(4).led().peakNm());
        assertThat(vm.units().get(4).phosphorFraction().get())
                .isEqualTo(best.units().get(4).led().phosphorFraction());
        assertThat(vm.units().get(4).kindProperty().get()).isEqualTo(UnitKind.PC_LED);
        // the editor's white is the optimizer's (same units and relative weights; the editor's own LED powers)
        assertThat(vm.evaluationProperty().get().colorimetry().ra())
                .isCloseTo(outcome.after().colorimetry().ra(), within(APPLIED_RA));
    }

    @Test
    void theOptimizerRefusesAMeasuredLedByItsName() throws Exception {
        Path led = blueLedFile();
        assertThat(vm.roster().addMeasuredLedUnit(() -> led)).startsWith("added");
        OptimizerViewModel o = new OptimizerViewModel(vm, new CurrentThreadTaskExecutor());
        o.start();
        assertThat(o.statusProperty().get()).startsWith("cannot optimize").contains("blue-led")
                .contains("measured");
        assertThat(o.outcomeProperty().get()).isNull();
    }

    @Test
    void aSliderStepDoesNotReadTheMeasuredLedsFileAgain() throws Exception {
        Path led = blueLedFile();
        java.util.List<Path> reads = new java.util.ArrayList<>();
        DesignViewModel counted = new DesignViewModel(evaluator, f -> {
            reads.add(f);
            return org.hybridlight.source.design.SpectrumFiles.fromDisk().read(f);
        });
        counted.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        assertThat(counted.roster().addMeasuredLedUnit(() -> led)).startsWith("added");
        assertThat(reads).hasSize(1);
        var before = counted.evaluationProperty().get();
        for (int step = 1; step <= 5; step++) {
            counted.units().get(0).ledPeakNm().nudge(step);
        }
        assertThat(counted.evaluationProperty().get()).isNotSameAs(before);
        assertThat(counted.problemProperty().get()).isNull();
        assertThat(reads).as("the file is read once, not at each of 5 slider steps").hasSize(1);
        // a new version of the file is read again at the next evaluation
        Files.writeString(led, Files.readString(led).replace("wavelength_nm,blue LED", "wavelength_nm,bluer LED"));
        Files.setLastModifiedTime(led, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(led).toMillis() + 2000));
        counted.units().get(0).ledPeakNm().nudge(1);
        assertThat(reads).hasSize(2);
    }

    /** A measured LED spectrum written by the test: a Gaussian at 460 nm, 22 nm FWHM, 1 nm steps, relative W/nm. */
    private Path blueLedFile() throws Exception {
        StringBuilder b = new StringBuilder("wavelength_nm,blue LED\n");
        double sigma = 22 / (2 * Math.sqrt(2 * Math.log(2)));
        for (int nm = 380; nm <= 780; nm++) {
            b.append(nm).append(',').append(String.format(Locale.ROOT, "%.6e",
                    Math.exp(-0.5 * Math.pow((nm - 460) / sigma, 2)))).append('\n');
        }
        Path f = dir.resolve("blue-led.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void theWarningsOfASpectrumFileTheDesignNamesAreShownAndKeptAcrossSliderSteps() throws Exception {
        // a measured blue LED from 420 to 700 nm only: the reader warns that it does not cover 380-780 nm
        StringBuilder b = new StringBuilder("nm,short LED\n");
        for (int nm = 420; nm <= 700; nm += 2) {
            b.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 460) / 9.0, 2))).append('\n');
        }
        Path led = dir.resolve("short-led.csv");
        Files.writeString(led, b.toString());
        Path design = dir.resolve("short.json");
        Files.writeString(design, "{\"units\": [{\"weight\": 0.05, \"led\": {\"shape\": \"measured\", "
                + "\"spectrumFile\": \"short-led.csv\"}}, {\"led\": {\"peakNm\": 635, \"fwhmNm\": 17}, "
                + "\"qd\": {\"emissionPeakNm\": 610, \"od1S\": 3}}]}");
        java.util.List<Path> reads = new java.util.ArrayList<>();
        DesignViewModel counted = new DesignViewModel(evaluator, f -> {
            reads.add(f);
            return org.hybridlight.source.design.SpectrumFiles.fromDisk().read(f);
        });
        assertThat(vm.warningsProperty().get()).as("a design without files").isEmpty();
        counted.file().load(design);
        String warning = design + ": units[0].led.spectrumFile: " + led + ": spectra cover 420-700 nm, not all of "
                + "380-780 nm; they are extended with their end values";
        assertThat(counted.problemProperty().get()).isNull();
        assertThat(counted.warningsProperty().get()).containsExactly(warning);
        int readsAfterLoad = reads.size();
        for (int step = 1; step <= 5; step++) {
            counted.units().get(1).ledPeakNm().nudge(step);
        }
        assertThat(counted.warningsProperty().get()).containsExactly(warning);
        assertThat(reads).as("from the cache, not read again at each slider step").hasSize(readsAfterLoad);
        // the same file added as a unit of fig. 6b: its warning names that unit's field
        assertThat(vm.roster().addMeasuredLedUnit(() -> led)).startsWith("added");
        assertThat(vm.warningsProperty().get()).singleElement().asString()
                .contains("paper-fig6b.json: units[3].led.spectrumFile: " + led + ": spectra cover 420-700 nm");
        vm.undo();
        assertThat(vm.units()).hasSize(3);
        assertThat(vm.warningsProperty().get()).as("gone with the unit").isEmpty();
    }

    @Test
    void aMeasuredLedSpectrumBecomesAUnitFromTheChooserAndSurvivesSaveAndOpen() throws Exception {
        Path led = blueLedFile();
        assertThat(vm.roster().addMeasuredLedUnit(() -> null)).isEqualTo("cancelled");
        assertThat(vm.units()).hasSize(3);
        String said = vm.roster().addMeasuredLedUnit(() -> led);
        assertThat(said).startsWith("added blue-led");
        UnitViewModel u = vm.units().get(3);
        assertThat(u.ledShapeProperty().get()).isEqualTo(LedShape.MEASURED);
        assertThat(u.shown(u.ledPeakNm()).get()).isFalse();
        assertThat(vm.problemProperty().get()).isNull();
        var unit = vm.evaluationProperty().get().design().source().units().get(3);
        // the channel's own light peaks where the file does
        double[] w = unit.simulate(300, WavelengthGrid.COMPUTATION).totalWPerNm();
        int peak = 0;
        for (int i = 1; i < w.length; i++) {
            peak = w[i] > w[peak] ? i : peak;
        }
        assertThat(WavelengthGrid.COMPUTATION.wavelengthNm(peak)).isEqualTo(460.0);

        Path saved = dir.resolve("sub").resolve("with-measured.json");
        Files.createDirectories(saved.getParent());
        vm.file().save(saved);
        assertSameWhite(vm.evaluationProperty().get().result().whiteWPerNm(), whiteOf(saved));
        DesignViewModel again = new DesignViewModel(evaluator);
        again.file().load(saved);
        assertThat(again.units().get(3).ledSpectrumFileProperty().get()).isEqualTo(led.toAbsolutePath().toString());
        assertThat(again.units().get(3).state()).isEqualTo(u.state());
        var c = again.evaluationProperty().get().colorimetry();
        var expected = evaluator.evaluate(DesignReader.read(saved).source().simulate(WavelengthGrid.COMPUTATION)
                .whiteSpectrum(), CriReference.parseBuiltIn("blackbody:3000"));
        assertThat(c.ra()).isEqualTo(expected.ra());
    }

    @Test
    void aSpectrumFileThatCannotBeReadIsRefusedWithItsMessageAndNothingAdded() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "wavelength_nm,a\n400,x\n");
        String said = vm.roster().addMeasuredLedUnit(() -> bad);
        assertThat(said).startsWith("cannot use bad.csv").contains("bad.csv");
        assertThat(vm.units()).hasSize(3);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }
}
