package org.hybridlight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {

    private static List<ReportLayout.Area> areas(ReportLayout l) {
        return List.of(l.heading(), l.spectrum(), l.chromaticity(), l.colourRendering(), l.tm30Vectors(),
                l.tm30HueBins(), l.figures(), l.footer());
    }

    private static boolean overlap(ReportLayout.Area a, ReportLayout.Area b) {
        return a.xPt() < b.xPt() + b.widthPt() && b.xPt() < a.xPt() + a.widthPt()
                && a.yPt() < b.yPt() + b.heightPt() && b.yPt() < a.yPt() + a.heightPt();
    }

    @Test
    void everyAreaLiesWithinTheMarginsAndNoneOverlapsAnother() {
        for (Paper p : Paper.values()) {
            List<ReportLayout.Area> areas = areas(ReportLayout.of(p));
            for (ReportLayout.Area a : areas) {
                assertThat(a.widthPt()).as(p + " " + a).isPositive();
                assertThat(a.heightPt()).as(p + " " + a).isPositive();
                assertThat(a.xPt()).as(p + " " + a).isGreaterThanOrEqualTo(ReportLayout.MARGIN_PT);
                assertThat(a.yPt()).as(p + " " + a).isGreaterThanOrEqualTo(ReportLayout.MARGIN_PT);
                assertThat(a.xPt() + a.widthPt()).as(p + " " + a)
                        .isLessThanOrEqualTo(p.widthPt() - ReportLayout.MARGIN_PT + 1e-9);
                assertThat(a.yPt() + a.heightPt()).as(p + " " + a)
                        .isLessThanOrEqualTo(p.heightPt() - ReportLayout.MARGIN_PT + 1e-9);
            }
            for (int i = 0; i < areas.size(); i++) {
                for (int j = i + 1; j < areas.size(); j++) {
                    assertThat(overlap(areas.get(i), areas.get(j))).as(p + " " + areas.get(i) + " " + areas.get(j))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theColourVectorGraphicGetsASquareEnoughArea() {
        for (Paper p : Paper.values()) {
            ReportLayout.Area v = ReportLayout.of(p).tm30Vectors();
            assertThat(v.heightPt() / v.widthPt()).as(p.toString()).isBetween(0.8, 1.25);
        }
    }

    @Test
    void papersHaveTheirStandardSizes() {
        // ISO 216: 210 x 297 mm; US Letter 8.5 x 11 in; 72 pt to the inch
        assertThat(Paper.A4.widthPt()).isCloseTo(595.28, org.assertj.core.api.Assertions.within(0.01));
        assertThat(Paper.A4.heightPt()).isCloseTo(841.89, org.assertj.core.api.Assertions.within(0.01));
        assertThat(Paper.LETTER.widthPt()).isEqualTo(612);
        assertThat(Paper.LETTER.heightPt()).isEqualTo(792);
        assertThat(Paper.byName("Letter")).isEqualTo(Paper.LETTER);
        assertThat(Paper.byName("a5")).isNull();
    }
}
