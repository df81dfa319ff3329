package org.hybridlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 1280×720, the smallest window the designer is made for, no label is cut to "…". */
@ExtendWith(ApplicationExtension.class)
class LabelsFitTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    private Designer designer;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        preferences = Preferences.userRoot().node("hybridlight-test-" + UUID.randomUUID());
        designer = new Designer(stage, preferences, 1280, 720);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    /** Every shown labeled control whose drawn text is not its whole text. */
    private static void truncated(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && !t.getText().equals(l.getText())) {
                    found.add("'" + l.getText() + "' shown as '" + t.getText() + "' (" + l.getClass().getSimpleName()
                            + " " + l.getId() + ")");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                truncated(c, found);
            }
        }
    }

    private List<String> truncatedLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            designer.window().root().applyCss();
            designer.window().root().layout();
            truncated(designer.window().root(), found);
        });
        return found;
    }

    @Test
    void noLabelIsCutWithAnExampleLoaded(FxRobot robot) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        assertThat(truncatedLabels(robot)).isEmpty();
    }

    @Test
    void noLabelIsCutWhenTheCctIsOutOfRangeOrTheIndicesNotMeaningful(FxRobot robot) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        // one deep-red unit alone: far off the Planckian locus, CCT out of range
        robot.interact(() -> {
            designer.design().units().get(1).weight().set(0);
            designer.design().units().get(2).weight().set(0);
        });
        assertThat(designer.design().evaluationProperty().get()).isNotNull();
        assertThat(truncatedLabels(robot)).isEmpty();
    }

    @Test
    void noLabelIsCutWithChannelsAPinnedDesignAndAnOptimizerResult(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        robot.interact(() -> {
            designer.design().pin();
            designer.design().roster().addUnit(org.hybridlight.ui.model.UnitKind.PC_LED);
            designer.optimizer().settings().maxEvaluationsProperty().set(50);
            designer.optimizer().settings().startsProperty().set(1);
            designer.optimizer().settings().setMinPeFromText("1.02");
        });
        robot.interact(() -> designer.design().units().remove(3));
        robot.interact(() -> designer.optimizer().start());
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> designer.optimizer().outcomeProperty().get() != null);
        robot.interact(() -> designer.design().roster().addUnit(org.hybridlight.ui.model.UnitKind.PLAIN_LED));
        assertThat(truncatedLabels(robot)).isEmpty();
    }

    @Test
    void aUnitsNameFieldTakesTheRowsFreeWidthAndShowsALongName(FxRobot robot) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        String longName = "blue LED + green dots";
        robot.interact(() -> designer.design().units().get(0).nameProperty().set(longName));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            designer.window().root().applyCss();
            designer.window().root().layout();
            for (int k = 0; k < designer.design().units().size(); k++) {
                javafx.scene.control.TextField name = robot.lookup("#unit" + k + "-name").query();
                javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) name.getParent();
                javafx.scene.control.Button remove = robot.lookup("#unit" + k + "-remove").query();
                // the field runs up to the button, the button to the row's right edge
                assertThat(remove.getBoundsInParent().getMaxX()).as("unit %d", k)
                        .isCloseTo(row.getWidth() - row.getInsets().getRight(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(name.getBoundsInParent().getMaxX() + row.getSpacing()).as("unit %d", k)
                        .isCloseTo(remove.getBoundsInParent().getMinX(), org.assertj.core.data.Offset.offset(1.0));
            }
            javafx.scene.control.TextField first = robot.lookup("#unit0-name").query();
            Text text = new Text(longName);
            text.setFont(first.getFont());
            double room = first.getWidth() - first.getPadding().getLeft() - first.getPadding().getRight();
            assertThat(text.getLayoutBounds().getWidth()).isLessThan(room);
        });
    }

    /**
     * Shown rows that begin with a label, whose first field or choice box has its centre more than 1 px from the
     * label's (a slider's bounds take in its thumb: not compared).
     */
    private static void offCentre(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.layout.HBox row && !row.getChildren().isEmpty()
                && row.getChildren().get(0) instanceof javafx.scene.control.Label label) {
            row.getChildren().stream().filter(c -> c instanceof javafx.scene.control.TextInputControl
                    || c instanceof javafx.scene.control.ChoiceBox).findFirst().ifPresent(c -> {
                        double dy = label.getBoundsInParent().getCenterY() - c.getBoundsInParent().getCenterY();
                        if (Math.abs(dy) > 1) {
                            found.add("'" + label.getText() + "' " + Math.round(dy) + " px off "
                                    + c.getClass().getSimpleName() + " " + c.getId());
                        }
                    });
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                offCentre(c, found);
            }
        }
    }

    @Test
    void aLabelIsCentredOnTheControlBesideIt(FxRobot robot) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            designer.window().root().applyCss();
            designer.window().root().layout();
            offCentre(designer.window().root(), found);
        });
        assertThat(found).isEmpty();
    }

    /** Nodes under {@code n} wider at their least than {@code room} px, with their least width, for the message. */
    private static void tooWide(Node n, double room, String path, List<String> found) {
        if (!n.isVisible() || !(n instanceof javafx.scene.layout.Region r)) {
            return;
        }
        double min = r.minWidth(-1);
        String here = path + "/" + r.getClass().getSimpleName() + (r.getId() == null ? "" : "#" + r.getId())
                + (r instanceof Labeled l ? "'" + l.getText() + "'" : "");
        if (min > room) {
            found.add(here + " " + Math.round(min) + " px");
        }
        for (Node c : r.getChildrenUnmodifiable()) {
            tooWide(c, room, here, found);
        }
    }

    @Test
    void thePanelsNeedNoHorizontalScrollBar(FxRobot robot) {
        robot.interact(() -> assertThat(designer.window().open(EXAMPLES.resolve("paper-fig6b.json"))).isNull());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> scrolled = new ArrayList<>();
        robot.interact(() -> {
            designer.window().root().applyCss();
            designer.window().root().layout();
            for (Node n : designer.window().root().lookupAll(".scroll-pane")) {
                javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) n;
                for (Node b : pane.getChildrenUnmodifiable()) {
                    if (b instanceof javafx.scene.control.ScrollBar bar
                            && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()) {
                        List<String> wide = new ArrayList<>();
                        tooWide(pane.getContent(), pane.getViewportBounds().getWidth(), "", wide);
                        scrolled.add("a horizontal scroll bar on " + pane.getId() + ", viewport "
                                + Math.round(pane.getViewportBounds().getWidth()) + " px: " + wide);
                    }
                }
            }
        });
        assertThat(scrolled).isEmpty();
    }
}
