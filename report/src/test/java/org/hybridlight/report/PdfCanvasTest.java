package org.hybridlight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.junit.jupiter.api.Test;

class PdfCanvasTest {

    /** Draws {@code drawing} on a 200 × 100 pt page and returns the PDF. */
    private static byte[] page(java.util.function.Consumer<PdfCanvas> drawing) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(200, 100));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.accept(new PdfCanvas(doc, cs, new PdfFonts(doc), 100, 20, 10));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void textWidthIsHelveticasWidthsTheFontIsMetricCompatible() throws Exception {
        // Helvetica's AFM: 'H' 722, 'i' 222 per 1000 em; Liberation Sans has the same advances
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            assertThat(fonts.widthPt("Hi", 10)).isCloseTo(9.44, within(1e-6));
        }
    }

    @Test
    void theFontsCharactersStayAndOnlyThoseItLacksBecomeQuestionMarks() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            String labels = "\u2212100 u\u2032 v\u2033 \u0394E \u2264 \u2265 5\u2009\u00b5m 90\u00b0 \u00d7 \u03bb x\u2081\u2080";
            assertThat(fonts.encodable(labels)).isEqualTo(labels);
            assertThat(fonts.encodable("a\u4e2db")).isEqualTo("a?b");
        }
    }

    @Test
    void theFontIsEmbeddedAndBoldIsItsOutlineStrokedInTheTextColour() throws Exception {
        byte[] pdf = page(g -> {
            g.stroke(0xff0000, 2);
            g.dashed(3, 2);
            g.fill(0x0000ff);
            g.text("Bold", 0, 30, 10, true, PlotCanvas.Align.LEFT);
            g.text("plain", 0, 60, 10, false, PlotCanvas.Align.LEFT);
            g.line(0, 0, 10, 10);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            java.util.List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).singleElement().satisfies(f -> {
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).endsWith("+LiberationSans");
            });
            String content = new String(doc.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            // bold: saved state, blue stroke 0.4 pt solid, fill-and-stroke rendering; the red dashes restored after
            int bold = content.indexOf("2 Tr");
            assertThat(bold).isPositive();
            String before = content.substring(0, bold);
            assertThat(before.substring(before.lastIndexOf("q\n"))).contains("0 0 1 RG", "0.4 w", "[] 0 d");
            assertThat(content.substring(bold)).contains("Q");
            assertThat(content.split(" Tr\n", -1).length - 1).as("only the bold text").isEqualTo(1);
        }
    }

    @Test
    void textIsPlacedWithYDownFromTheAreasTopLeftAndAligned() throws Exception {
        byte[] pdf = page(g -> {
            g.fill(0);
            g.text("left", 0, 30, 10, false, PlotCanvas.Align.LEFT);
            g.text("right", 100, 60, 10, true, PlotCanvas.Align.RIGHT);
            g.text("\u2212minus", 50, 80, 10, false, PlotCanvas.Align.CENTER);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.List<TextPosition> first = new java.util.ArrayList<>();
            java.util.List<String> texts = new java.util.ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<TextPosition> positions) {
                    texts.add(text);
                    first.add(positions.get(0));
                }
            };
            s.setSortByPosition(true);
            s.getText(doc);
            assertThat(texts).containsExactly("left", "right", "\u2212minus");
            // the area starts 20 pt from the left, 10 pt from the top: baselines at 10 + 30 and 10 + 60 pt
            assertThat((double) first.get(0).getXDirAdj()).isCloseTo(20, within(0.01));
            assertThat((double) first.get(0).getYDirAdj()).isCloseTo(40, within(0.01));
            double rightEnd = first.get(1).getXDirAdj() + new PdfFonts(doc).widthPt("right", 10);
            assertThat(rightEnd).isCloseTo(120, within(0.01));
            assertThat((double) first.get(1).getYDirAdj()).isCloseTo(70, within(0.01));
        }
    }

    @Test
    void legendSymbolsAreDrawnAsShapesNotQuestionMarks() throws Exception {
        byte[] pdf = page(g -> {
            double unit;
            try (PDDocument other = new PDDocument()) {
                unit = new PdfFonts(other).widthPt(" unit", 10);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(g.textWidth("\u25a1 unit", 10, false)).isCloseTo(8 + unit, within(1e-9));
            g.fill(0);
            g.text("\u25a1 unit  \u25cb source", 0, 50, 10, false, PlotCanvas.Align.LEFT);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("unit", "source").doesNotContain("?");
            String content = new String(doc.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            // the circle's four Beziers and the square's closed path
            assertThat(content.split(" c\n", -1).length - 1).isEqualTo(4);
        }
    }

    @Test
    void shapesAreVectorPathsNotImages() throws Exception {
        byte[] pdf = page(g -> {
            g.stroke(0xff0000, 1);
            g.line(0, 0, 10, 10);
            g.strokeCircle(50, 50, 20);
            g.fill(0x00ff00);
            g.fillPolygon(new double[] {0, 10, 10}, new double[] {0, 0, 10}, 3);
            g.fillCircle(20, 20, 5);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String content = new String(doc.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            // four Bezier curves ("c") per circle, red stroke colour, no image drawn ("Do")
            assertThat(content.split(" c\n", -1).length - 1).isEqualTo(8);
            assertThat(content).contains("1 0 0 RG").doesNotContain(" Do");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }
}
