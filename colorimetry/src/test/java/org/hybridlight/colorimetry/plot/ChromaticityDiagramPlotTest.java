package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/** The diagram's layout: labels that never overlap, and a zoom that frames the white region. */
class ChromaticityDiagramPlotTest {

    private static final PlotColours COLOURS = new PlotColours();
    private static final CctMethod CCT = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false).cctMethod();
    private static final ChromaticityDiagramPlot.Background BACKGROUND =
            ChromaticityDiagramPlot.Background.of(CCT, COLOURS.spectralLocus(), List.of());
    private final ChromaticityFill fill = new ChromaticityFill(COLOURS);

    private static Chromaticity at(double cctK, double duv) {
        return CCT.uvOf(cctK, duv).toChromaticityFrom1960();
    }

    /** The paper's three units, a unit just beside the 6500 K line's end, the source and target at 3000 K. */
    private static ChromaticityDiagramPlot.Marks crowded() {
        return new ChromaticityDiagramPlot.Marks(List.of(new Chromaticity(0.12, 0.25), new Chromaticity(0.38, 0.61),
                new Chromaticity(0.66, 0.34), at(6500, -0.012)), at(3000, 0.001), at(3000, 0));
    }

    private RecordingCanvas drawn(double w, double h, ChromaticityDiagramPlot.Marks m, boolean zoom) {
        RecordingCanvas c = new RecordingCanvas();
        ChromaticityDiagramPlot.draw(c, w, h, BACKGROUND, m, zoom, fill);
        return c;
    }

    @Test
    void noTwoLabelsOverlapAtAnySizeOrZoom() {
        for (boolean zoom : new boolean[] {false, true}) {
            for (double[] size : new double[][] {{351, 434}, {520, 340}, {800, 700}, {300, 200}}) {
                RecordingCanvas c = drawn(size[0], size[1], crowded(), zoom);
                assertNull(c.overlappingLabels(), () -> "zoom " + zoom + " at " + size[0] + " x " + size[1]);
                assertEquals(c.clips, c.unclips);
                for (double[] p : c.points) {
                    assertTrue(p[0] >= 0 && p[0] <= size[0] && p[1] >= 0 && p[1] <= size[1],
                            () -> p[0] + ", " + p[1] + " outside");
                }
            }
        }
    }

    @Test
    void everyUnitIsNumberedAndNoIsotemperatureLabelCoversAUnitsMarker() {
        RecordingCanvas c = drawn(351, 434, crowded(), false);
        for (int k = 1; k <= 4; k++) {
            assertTrue(c.texts.contains(String.valueOf(k)), "unit " + k);
        }
        assertTrue(c.texts.contains("2000 K") && c.texts.contains("10000 K"), () -> c.texts.toString());
    }

    /**
     * The designer's diagram at 1280 x 720 px (234 x 320 px, the whole diagram with the ANSI quadrangles, the
     * paper's three units, the design on its 3000 K target): the isotemperature lines lie a few px apart there.
     */
    @Test
    void aSmallWholeDiagramLabelsTheMiddleTemperaturesClearOfTheTarget() {
        ChromaticityDiagramPlot.Background withQuadrangles = ChromaticityDiagramPlot.Background.of(CCT,
                COLOURS.spectralLocus(), ChromaticityDiagramPlot.ansiC78377Quadrangles());
        ChromaticityDiagramPlot.Marks paper = new ChromaticityDiagramPlot.Marks(List.of(new Chromaticity(0.12, 0.25),
                new Chromaticity(0.38, 0.61), new Chromaticity(0.66, 0.34)), at(3000, 0), at(3000, 0));
        RecordingCanvas c = new RecordingCanvas();
        ChromaticityDiagramPlot.draw(c, 234, 320, withQuadrangles, paper, false, fill);
        assertTrue(c.texts.containsAll(List.of("2000 K", "3000 K", "4000 K", "5000 K", "6500 K", "10000 K")),
                () -> c.texts.toString());
        assertNull(c.overlappingLabels());
        // each label in K lies nearer its own line than any other (the black straight lines, in the background's order)
        List<RecordingCanvas.Filled> lines = c.lines.stream().filter(l -> l.rgb() == 0x000000).toList();
        assertEquals(withQuadrangles.isotemperature().size(), lines.size());
        for (RecordingCanvas.Label l : c.labels) {
            int nearest = -1;
            double least = Double.MAX_VALUE;
            for (int k = 0; k < lines.size(); k++) {
                RecordingCanvas.Filled line = lines.get(k);
                double d = TextBoxes.distance(l.box(),
                        new double[] {line.xs()[0], line.ys()[0], line.xs()[1], line.ys()[1]});
                if (d < least) {
                    least = d;
                    nearest = k;
                }
            }
            if (l.text().endsWith(" K")) {
                String own = String.format(java.util.Locale.ROOT, "%.0f K",
                        withQuadrangles.isotemperature().get(nearest).cctK());
                assertEquals(own, l.text(), () -> l.text() + " " + Arrays.toString(l.box()));
            }
        }
        // the target's "+", and round it a clear margin of half the font (10 px at this size)
        double[] plus = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (RecordingCanvas.Filled l : c.lines) {
            if (l.rgb() == 0x0050c8) {
                for (int k = 0; k < 2; k++) {
                    plus[0] = Math.min(plus[0], l.xs()[k] - 5);
                    plus[1] = Math.min(plus[1], l.ys()[k] - 5);
                    plus[2] = Math.max(plus[2], l.xs()[k] + 5);
                    plus[3] = Math.max(plus[3], l.ys()[k] + 5);
                }
            }
        }
        assertTrue(plus[2] > plus[0], "the target is drawn");
        for (RecordingCanvas.Label l : c.labels) {
            assertTrue(!TextBoxes.overlap(l.box(), plus), () -> l.text() + " " + Arrays.toString(l.box())
                    + " within 5 px of the target " + Arrays.toString(plus));
        }
    }

    @Test
    void theZoomFillsThePlotAreaAndHoldsTheLocusFrom2000To10000KWithItsLabels() {
        double w = 520;
        double h = 340;
        RecordingCanvas full = drawn(w, h, crowded(), false);
        RecordingCanvas zoomed = drawn(w, h, crowded(), true);
        RecordingCanvas.Image f = full.images.get(0);
        RecordingCanvas.Image z = zoomed.images.get(0);
        // the full diagram keeps its 0.8 : 0.9 shape; the zoom takes the whole area both ways
        assertTrue(z.w() >= f.w() && z.h() >= f.h() - 1, () -> z + " vs " + f);
        assertEquals(f.h(), z.h(), 1.0);
        assertTrue(z.w() > w - 100, () -> "zoom " + z.w() + " px wide of " + w);
        // every isotemperature line's ends lie inside the zoomed image: nothing of the locus is cut
        double[] region = ChromaticityDiagramPlot.whiteRegion(BACKGROUND, crowded());
        for (ChromaticityDiagramPlot.Isotemperature t : BACKGROUND.isotemperature()) {
            for (Chromaticity p : List.of(t.from(), t.to())) {
                assertTrue(p.x() > region[0] && p.x() < region[1] && p.y() > region[2] && p.y() < region[3],
                        () -> t.cctK() + " K");
            }
        }
        // the region is no taller than what it frames needs: its top is the highest point plus the margin
        double highest = BACKGROUND.isotemperature().stream().mapToDouble(t -> Math.max(t.from().y(), t.to().y()))
                .max().orElseThrow();
        assertEquals(highest + 0.015, region[3], 1e-9);
        assertTrue(zoomed.texts.contains("10000 K") && zoomed.texts.contains("2000 K"), () -> zoomed.texts.toString());
        // zoomed in, there is room for most temperatures
        long labelled = zoomed.texts.stream().filter(s -> s.endsWith(" K")).count();
        assertTrue(labelled >= 6, () -> zoomed.texts.toString());
    }

    @Test
    void theGamutIsTheUnitsHullDashedAndTheTargetIsDrawnLast() {
        RecordingCanvas c = drawn(520, 340, crowded(), true);
        // the gamut of four units whose fourth lies inside the other three's triangle is that triangle
        assertEquals(3, ChromaticityDiagramPlot.gamut(crowded().units()).size());
        assertTrue(c.polylines.size() >= 1);
    }

    @Test
    void aUnitsNumberGoesWhereTheGamutsDashedOutlineDoesNotCrossIt() {
        RecordingCanvas c = new RecordingCanvas();
        DiagramLabels labels = new DiagramLabels(c, 0, 0, 200, 200);
        // the outline leaves the marker at (100, 100) up to the right, across the first corner tried
        labels.avoidLineIfPossible(100, 100, 150, 50);
        labels.unitNumber("1", 100, 100, 6, 10);
        double[] box = c.labels.get(0).box();
        assertTrue(box[0] > 100 && box[1] > 100, () -> Arrays.toString(box));
        // with every corner crossed it still goes to the first
        RecordingCanvas all = new RecordingCanvas();
        DiagramLabels crossed = new DiagramLabels(all, 0, 0, 200, 200);
        crossed.avoidLineIfPossible(50, 50, 150, 150);
        crossed.avoidLineIfPossible(50, 150, 150, 50);
        crossed.unitNumber("1", 100, 100, 6, 10);
        assertTrue(all.labels.get(0).box()[1] < 100, () -> Arrays.toString(all.labels.get(0).box()));
    }

    @Test
    void aBoxsDistanceFromASegmentIsToItsNearestPoint() {
        double[] box = {10, 10, 20, 20};
        assertEquals(0, TextBoxes.distance(box, new double[] {0, 15, 30, 15}), 1e-12);
        assertEquals(5, TextBoxes.distance(box, new double[] {25, 0, 25, 30}), 1e-12);
        // nearest at the box's corner (20, 20) to the line's middle
        assertEquals(Math.sqrt(2) * 5, TextBoxes.distance(box, new double[] {30, 20, 20, 30}), 1e-12);
        // nearest at the segment's end
        assertEquals(Math.hypot(3, 4), TextBoxes.distance(box, new double[] {23, 24, 40, 40}), 1e-12);
    }

    @Test
    void aLineCrossesABoxOnlyWhereItPassesThroughIt() {
        double[] box = {10, 10, 20, 20};
        assertTrue(TextBoxes.crosses(box, new double[] {0, 0, 30, 30}));
        assertTrue(TextBoxes.crosses(box, new double[] {15, 15, 40, 15}));
        assertTrue(!TextBoxes.crosses(box, new double[] {0, 0, 30, 0}));
        // its bounding box overlaps the box, the line itself passes beside it
        assertTrue(!TextBoxes.crosses(box, new double[] {0, 12, 12, 0}));
    }
}
