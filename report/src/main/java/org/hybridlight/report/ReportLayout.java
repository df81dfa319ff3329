package org.hybridlight.report;

/**
 * Where each part of the report goes on a page, in points from the page's top left (y down): the heading, the
 * spectrum and the CIE 1931 diagram in the first row, the CIE 13.3 bars and the TM-30 colour-vector graphic in the
 * second, the TM-30 hue-bin charts and the table of figures in the third. The rows share the page's height, so
 * the same layout fills A4 and Letter.
 */
public record ReportLayout(Paper paper, Area heading, Area spectrum, Area chromaticity, Area colourRendering,
        Area tm30Vectors, Area tm30HueBins, Area figures, Area footer) {

    /** A rectangle on the page, pt from the top left. */
    public record Area(double xPt, double yPt, double widthPt, double heightPt) {
    }

    /** Page margin, pt (half an inch). */
    static final double MARGIN_PT = 36;
    private static final double GAP_PT = 8;
    private static final double HEADING_PT = 40;
    private static final double FOOTER_PT = 12;
    /** The left column's share of the width: the spectrum, the bars and the hue-bin charts are wide plots. */
    private static final double LEFT_SHARE = 0.56;

    public static ReportLayout of(Paper paper) {
        double w = paper.widthPt() - 2 * MARGIN_PT;
        double h = paper.heightPt() - 2 * MARGIN_PT;
        double left = Math.round(LEFT_SHARE * (w - GAP_PT));
        double right = w - GAP_PT - left;
        double x0 = MARGIN_PT;
        double x1 = MARGIN_PT + left + GAP_PT;
        double body = h - HEADING_PT - FOOTER_PT - 3 * GAP_PT;
        // the second row is as tall as the right column is wide: the colour-vector graphic is round
        double row2 = Math.min(right, 0.34 * body);
        double row1 = 0.29 * body;
        double row3 = body - row1 - row2;
        double y1 = MARGIN_PT + HEADING_PT;
        double y2 = y1 + row1 + GAP_PT;
        double y3 = y2 + row2 + GAP_PT;
        return new ReportLayout(paper,
                new Area(x0, MARGIN_PT, w, HEADING_PT),
                new Area(x0, y1, left, row1), new Area(x1, y1, right, row1),
                new Area(x0, y2, left, row2), new Area(x1, y2, right, row2),
                new Area(x0, y3, left, row3), new Area(x1, y3, right, row3),
                new Area(x0, y3 + row3 + GAP_PT, w, FOOTER_PT));
    }
}
