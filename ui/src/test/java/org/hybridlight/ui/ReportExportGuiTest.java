package org.hybridlight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.ReferenceText;
import org.hybridlight.report.Paper;
import org.hybridlight.report.ReportLayout;
import org.hybridlight.ui.model.Evaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export report (PDF), driven from the menu with the file chooser replaced, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class ReportExportGuiTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    private Designer designer;
    private Preferences preferences;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("hybridlight-test-" + UUID.randomUUID());
        designer = new Designer(stage, preferences, 1500, 950);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        for (MenuItem m : items) {
            if (id.equals(m.getId())) {
                return m;
            }
            if (m instanceof Menu sub) {
                MenuItem found = item(sub.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void choose(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem m = item(bar.getMenus().stream().map(x -> (MenuItem) x).toList(), id);
        assertThat(m).as(id).isNotNull();
        robot.interact(m::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportReportWritesTheDesignsPageWithTheFiguresShown(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        Path pdf = dir.resolve("fig6b-report.pdf");
        designer.window().setReportChooser(() -> pdf);
        choose(robot, "exportReport-letter");
        Evaluation e = designer.design().evaluationProperty().get();
        Colorimetry c = e.colorimetry();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(Paper.LETTER.heightPt(),
                    within(0.01));
            ReportLayout.Area a = ReportLayout.of(Paper.LETTER).figures();
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.setSortByPosition(true);
            s.addRegion("figures", new Rectangle2D.Double(a.xPt(), a.yPt(), a.widthPt(), a.heightPt()));
            s.extractRegions(doc.getPage(0));
            String text = s.getTextForRegion("figures");
            // the designer's own evaluation, the one its figures panel shows
            assertThat(text).contains(String.format(Locale.ROOT, "CCT (K) %.1f", c.cctK()),
                    String.format(Locale.ROOT, "Ra %.1f", c.ra()),
                    String.format(Locale.ROOT, "Rf (TM-30) %.1f", c.rf()),
                    String.format(Locale.ROOT, "PE (%%) %.2f", 100 * e.result().powerConversionEfficiency()),
                    "CRI reference " + ReferenceText.of(c.colourRendering().reference()));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("paper-fig6b.json");
        }
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("exported report");

        // cancelled in the chooser: nothing written
        Files.delete(pdf);
        designer.window().setReportChooser(() -> null);
        choose(robot, "exportReport-a4");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
