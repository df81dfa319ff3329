package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aLineCrossesABoxOnlyWhereItPassesThroughIt() {
        double[] box = {10, 10, 20, 20};
        assertTrue(TextBoxes.crosses(box, new double[] {0, 0, 30, 30}));
        assertTrue(TextBoxes.crosses(box, new double[] {15, 15, 40, 15}));
        assertTrue(!TextBoxes.crosses(box, new double[] {0, 0, 30, 0}));
        // its bounding box overlaps the box, the line itself passes beside it
        assertTrue(!TextBoxes.crosses(box, new double[] {0, 12, 12, 0}));
    }
}
