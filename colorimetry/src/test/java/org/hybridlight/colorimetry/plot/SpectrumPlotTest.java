package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spectrum plot's geometry: the curve's peak at the top tick's height, fill under it, legend per part. */
class SpectrumPlotTest {

    private static final PlotColours COLOURS = new PlotColours();

    private static SpectrumPlot.Data twoPeaks(boolean parts) {
        int n = 471;
        double[] nm = new double[n];
        double[] white = new double[n];
        double[] led = new double[n];
        double[] qd = new double[n];
        for (int i = 0; i < n; i++) {
            nm[i] = 360 + i;
            led[i] = 0.002 * Math.exp(-Math.pow((nm[i] - 450) / 10, 2));
            qd[i] = 0.0035 * Math.exp(-Math.pow((nm[i] - 620) / 15, 2));
            white[i] = led[i] + qd[i];
        }
        return new SpectrumPlot.Data("Spectrum", nm, white,
                parts ? List.of(new SpectrumPlot.Component("blue LED + red QD", led, qd)) : List.of());
    }

    @Test
    void theFillFollowsTheCurveAndNothingLeavesTheArea() {
        RecordingCanvas c = new RecordingCanvas();
        SpectrumPlot.draw(c, 351, 434, twoPeaks(false), COLOURS);
        // 400 fill trapezoids under the curve (380-780 nm at 1 nm) and 400 axis band cells
        assertEquals(800, c.filled.size());
        assertEquals(1, c.polylines.size());
        double[] ys = c.polylines.get(0).ys();
        double top = Double.POSITIVE_INFINITY;
        for (double y : ys) {
            top = Math.min(top, y);
        }
        // the peak of 0.0035 W/nm lies at the 0.0035 tick (the axis ends on a whole tick above the peak)
        double peak = top;
        RecordingCanvas.Label tick = c.labels.stream().filter(l -> l.text().equals("0.0035")).findFirst()
                .orElseThrow();
        assertEquals(peak, (tick.box()[1] + tick.box()[3]) / 2, 4);
        assertNull(c.overlappingLabels());
        for (double[] p : c.points) {
            assertTrue(p[0] >= 0 && p[0] <= 351 && p[1] >= 0 && p[1] <= 434, () -> p[0] + ", " + p[1]);
        }
    }

    @Test
    void eachComponentHasTwoCurvesInItsColourAndALegendLine() {
        RecordingCanvas c = new RecordingCanvas();
        SpectrumPlot.draw(c, 520, 340, twoPeaks(true), COLOURS);
        assertEquals(3, c.polylines.size());
        assertEquals(SpectrumPlot.componentRgb(0), c.polylines.get(1).rgb());
        assertEquals(SpectrumPlot.componentRgb(0), c.polylines.get(2).rgb());
        // the parts thinner than the white
        assertTrue(c.polylineWidths.get(1) < c.polylineWidths.get(0));
        assertTrue(c.texts.containsAll(List.of("LED light", "QD emission", "1: blue LED + red QD")));
        assertNull(c.overlappingLabels());
    }

    @Test
    void theLegendStaysAboveEveryCurveAlsoWithManyLongNamesOnANarrowPlot() {
        SpectrumPlot.Data one = twoPeaks(true);
        SpectrumPlot.Component part = one.components().get(0);
        List<SpectrumPlot.Component> parts = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            parts.add(new SpectrumPlot.Component("unit " + (k + 1) + ": 510 nm LED + 478 nm QD, OD 100",
                    part.ledWPerNm(), part.qdWPerNm()));
        }
        for (double width : new double[] {230, 520}) {
            RecordingCanvas c = new RecordingCanvas();
            SpectrumPlot.draw(c, width, 340,
                    new SpectrumPlot.Data("Spectrum", one.wavelengthsNm(), one.wPerNm(), parts), COLOURS);
            double highestCurve = Double.POSITIVE_INFINITY;
            for (RecordingCanvas.Filled line : c.polylines) {
                for (double y : line.ys()) {
                    highestCurve = Math.min(highestCurve, y);
                }
            }
            List<RecordingCanvas.Label> legend = c.labels.stream().filter(l -> l.text().startsWith("LED light")
                    || l.text().startsWith("QD emission") || l.text().matches("\\d: unit .*")).toList();
            assertEquals(8, legend.size());
            for (RecordingCanvas.Label l : legend) {
                assertTrue(l.box()[3] <= highestCurve, () -> l.text() + " reaches into the curves at " + width);
                assertTrue(l.box()[0] >= 0 && l.box()[2] <= width, () -> l.text() + " leaves the plot at " + width);
            }
            assertNull(c.overlappingLabels());
        }
    }

    @Test
    void aRelativeSpectrumSaysSoOnItsAxis() {
        SpectrumPlot.Data w = twoPeaks(false);
        RecordingCanvas c = new RecordingCanvas();
        SpectrumPlot.draw(c, 351, 434,
                new SpectrumPlot.Data("Spectrum", w.wavelengthsNm(), w.wPerNm(), List.of(), true), COLOURS);
        assertTrue(c.texts.contains("relative spectral power"), c.texts::toString);
        assertTrue(c.texts.stream().noneMatch(t -> t.contains("W/nm")), c.texts::toString);
        RecordingCanvas absolute = new RecordingCanvas();
        SpectrumPlot.draw(absolute, 351, 434, w, COLOURS);
        assertTrue(absolute.texts.contains("spectral power (W/nm)"));
    }

    @Test
    void dataOfUnequalLengthsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SpectrumPlot.Data("s", new double[] {400, 401}, new double[] {1}, List.of()));
        SpectrumPlot.Data d = twoPeaks(true);
        assertEquals(d, twoPeaks(true));
        assertEquals(d.hashCode(), twoPeaks(true).hashCode());
    }
}
