package org.hybridlight.colorimetry.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The front's points are all numbered, and the numbers clear of each other and of the dots where there is room. */
class ParetoFrontPlotTest {

    private static final ParetoFrontPlot.Mark PAPER = new ParetoFrontPlot.Mark(90.2, 1.04,
            "paper Fig. 6b: Ra 90.2, PE 1.04");

    private static RecordingCanvas drawn(double[] ys, double[] xs, double width, double height) {
        RecordingCanvas c = new RecordingCanvas();
        ParetoFrontPlot.draw(c, width, height, new ParetoFrontPlot.Front("front", "Ra", "PE (ratio)", ys, xs, PAPER,
                ""));
        return c;
    }

    private static List<String> numbers(RecordingCanvas c, int n) {
        List<String> drawn = new ArrayList<>();
        for (RecordingCanvas.Label l : c.labels) {
            if (l.text().matches("\\d+") && Integer.parseInt(l.text()) <= n && l.rgb() == 0x000000) {
                drawn.add(l.text());
            }
        }
        return drawn;
    }

    @Test
    void nearlyCoincidentPointsGetNumbersThatDoNotOverlap() {
        // the paper-LEDs example's front: points 2 and 3 a few px apart
        double[] ys = {30.62, 30.08, 29.93};
        double[] xs = {1.0107, 1.0121, 1.0126};
        for (double[] size : new double[][] {{800, 600}, {420, 300}}) {
            RecordingCanvas c = drawn(ys, xs, size[0], size[1]);
            assertThat(numbers(c, 3)).containsExactlyInAnyOrder("1", "2", "3");
            assertThat(c.overlappingLabels()).as("at %s x %s", size[0], size[1]).isNull();
            // and not so close that two read as one number
            List<double[]> boxes = c.labels.stream().filter(l -> l.text().matches("[123]"))
                    .map(RecordingCanvas.Label::box).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    boolean sameLine = a[1] < b[3] && b[1] < a[3];
                    double gap = Math.max(a[0], b[0]) - Math.min(a[2], b[2]);
                    assertThat(!sameLine || gap >= 2).as("numbers %d and %d side by side", i + 1, j + 1).isTrue();
                }
            }
        }
    }

    @Test
    void aCrowdedFrontStillNumbersEveryPoint() {
        int n = 60;
        double[] ys = IntStream.range(0, n).mapToDouble(i -> 95 - 0.05 * i).toArray();
        double[] xs = IntStream.range(0, n).mapToDouble(i -> 1.0 + 0.0001 * i).toArray();
        RecordingCanvas c = drawn(ys, xs, 800, 600);
        assertThat(numbers(c, n)).hasSize(n).doesNotHaveDuplicates();
    }
}
