package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.junit.jupiter.api.Test;

/** The CRI bars' layout: labels that never touch, the axis clamped at −100 with longer bars marked. */
class CriBarsPlotTest {

    private static final PlotColours COLOURS = new PlotColours();

    /** A poor source: strongly negative R9 and R12 beyond the axis, others spread over the range. */
    private static ColourRendering poor() {
        return new ColourRendering(12.3, new double[] {40, 20, -5, 60, 33, -100, 15, 8, -250, 55, -60, -140, 70, 88},
                "blackbody:3000", false);
    }

    @Test
    void noTwoLabelsOverlapFromNarrowToWide() {
        for (double w : new double[] {200, 260, 351, 520, 900}) {
            for (ColourRendering cr : new ColourRendering[] {poor(), good(), greenOnly()}) {
                RecordingCanvas c = new RecordingCanvas();
                CriBarsPlot.draw(c, w, 434, cr, 0.01, COLOURS);
                assertNull(c.overlappingLabels(), () -> "at " + w + " px: " + cr);
                for (double[] p : c.points) {
                    assertTrue(p[0] >= 0 && p[0] <= w && p[1] >= 0 && p[1] <= 434, () -> p[0] + ", " + p[1]);
                }
            }
        }
    }

    /** A single green LED: R8 -88 beside a broken R9 of -413, which a staggered row once put on top of it. */
    private static ColourRendering greenOnly() {
        return new ColourRendering(-20.5, new double[] {-25, 31, 58, -12, -33, -52, -71, -88, -413, -121, 12, -205,
            -16, 71}, "blackbody:3000", false);
    }

    private static ColourRendering good() {
        return new ColourRendering(91.6, new double[] {96, 93, 98, 85, 92, 92, 87, 90, 86, 93, 84, 74, 95, 98},
                "blackbody:3000", true);
    }

    @Test
    void theAxisStopsAtMinus100AndBarsBeyondAreBrokenWithTheirValueInRed() {
        assertEquals(-100, CriBarsPlot.axisLow(poor().r()));
        assertEquals(0, CriBarsPlot.axisLow(good().r()));
        assertEquals(-60, CriBarsPlot.axisLow(new double[] {-41, 10}));
        RecordingCanvas c = new RecordingCanvas();
        CriBarsPlot.draw(c, 351, 434, poor(), 0.01, COLOURS);
        // a bar per index, in its test sample's colour
        assertEquals(14, c.filled.size());
        for (int i = 0; i < 14; i++) {
            assertEquals(PlotColours.rgb(COLOURS.sample(i + 1)), c.filled.get(i).rgb());
        }
        // R9 and R12 end at the axis like R6 (exactly -100), but only they carry a zigzag and a red value
        double r6Bottom = max(c.filled.get(5).ys());
        assertEquals(r6Bottom, max(c.filled.get(8).ys()), 1e-9);
        assertEquals(r6Bottom, max(c.filled.get(11).ys()), 1e-9);
        assertEquals(2, c.polylines.size());
        for (RecordingCanvas.Label l : c.labels) {
            boolean red = l.rgb() == 0xc00000;
            boolean beyond = l.text().equals("-250") || l.text().equals("-140");
            if (l.text().startsWith("-") && l.text().length() == 4) {
                assertEquals(beyond, red, l.text());
            }
        }
        assertTrue(c.texts.contains("|Duv| > 5.4e-3: not meaningful")
                || c.texts.stream().anyMatch(t -> t.endsWith("not meaningful")));
    }

    @Test
    void withoutACctTheHeadingSaysDuvIsUnknownNotThatItIsTooLarge() {
        RecordingCanvas c = new RecordingCanvas();
        CriBarsPlot.draw(c, 351, 434, poor(), Double.NaN, COLOURS);
        assertTrue(c.texts.stream().anyMatch(t -> t.contains("Duv unknown (no CCT)")), c.texts::toString);
        assertTrue(c.texts.stream().noneMatch(t -> t.contains("5.4e-3")), c.texts::toString);
    }

    @Test
    void aMissingRaIsADashNotNaN() {
        RecordingCanvas c = new RecordingCanvas();
        ColourRendering nan = new ColourRendering(Double.NaN, good().r(), "blackbody:3000", true);
        CriBarsPlot.draw(c, 351, 434, nan, 0, COLOURS);
        assertTrue(c.texts.contains("Ra –"), c.texts::toString);
        assertTrue(c.texts.stream().noneMatch(t -> t.contains("NaN")), c.texts::toString);
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
