package org.hybridlight.colorimetry.plot;

/**
 * Maps chromaticity (x, y) to px on {@link ChromaticityDiagramPlot}'s plot area, with equal scales in x and y.
 *
 * @param xMin the chromaticity x at the plot area's left edge
 * @param yMin the chromaticity y at its bottom edge
 * @param scale px per unit of chromaticity
 * @param left the plot area's left edge, px
 * @param bottom its bottom edge, px (y down)
 */
record DiagramFrame(double xMin, double yMin, double scale, double left, double bottom) {

    double x(double cx) {
        return left + (cx - xMin) * scale;
    }

    double y(double cy) {
        return bottom - (cy - yMin) * scale;
    }
}
