package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.junit.jupiter.api.Test;

class Tm30HueBinBarsPlotTest {

    private static final double W = 600;
    private static final double H = 300;

    /** A result whose bins alternate between a strong gain and loss of chroma, beyond the default ±40 % axis. */
    static Tm30Result strongShifts() {
        int n = Tm30ColourVectorGraphic.BINS;
        double[] rf = new double[n];
        double[] rcs = new double[n];
        double[] rhs = new double[n];
        double[][] ref = new double[n][2];
        double[][] test = new double[n][2];
        for (int b = 0; b < n; b++) {
            double a = Math.toRadians((b + 0.5) * 22.5);
            rcs[b] = b % 2 == 0 ? 0.9 : -0.6;
            rhs[b] = b % 2 == 0 ? 0.05 : -0.5;
            rf[b] = 50 + b;
            ref[b] = new double[] {20 * Math.cos(a), 20 * Math.sin(a)};
            test[b] = new double[] {20 * (1 + rcs[b]) * Math.cos(a), 20 * (1 + rcs[b]) * Math.sin(a)};
        }
        return new Tm30Result(70, 110, rf, rcs, rhs, ref, test, "blackbody:3000");
    }

    private static void assertInside(RecordingCanvas c) {
        for (double[] p : c.points) {
            assertTrue(p[0] >= 0 && p[0] <= W && p[1] >= 0 && p[1] <= H, () -> p[0] + ", " + p[1] + " outside");
        }
    }

    @Test
    void oneBarPerBinInTheBinColourAndNothingOutsideTheArea() {
        for (Tm30HueBinBarsPlot.Quantity q : Tm30HueBinBarsPlot.Quantity.values()) {
            RecordingCanvas c = new RecordingCanvas();
            Tm30HueBinBarsPlot.draw(c, W, H, q, strongShifts());
            assertEquals(Tm30ColourVectorGraphic.BINS, c.filled.size(), q.name());
            for (int b = 0; b < c.filled.size(); b++) {
                assertEquals(Tm30ColourVectorGraphic.binDisplayRgb(b), c.filled.get(b).rgb());
            }
            assertInside(c);
            assertTrue(c.texts.contains(q.title()));
        }
    }

    @Test
    void barHeightsAreProportionalToTheValuesAndSignedFromTheZeroLine() {
        Tm30Result r = strongShifts();
        RecordingCanvas c = new RecordingCanvas();
        Tm30HueBinBarsPlot.draw(c, W, H, Tm30HueBinBarsPlot.Quantity.LOCAL_CHROMA_SHIFT, r);
        double[] v = Tm30HueBinBarsPlot.Quantity.LOCAL_CHROMA_SHIFT.values(r);
        assertEquals(90, v[0], 1e-9, "Rcs,hj is charted in %");
        double pxPerUnit = Double.NaN;
        for (int b = 0; b < v.length; b++) {
            double[] ys = c.filled.get(b).ys();
            double base = ys[0];
            double top = ys[2];
            // y grows downwards: a gain of chroma is a bar above the zero line
            assertEquals(Math.signum(v[b]), Math.signum(base - top), "bin " + (b + 1));
            double scale = (base - top) / v[b];
            if (b == 0) {
                pxPerUnit = scale;
            }
            assertEquals(pxPerUnit, scale, 1e-9);
        }
    }

    @Test
    void axisWidensToWholeTicksOnlyWhenNeeded() {
        Tm30HueBinBarsPlot.Quantity q = Tm30HueBinBarsPlot.Quantity.LOCAL_CHROMA_SHIFT;
        double[] small = new double[16];
        small[3] = 12;
        double[] r = Tm30HueBinBarsPlot.axisRange(q, small);
        assertEquals(-40, r[0]);
        assertEquals(40, r[1]);
        small[4] = -55;
        small[5] = 91;
        r = Tm30HueBinBarsPlot.axisRange(q, small);
        assertEquals(-60, r[0], 1e-9);
        assertEquals(100, r[1], 1e-9);
    }

    @Test
    void valueLabelsOfBarsThatFillTheAxisStayBetweenTheTitleAndTheBinNumbers() {
        // chroma lost and gained entirely (-100 %, +100 %), charted small as in a report's panel
        int n = Tm30ColourVectorGraphic.BINS;
        double[] rcs = new double[n];
        double[] rhs = new double[n];
        double[][] ref = new double[n][2];
        for (int b = 0; b < n; b++) {
            rcs[b] = b % 2 == 0 ? -1.0 : 1.0;
            rhs[b] = b % 2 == 0 ? -0.4 : 0.4;
            ref[b] = new double[] {1, 1};
        }
        Tm30Result r = new Tm30Result(10, 100, new double[n], rcs, rhs, ref, ref, "blackbody:3000");
        for (Tm30HueBinBarsPlot.Quantity q : new Tm30HueBinBarsPlot.Quantity[] {
            Tm30HueBinBarsPlot.Quantity.LOCAL_CHROMA_SHIFT, Tm30HueBinBarsPlot.Quantity.LOCAL_HUE_SHIFT}) {
            RecordingCanvas c = new RecordingCanvas();
            Tm30HueBinBarsPlot.draw(c, 300, 100, q, r);
            var labels = c.labels;
            double titleBottom = labels.get(0).box()[3];
            // drawn last: each bin's value label then its number, then the axis caption
            int first = labels.size() - 1 - 2 * n;
            for (int b = 0; b < n; b++) {
                double[] value = labels.get(first + 2 * b).box();
                double[] number = labels.get(first + 2 * b + 1).box();
                assertEquals(Integer.toString(b + 1), labels.get(first + 2 * b + 1).text());
                int bin = b;
                assertTrue(value[3] <= number[1], () -> q + " bin " + (bin + 1) + ": value label over its number");
                assertTrue(value[1] >= titleBottom, () -> q + " bin " + (bin + 1) + ": value label over the title");
            }
        }
    }

    @Test
    void vectorGraphicKeepsLargeChromaGainsInsideTheArea() {
        RecordingCanvas c = new RecordingCanvas();
        Tm30VectorGraphicPlot.draw(c, W, W, "TM-30", 3000, strongShifts());
        for (double[] p : c.points) {
            assertTrue(p[0] >= 0 && p[0] <= W && p[1] >= 0 && p[1] <= W, () -> p[0] + ", " + p[1] + " outside");
        }
    }
}
