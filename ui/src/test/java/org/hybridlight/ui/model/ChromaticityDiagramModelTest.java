package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.cct.Ohno2013Cct;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/** The diagram's curves and fill, checked against the CCT method they come from, without a toolkit. */
class ChromaticityDiagramModelTest {

    /** CCT of a point the diagram placed at a temperature, relative (Ohno 2013 with 0.1 % tables). */
    private static final double CCT_RELATIVE_TOLERANCE = 1e-4;
    /** Duv of a point the diagram placed at a Duv. */
    private static final double DUV_TOLERANCE = 1e-6;

    /** 8-bit levels a pixel near the white point may lie below full white. */
    private static final int WHITE_LEVELS = 4;

    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
    private final DesignViewModel design = new DesignViewModel(evaluator);
    private final PlotColours colours = new PlotColours();
    private final ChromaticityDiagramModel diagram = new ChromaticityDiagramModel(design, colours,
            new Ohno2013Cct(evaluator.integrator()));

    private CctDuv cctOf(Chromaticity c) {
        return evaluator.cctMethod().cctDuv(c.uv1960());
    }

    @Test
    void thePlanckianLocusRunsFrom1000To25000KAtDuvZero() {
        List<Chromaticity> locus = diagram.background().planckianLocus();
        // the first point lies on the method's lower limit, where rounding may put it just outside: the next, 1020 K
        assertThat(cctOf(locus.get(1)).cctK()).isCloseTo(1020, within(1020 * CCT_RELATIVE_TOLERANCE));
        double previous = 0;
        for (Chromaticity c : locus.subList(1, locus.size())) {
            CctDuv t = cctOf(c);
            assertThat(t.duv()).isCloseTo(0, within(DUV_TOLERANCE));
            assertThat(t.cctK()).isGreaterThan(previous).isLessThanOrEqualTo(25000 * (1 + CCT_RELATIVE_TOLERANCE));
            previous = t.cctK();
        }
    }

    @Test
    void isotemperatureLinesEndAtTheirTemperatureAndDuvPlusMinus001() {
        assertThat(diagram.background().isotemperature()).extracting(ChromaticityDiagramPlot.Isotemperature::cctK)
                .containsExactly(2000.0, 2500.0, 3000.0, 3500.0, 4000.0, 5000.0, 6500.0, 10000.0);
        for (ChromaticityDiagramPlot.Isotemperature line : diagram.background().isotemperature()) {
            CctDuv from = cctOf(line.from());
            CctDuv to = cctOf(line.to());
            assertThat(from.cctK()).isCloseTo(line.cctK(), within(line.cctK() * CCT_RELATIVE_TOLERANCE));
            assertThat(to.cctK()).isCloseTo(line.cctK(), within(line.cctK() * CCT_RELATIVE_TOLERANCE));
            assertThat(from.duv()).isCloseTo(-0.01, within(DUV_TOLERANCE));
            assertThat(to.duv()).isCloseTo(0.01, within(DUV_TOLERANCE));
        }
    }

    @Test
    void theTargetFollowsTheDesignsTargetCctAndDuv() {
        design.targetCctK().set(4000);
        design.targetDuv().set(0.005);
        CctDuv t = cctOf(diagram.targetProperty().get());
        assertThat(t.cctK()).isCloseTo(4000, within(4000 * CCT_RELATIVE_TOLERANCE));
        assertThat(t.duv()).isCloseTo(0.005, within(DUV_TOLERANCE));
        design.targetCctK().set(2700);
        assertThat(cctOf(diagram.targetProperty().get()).cctK()).isCloseTo(2700, within(2700 * CCT_RELATIVE_TOLERANCE));
    }

    @Test
    void theFillCoversThePixelsInsideTheSpectralLocusAndNoneOutside() {
        double xMin = 0;
        double yMin = 0;
        double scale = 250;
        int w = 200;
        int h = 225;
        int[] fill = diagram.fill().argb(xMin, yMin, scale, w, h);
        assertThat(fill).hasSize(w * h);
        Path2D.Double locus = new Path2D.Double();
        List<Chromaticity> points = diagram.background().spectralLocus();
        locus.moveTo(points.get(0).x(), points.get(0).y());
        points.forEach(p -> locus.lineTo(p.x(), p.y()));
        locus.closePath();
        int inside = 0;
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                double x = xMin + col / scale;
                double y = yMin + (h - row - 1) / scale;
                int argb = fill[row * w + col];
                if (locus.contains(x, y, 1 / scale, 1 / scale)) {
                    assertThat(argb >>> 24).as("pixel %d, %d", col, row).isEqualTo(0xff);
                    inside++;
                } else if (!locus.intersects(x, y, 1 / scale, 1 / scale)) {
                    assertThat(argb).as("pixel %d, %d", col, row).isZero();
                }
            }
        }
        assertThat(inside).isGreaterThan(w * h / 4);
        // the white point of sRGB is drawn white (up to the half pixel between it and its pixel's centre)
        int col = (int) ((0.3127 - xMin) * scale);
        int row = h - 1 - (int) ((0.3290 - yMin) * scale);
        for (int shift = 0; shift < 24; shift += 8) {
            assertThat(fill[row * w + col] >> shift & 0xff).isGreaterThanOrEqualTo(0xff - WHITE_LEVELS);
        }
        assertThatThrownBy(() -> diagram.fill().argb(0, 0, 100, 0, 10)).hasMessageContaining("1 x 1 px");
    }
}
