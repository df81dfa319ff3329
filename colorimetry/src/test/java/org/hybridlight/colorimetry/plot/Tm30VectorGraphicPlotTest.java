package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.junit.jupiter.api.Test;

class Tm30VectorGraphicPlotTest {

    @Test
    void eachHueBinHasAPaleWedgeInItsOwnColourBehindTheVectors() {
        RecordingCanvas c = new RecordingCanvas();
        Tm30VectorGraphicPlot.draw(c, 500, 500, "TM-30", 3000, Tm30HueBinBarsPlotTest.strongShifts());
        int n = Tm30ColourVectorGraphic.BINS;
        assertEquals(true, c.filled.size() >= n);
        for (int b = 0; b < n; b++) {
            int rgb = Tm30ColourVectorGraphic.binDisplayRgb(b);
            int pale = c.filled.get(b).rgb();
            assertEquals(Tm30VectorGraphicPlot.pale(rgb), pale, "bin " + (b + 1));
            // paler than the bin's colour in every channel, and not white
            for (int shift = 16; shift >= 0; shift -= 8) {
                int bin = (rgb >> shift) & 0xff;
                int wedge = (pale >> shift) & 0xff;
                assertEquals(true, wedge >= bin && (bin == 255 || wedge > bin), "bin " + (b + 1));
            }
        }
    }

    @Test
    void theFooterStaysWithinANarrowPlot() {
        // the designer's panel at 1280 x 720: "CCT 3000 K, reference blackbody 3000 K" is wider than the plot
        for (double width : new double[] {230, 300, 500}) {
            RecordingCanvas c = new RecordingCanvas();
            Tm30VectorGraphicPlot.draw(c, width, 290, "TM-30", 3000, Tm30HueBinBarsPlotTest.strongShifts());
            for (RecordingCanvas.Label l : c.labels) {
                assertEquals(true, l.box()[0] >= 0 && l.box()[2] <= width, l.text() + " at " + width + " px");
            }
            assertEquals(null, c.overlappingLabels(), "at " + width + " px");
        }
    }

    @Test
    void anUnknownCctIsADashNotNaN() {
        RecordingCanvas c = new RecordingCanvas();
        Tm30VectorGraphicPlot.draw(c, 500, 500, "TM-30", Double.NaN, Tm30HueBinBarsPlotTest.strongShifts());
        assertEquals(true, c.texts.stream().anyMatch(t -> t.startsWith("CCT – K")), c.texts.toString());
        assertEquals(true, c.texts.stream().noneMatch(t -> t.contains("NaN")), c.texts.toString());
    }
}
