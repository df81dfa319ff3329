package org.hybridlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.DesignReader;
import org.hybridlight.ui.model.Evaluation;
import org.hybridlight.ui.model.Parameter;
import org.hybridlight.ui.view.PlotPane;
import org.hybridlight.ui.view.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer driven like a user would, headless on Monocle (see the surefire settings in the pom). */
@ExtendWith(ApplicationExtension.class)
class DesignerGuiTest {

    /** The applied design against the optimizer's best: the same white, evaluated again (printed figures). */
    private static final double APPLIED_RA = 0.05;
    private static final double APPLIED_CCT_K = 0.5;
    private static final double APPLIED_PE = 1e-4;
    /** A typed value kept as typed: rounding only. */
    private static final double TYPED_NM = 1e-9;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    private Designer designer;
    private Preferences preferences;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = Preferences.userRoot().node("hybridlight-test-" + UUID.randomUUID());
        designer = new Designer(stage, preferences, 1500, 950);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private void load(FxRobot robot, String example) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve(example))).isNull());
    }

    /** The design evaluated from its design-file form, independently of the view model's own evaluation. */
    private static Colorimetry evaluateAfresh(DesignJson.File json) {
        try {
            Design d = DesignReader.fromJson(Path.of("fresh"), json);
            return new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true).evaluate(
                    d.source().simulate(WavelengthGrid.COMPUTATION).whiteSpectrum(),
                    CriReference.parseBuiltIn(d.reference()));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void loadingAnExampleShowsItsFiguresAndMovingASliderChangesCctAndRa(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        String cct = text(robot, "#metric-cct");
        String ra = text(robot, "#metric-ra");
        assertThat(cct).isEqualTo("3000");
        assertThat(designer.design().units()).hasSize(3);
        double peakBefore = designer.design().units().get(0).ledPeakNm().get();

        Slider slider = robot.lookup("#unit0-ledPeakNm-slider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(designer.design().units().get(0).ledPeakNm().get()).isGreaterThan(peakBefore);
        assertThat(text(robot, "#metric-cct")).isNotEqualTo(cct);
        assertThat(text(robot, "#metric-ra")).isNotEqualTo(ra);
        // the numeric field follows the slider
        assertThat(robot.lookup("#unit0-ledPeakNm-field").queryAs(TextField.class).getText())
                .isEqualTo(designer.design().units().get(0).ledPeakNm().format(
                        designer.design().units().get(0).ledPeakNm().get()));
        assertThat(designer.design().file().modifiedProperty().get()).isTrue();
    }

    @Test
    void invalidTextIsMarkedAndExplainedAndLeavesTheDesignAsItWas(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        Evaluation before = designer.design().evaluationProperty().get();
        double loadedOd = designer.design().units().get(1).od1S().get();
        TextField od = robot.lookup("#unit1-od1S-field").queryAs(TextField.class);
        Label error = robot.lookup("#unit1-od1S-error").queryAs(Label.class);

        robot.clickOn(od).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("abc")
                .type(KeyCode.ENTER);
        assertThat(od.getStyleClass()).contains("invalid");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("'abc' is not a number");
        assertThat(designer.design().units().get(1).od1S().get()).isEqualTo(loadedOd);
        assertThat(designer.design().evaluationProperty().get().colorimetry().ra())
                .isEqualTo(before.colorimetry().ra());

        robot.clickOn(od).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("50000")
                .type(KeyCode.ENTER);
        assertThat(error.getText()).contains("must be").contains("10000");
        assertThat(designer.design().units().get(1).od1S().get()).isEqualTo(loadedOd);

        robot.clickOn(od).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5")
                .type(KeyCode.ENTER);
        assertThat(od.getStyleClass()).doesNotContain("invalid");
        assertThat(error.isVisible()).isFalse();
        assertThat(designer.design().units().get(1).od1S().get()).isEqualTo(5);
    }

    @Test
    void theOptimizerRunsInTheBackgroundAndCanBeCancelled(FxRobot robot) throws Exception {
        load(robot, "paper-fig6b.json");
        robot.interact(() -> designer.optimizer().settings().maxEvaluationsProperty().set(100_000));
        robot.clickOn("#optimize");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> designer.optimizer().progressProperty().get() > 0);
        assertThat(designer.optimizer().runningProperty().get()).isTrue();
        // the FX thread stays free while it runs: a change to the design is re-evaluated and shown at once
        String cctBefore = text(robot, "#metric-cct");
        String raBefore = text(robot, "#metric-ra");
        AtomicReference<Colorimetry> fresh = new AtomicReference<>();
        robot.interact(() -> {
            Parameter peak = designer.design().units().get(0).ledPeakNm();
            peak.set(peak.get() + 10);
            fresh.set(evaluateAfresh(designer.design().toJson()));
        });
        assertThat(designer.optimizer().runningProperty().get()).isTrue();
        assertThat(text(robot, "#metric-cct")).isNotEqualTo(cctBefore)
                .isEqualTo(String.format(Locale.ROOT, "%.0f", fresh.get().cctK()));
        assertThat(text(robot, "#metric-ra")).isNotEqualTo(raBefore)
                .startsWith(String.format(Locale.ROOT, "%.1f", fresh.get().ra()));

        robot.clickOn("#cancelOptimize");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !designer.optimizer().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.optimizer().outcomeProperty().get()).isNotNull();
        assertThat(designer.optimizer().outcomeProperty().get().cancelled()).isTrue();
        assertThat(designer.optimizer().outcomeProperty().get().evaluations()).isLessThan(200_000);
        assertThat(robot.lookup("#optimizeStatus").queryAs(Label.class).getText()).contains("cancelled");
    }

    @Test
    void aFinishedOptimizationIsComparedAndApplied(FxRobot robot) throws Exception {
        load(robot, "paper-fig6b.json");
        robot.interact(() -> {
            designer.optimizer().settings().maxEvaluationsProperty().set(60);
            designer.optimizer().settings().startsProperty().set(1);
        });
        robot.clickOn("#optimize");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> designer.optimizer().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var outcome = designer.optimizer().outcomeProperty().get();
        assertThat(outcome.cancelled()).isFalse();
        assertThat(robot.lookup("#optimizeComparison").queryAll()).isNotEmpty();
        // the problem in words, and each target and constraint met or not, before and after
        assertThat(text(robot, "#optimizeObjective")).startsWith("maximize Ra/100 + 0.5 × PE at 3000 K");
        assertThat(text(robot, "#constraint-after-0")).endsWith(outcome.constraints().checks().get(0).met()
                ? " met" : " NOT met");
        assertThat(text(robot, "#constraint-before-0")).startsWith(
                outcome.startConstraints().checks().get(0).valueText());
        assertThat(designer.optimizer().statusProperty().get()).doesNotContain("best -");

        robot.clickOn("#applyOptimize");
        WaitForAsyncUtils.waitForFxEvents();
        Evaluation applied = designer.design().evaluationProperty().get();
        // the editor now holds the optimizer's best design: the same white
        assertThat(applied.colorimetry().ra()).isCloseTo(outcome.after().colorimetry().ra(),
                org.assertj.core.api.Assertions.within(APPLIED_RA));
        assertThat(applied.colorimetry().cctK()).isCloseTo(outcome.after().colorimetry().cctK(),
                org.assertj.core.api.Assertions.within(APPLIED_CCT_K));
        assertThat(applied.result().powerConversionEfficiency()).isCloseTo(
                outcome.after().result().powerConversionEfficiency(), org.assertj.core.api.Assertions.within(APPLIED_PE));
    }

    @Test
    void aPinnedDesignIsShownBesideTheCurrentOneWithTheDifference(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        assertThat(robot.lookup("#comparison").query().isVisible()).isFalse();
        robot.clickOn("#pinDesign");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparison").query().isVisible()).isTrue();
        robot.interact(() -> designer.design().units().get(2).weight().set(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        var c = designer.design().comparisonProperty().get();
        int ra = 4;
        assertThat(c.rows().get(ra).name()).isEqualTo("Ra");
        assertThat(text(robot, "#compare-diff-" + ra)).isEqualTo(c.rows().get(ra).difference()).isNotEqualTo("+0.0");
        robot.clickOn("#unpinDesign");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparison").query().isVisible()).isFalse();
    }

    @Test
    void aUnitsKindShowsItsOwnControlsAndAMeasuredLedComesFromTheChooser(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        load(robot, "paper-fig6b.json");
        robot.interact(() -> designer.design().units().get(0).kindProperty().set(
                org.hybridlight.ui.model.UnitKind.PC_LED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unit0-phosphorFraction-field").query().isVisible()).isTrue();
        assertThat(robot.lookup("#unit0-od1S-field").query().getParent().getParent().isVisible()).isFalse();
        assertThat(designer.design().problemProperty().get()).isNull();

        StringBuilder csv = new StringBuilder("nm,led\n");
        for (int nm = 380; nm <= 780; nm += 5) {
            csv.append(nm).append(',').append(Math.exp(-0.5 * Math.pow((nm - 450) / 10.0, 2))).append('\n');
        }
        Path led = dir.resolve("royal-blue.csv");
        java.nio.file.Files.writeString(led, csv.toString());
        designer.window().setSpectrumChooser(() -> led);
        robot.interact(() -> robot.lookup("#addMeasuredLed").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.design().units()).hasSize(4);
        assertThat(text(robot, "#unit3-ledSpectrumFile")).isEqualTo("spectrum: royal-blue.csv");
        assertThat(designer.design().problemProperty().get()).isNull();
    }

    @Test
    void eachPlotExportsAsAPngOfItsOwnSize(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        load(robot, "paper-fig6b.json");
        for (String id : List.of("spectrum", "chromaticity", "colour-rendering", "tm30")) {
            PlotPane plot = robot.lookup(n -> n instanceof PlotPane p && p.plotName().equals(id))
                    .queryAs(PlotPane.class);
            Path png = dir.resolve(id + ".png");
            robot.interact(() -> {
                try {
                    Snapshots.writePng(plot, png);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(id).isEqualTo((int) Math.ceil(plot.getWidth()));
            assertThat(image.getHeight()).as(id).isEqualTo((int) Math.ceil(plot.getHeight()));
        }
        assertThat(designer.design().file().pathProperty().get()).isNotNull();
    }

    @Test
    void eachPlotExportsAsAnSvgThatParsesWithItsTextsAndSize(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        load(robot, "paper-fig6b.json");
        robot.clickOn("TM-30 hue bins");
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, String> texts = java.util.Map.of("spectrum", "wavelength (nm)", "chromaticity",
                "CIE 1931 chromaticity", "colour-rendering", "Ra 91.6", "tm30", "Rf 78", "tm30-hue-bins",
                "Hue-angle bin");
        for (var e : texts.entrySet()) {
            PlotPane plot = robot.lookup(n -> n instanceof PlotPane p && p.plotName().equals(e.getKey()))
                    .queryAs(PlotPane.class);
            Path svg = dir.resolve(e.getKey() + ".svg");
            robot.interact(() -> {
                try {
                    Snapshots.writeSvg(plot, svg);
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // the document names the SVG 1.1 DTD; parse without fetching it
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
            org.w3c.dom.Element root = doc.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(Double.parseDouble(root.getAttribute("width"))).as(e.getKey())
                    .isEqualTo(Math.floor(plot.getWidth()));
            assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(Math.floor(plot.getHeight()));
            // vector text and shapes, not one picture: the plot's own words are text elements
            assertThat(doc.getElementsByTagNameNS("*", "text").getLength()).as(e.getKey())
                    .isGreaterThanOrEqualTo(3);
            assertThat(root.getTextContent()).as(e.getKey()).contains(e.getValue());
            assertThat(doc.getElementsByTagNameNS("*", "path").getLength()
                    + doc.getElementsByTagNameNS("*", "line").getLength()).isGreaterThan(10);
        }
    }

    @Test
    void theParetoFrontIsInExportPlotOnceASweepHasFoundIt(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        load(robot, "paper-fig6b.json");
        assertThat(designer.window().exportPlotEntries()).containsEntry("pareto", false).containsEntry("spectrum", true);
        robot.interact(() -> {
            designer.optimizer().settings().maxEvaluationsProperty().set(60);
            designer.optimizer().settings().startsProperty().set(1);
        });
        robot.clickOn("#pareto");
        PlotPane plot = robot.lookup("#paretoPlot").queryAs(PlotPane.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, plot::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.window().exportPlotEntries()).containsEntry("pareto", true);
        Path png = dir.resolve("pareto.png");
        Path svg = dir.resolve("pareto.svg");
        robot.interact(() -> {
            try {
                Snapshots.writePng(plot.render(2), png);
                Snapshots.writeSvg(plot, svg);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(plot.getWidth()).isGreaterThan(100);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(2 * Math.floor(plot.getWidth())));
        String text = java.nio.file.Files.readString(svg);
        // the front's axes, drawn as text by the routine of optimize --pareto
        assertThat(text).startsWith("<?xml").contains("<svg").contains("PE").contains("Ra");
    }

    @Test
    void eachUnitsLightIsShownWithAKeyAndNumberedNamesAboveThePlot(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        load(robot, "paper-fig6b.json");
        robot.clickOn("show each unit's LED and QD light");
        WaitForAsyncUtils.waitForFxEvents();
        PlotPane plot = robot.lookup(n -> n instanceof PlotPane p && p.plotName().equals("spectrum"))
                .queryAs(PlotPane.class);
        Path svg = dir.resolve("spectrum.svg");
        robot.interact(() -> {
            try {
                Snapshots.writeSvg(plot, svg);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains("LED light").contains("QD emission");
        for (int k = 0; k < 3; k++) {
            assertThat(text).contains((k + 1) + ": " + designer.design().units().get(k).nameProperty().get());
        }
    }

    @Test
    void plotsExportAtTwiceAndFourTimesTheirSizeDrawnAfresh(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        load(robot, "paper-fig6b.json");
        robot.clickOn("TM-30 hue bins");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("spectrum", "tm30-hue-bins")) {
            PlotPane plot = robot.lookup(n -> n instanceof PlotPane p && p.plotName().equals(id))
                    .queryAs(PlotPane.class);
            for (int scale : new int[] {2, 4}) {
                Path png = dir.resolve(id + scale + ".png");
                robot.interact(() -> {
                    try {
                        Snapshots.writePng(plot.render(scale), png);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
                assertThat(image.getWidth()).as(id).isEqualTo((int) Math.ceil(plot.getWidth() * scale));
                assertThat(image.getHeight()).as(id).isEqualTo((int) Math.ceil(plot.getHeight() * scale));
                // drawn, not blank: some pixels are neither white nor grey (the spectrum fill, the bin colours)
                int coloured = 0;
                for (int y = 0; y < image.getHeight(); y += 3) {
                    for (int x = 0; x < image.getWidth(); x += 3) {
                        int rgb = image.getRGB(x, y);
                        int r = rgb >> 16 & 0xff;
                        int g = rgb >> 8 & 0xff;
                        int b = rgb & 0xff;
                        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                            coloured++;
                        }
                    }
                }
                assertThat(coloured).as(id + " at " + scale + "x").isGreaterThan(100);
            }
        }
    }

    @Test
    void openedFilesAreRemembered(FxRobot robot) {
        load(robot, "paper-fig6a.json");
        load(robot, "paper-fig6b.json");
        var recent = new org.hybridlight.ui.model.RecentFiles(preferences).files();
        assertThat(recent).hasSize(2);
        assertThat(recent.get(0).getFileName().toString()).isEqualTo("paper-fig6b.json");
    }

    @Test
    void unitsCanBeAddedAndRemoved(FxRobot robot) {
        load(robot, "paper-fig6a.json");
        int n = designer.design().units().size();
        robot.clickOn("#addUnit");
        assertThat(designer.design().units()).hasSize(n + 1);
        double smallest = designer.design().units().stream().limit(n).mapToDouble(u -> u.weight().get()).min()
                .orElseThrow();
        assertThat(designer.design().units().get(n).weight().get()).isEqualTo(smallest);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) robot.lookup("#unit0-pane")
                .query().getParent().getParent().getParent().getParent().getParent();
        assertThat(pane.getVvalue()).as("scrolled down to the new unit").isEqualTo(pane.getVmax());
        assertThat(designer.design().evaluationProperty().get().design().source().units()).hasSize(n + 1);
        List<String> asked = new ArrayList<>();
        designer.window().setRemoveConfirmation(q -> {
            asked.add(q);
            return false;
        });
        robot.clickOn("#unit" + n + "-remove");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).contains("unit " + (n + 1)).contains("Ctrl+Z");
        assertThat(designer.design().units()).as("declined: kept").hasSize(n + 1);
        designer.window().setRemoveConfirmation(q -> true);
        robot.clickOn("#unit" + n + "-remove");
        assertThat(designer.design().units()).hasSize(n);
    }

    @Test
    void aDragWithShiftMovesTheValueATenthAsFast(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        Parameter peak = designer.design().units().get(0).ledPeakNm();
        double loaded = peak.get();
        Slider slider = robot.lookup("#unit0-ledPeakNm-slider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb")).moveBy(40, 0).drop();
        double coarse = peak.get() - loaded;
        robot.interact(() -> designer.design().undo());
        assertThat(peak.get()).isEqualTo(loaded);
        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(slider.lookup(".thumb")).moveBy(40, 0).drop();
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        double fine = peak.get() - loaded;
        double perPx = (slider.getMax() - slider.getMin()) / slider.getWidth();
        assertThat(coarse).as("plain drag").isGreaterThan(20 * perPx);
        assertThat(fine).as("Shift drag").isPositive().isCloseTo(40 * perPx / 10,
                org.assertj.core.api.Assertions.within(10 * perPx / 10));
        assertThat(fine).isLessThan(coarse / 5);
    }

    @Test
    void ctrlZTakesBackADragAndCtrlShiftZOrCtrlYRedoesIt(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        Parameter fwhm = designer.design().units().get(0).ledFwhmNm();
        double loaded = fwhm.get();
        Node thumb = robot.lookup("#unit0-ledFwhmNm-slider").queryAs(Slider.class).lookup(".thumb");
        robot.drag(thumb).moveBy(60, 0).drop();
        double dragged = fwhm.get();
        assertThat(dragged).isNotEqualTo(loaded);
        robot.clickOn("#unit1-od1S-field"); // focus in a text field: its own undo must not take the keys
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(fwhm.get()).isEqualTo(loaded);
        assertThat(designer.design().file().modifiedProperty().get()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(fwhm.get()).isEqualTo(dragged);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(fwhm.get()).isEqualTo(dragged);
        assertThat(robot.lookup("#unit0-ledFwhmNm-field").queryAs(TextField.class).getText())
                .isEqualTo(fwhm.format(dragged));
    }

    @Test
    void removingAUnitIsUndoneWithItsValues(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        double od = designer.design().units().get(1).od1S().get();
        designer.window().setRemoveConfirmation(q -> true);
        robot.clickOn("#unit1-remove");
        assertThat(designer.design().units()).hasSize(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(designer.design().units()).hasSize(3);
        assertThat(designer.design().units().get(1).od1S().get()).isEqualTo(od);
        assertThat(robot.lookup("#unit1-od1S-field").queryAs(TextField.class).getText())
                .isEqualTo(designer.design().units().get(1).od1S().format(od));
    }

    /** Answers the unsaved-changes question as told and counts the questions. */
    private static final class Prompt implements org.hybridlight.ui.model.UnsavedChangesPrompt {
        final Answer answer;
        int asked;

        Prompt(Answer answer) {
            this.answer = answer;
        }

        @Override
        public Answer ask(String designName) {
            asked++;
            return answer;
        }

        @Override
        public Path chooseSaveFile() {
            return null;
        }

        @Override
        public void saveFailed(String message) {
            throw new AssertionError(message);
        }
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        Prompt cancel = new Prompt(Prompt.Answer.CANCEL);
        robot.interact(() -> designer.window().setUnsavedChangesPrompt(cancel));
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(cancel.asked).as("nothing changed yet: nothing to ask").isZero();
        assertThat(stage.isShowing()).as("quit without changes").isFalse();
    }

    @Test
    void quittingOrClosingWithChangesAsksFirst(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        robot.interact(() -> designer.design().units().get(0).od1S().set(3));
        Prompt cancel = new Prompt(Prompt.Answer.CANCEL);
        robot.interact(() -> designer.window().setUnsavedChangesPrompt(cancel));
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(cancel.asked).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(cancel.asked).isEqualTo(2);
        assertThat(stage.isShowing()).isTrue();
        Prompt discard = new Prompt(Prompt.Answer.DISCARD);
        robot.interact(() -> designer.window().setUnsavedChangesPrompt(discard));
        robot.interact(() -> designer.window().quit());
        assertThat(discard.asked).isEqualTo(1);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void tabbingThroughFieldsChangesNothingAndTakesOneTabPerField(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) {
        load(robot, "paper-fig6b.json");
        robot.interact(() -> {
            designer.design().units().get(0).ledPeakNm().set(556.6915);
            try {
                designer.design().file().save(dir.resolve("d.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var before = designer.design().state();
        robot.clickOn("#unit0-ledPeakNm-field");
        robot.type(KeyCode.TAB);
        assertThat(robot.targetWindow().getScene().getFocusOwner().getId()).isEqualTo("unit0-ledFwhmNm-field");
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(designer.design().state()).isEqualTo(before);
        assertThat(designer.design().units().get(0).ledPeakNm().get()).isEqualTo(556.6915);
        assertThat(designer.design().file().modifiedProperty().get()).isFalse();
        // arrow keys step finely: 0.1 nm on a peak
        robot.clickOn("#unit0-ledPeakNm-field").type(KeyCode.UP);
        assertThat(designer.design().units().get(0).ledPeakNm().get())
                .isCloseTo(556.7915, org.assertj.core.api.Assertions.within(TYPED_NM));
    }

    @Test
    void openRecentListsTheFilesOpenedAndSavedInThisSession(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        load(robot, "paper-fig6a.json");
        System.gc(); // the menu must not hang on a view of the list that can be collected
        load(robot, "paper-fig6b.json");
        Path saved = dir.resolve("copy.json");
        robot.interact(() -> {
            try {
                designer.design().file().save(saved);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(designer.window().recentMenuEntries()).hasSize(2);
        assertThat(designer.window().recentMenuEntries().get(0)).endsWith("paper-fig6b.json");
    }

    @Test
    void theBudgetBoxRefusesBadNumbersVisiblyWithoutExceptions(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        int budget = designer.optimizer().settings().maxEvaluationsProperty().get();
        TextField box = robot.lookup("#maxEvaluations").queryAs(TextField.class);
        Label error = robot.lookup("#maxEvaluations-error").queryAs(Label.class);
        for (String bad : List.of("abc", "1e9", "-5", "99999999")) {
            robot.clickOn(box).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(bad)
                    .type(KeyCode.ENTER);
            assertThat(error.isVisible()).as(bad).isTrue();
            assertThat(error.getText()).as(bad).isNotBlank();
            assertThat(box.getText()).as("the text stays for correction").isEqualTo(bad);
            assertThat(designer.optimizer().settings().maxEvaluationsProperty().get()).as(bad).isEqualTo(budget);
        }
        robot.clickOn(box).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("800")
                .type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(designer.optimizer().settings().maxEvaluationsProperty().get()).isEqualTo(800);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void everyOptimizerFieldTurnsRedOnARefusedValueAndBackOnAGoodOne(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        // field id, a value the setting refuses, one it takes
        String[][] cases = {{"minPe", "abc", "1.02"}, {"maxEvaluations", "-5", "500"}, {"odMin", "0", "2"},
            {"odMax", "20000", "50"}};
        for (String[] c : cases) {
            TextField f = robot.lookup("#" + c[0]).queryAs(TextField.class);
            robot.interact(() -> {
                f.setText(c[1]);
                f.fireEvent(new javafx.event.ActionEvent());
            });
            assertThat(f.getStyleClass()).as(c[0] + " " + c[1]).contains("invalid");
            assertThat(robot.lookup("#" + c[0] + "-error").queryAs(Label.class).isVisible()).as(c[0]).isTrue();
            robot.interact(() -> {
                f.setText(c[2]);
                f.fireEvent(new javafx.event.ActionEvent());
            });
            assertThat(f.getStyleClass()).as(c[0] + " " + c[2]).doesNotContain("invalid");
        }
    }

    @Test
    void theOdRangeFieldsRefuseAnOdBeyondTheModelsLimitsVisiblyAndTakeOneWithin(FxRobot robot) {
        load(robot, "paper-fig6b.json");
        TextField max = robot.lookup("#odMax").queryAs(TextField.class);
        Label error = robot.lookup("#odMax-error").queryAs(Label.class);
        assertThat(max.getText()).isEqualTo("100");
        assertThat(robot.lookup("#odMin").queryAs(TextField.class).getText()).isEqualTo("1");
        robot.clickOn(max).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("20000")
                .type(KeyCode.ENTER);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("OD at 1S max: must be 0.01–10000");
        assertThat(max.getStyleClass()).contains("invalid");
        assertThat(designer.optimizer().settings().odRange().maxProperty().get()).isEqualTo(100);
        robot.clickOn(max).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2500")
                .type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(max.getStyleClass()).doesNotContain("invalid");
        assertThat(designer.optimizer().settings().odRange().maxProperty().get()).isEqualTo(2500);
        // with OD not free the range does not apply: its fields are off
        robot.clickOn("#free-od");
        assertThat(max.isDisabled()).isTrue();
    }
}
