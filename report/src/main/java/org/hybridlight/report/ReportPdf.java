package org.hybridlight.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.ReferenceText;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.cct.Ohno2013Cct;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.plot.ChromaticityFill;
import org.hybridlight.colorimetry.plot.CriBarsPlot;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.PlotColours;
import org.hybridlight.colorimetry.plot.SpectrumPlot;
import org.hybridlight.colorimetry.plot.Tm30HueBinBarsPlot;
import org.hybridlight.colorimetry.plot.Tm30VectorGraphicPlot;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;

/**
 * The one-page PDF report of an evaluated white ({@code hybridlight report}, the designer's File > Export report),
 * laid out by {@link ReportLayout}: each plot drawn by the shared {@code org.hybridlight.colorimetry.plot}
 * routine over a {@link PdfCanvas} (vector graphics, clipped to its area), and the table of {@link ReportFigures}.
 * Written with Apache PDFBox.
 */
public final class ReportPdf {

    private static final int TEXT = 0x000000;
    private static final int MUTED = 0x555555;

    private ReportPdf() {
    }

    /** The report of {@code r} on {@code paper}, for writing with {@link AtomicFiles} (whole or not at all). */
    public static AtomicFiles.Content content(Report r, Paper paper) {
        return out -> {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle((float) paper.widthPt(), (float) paper.heightPt()));
                doc.addPage(page);
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(r.title());
                info.setCreator("hybridlight");
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    draw(new Page(doc, cs, new PdfFonts(doc), ReportLayout.of(paper)), r);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                doc.save(out);
            }
        };
    }

    /** The page being drawn: canvases over its areas. */
    private record Page(PDDocument doc, PDPageContentStream cs, PdfFonts fonts, ReportLayout layout) {

        PdfCanvas canvas(ReportLayout.Area a) {
            return new PdfCanvas(doc, cs, fonts, layout.paper().heightPt(), a.xPt(), a.yPt());
        }

        /** Draws into {@code a}, clipped to it: no plot reaches into its neighbour. */
        void panel(ReportLayout.Area a, Consumer<PlotCanvas> drawing) throws IOException {
            cs.saveGraphicsState();
            cs.addRect((float) a.xPt(), (float) (layout.paper().heightPt() - a.yPt() - a.heightPt()),
                    (float) a.widthPt(), (float) a.heightPt());
            cs.clip();
            drawing.accept(canvas(a));
            cs.restoreGraphicsState();
        }
    }

    private static void draw(Page p, Report r) throws IOException {
        Colorimetry c = r.colorimetry();
        ReportLayout layout = p.layout();
        ReportLayout.Area h = layout.heading();
        p.panel(h, g -> {
            g.fill(TEXT);
            g.text(r.title(), 0, 16, 16, true, PlotCanvas.Align.LEFT);
            g.fill(MUTED);
            g.text(r.subtitle(), 0, 30, 8.5, false, PlotCanvas.Align.LEFT);
            g.stroke(MUTED, 0.6);
            g.line(0, h.heightPt() - 4, h.widthPt(), h.heightPt() - 4);
        });

        PlotColours colours = new PlotColours();
        ReportLayout.Area sp = layout.spectrum();
        p.panel(sp, g -> SpectrumPlot.draw(g, sp.widthPt(), sp.heightPt(), r.spectrum(), colours));
        ReportLayout.Area xy = layout.chromaticity();
        ChromaticityDiagramPlot.Background background = ChromaticityDiagramPlot.Background.of(
                new Ohno2013Cct(new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE,
                        WavelengthGrid.COMPUTATION)), colours.spectralLocus(),
                ChromaticityDiagramPlot.ansiC78377Quadrangles());
        p.panel(xy, g -> ChromaticityDiagramPlot.draw(g, xy.widthPt(), xy.heightPt(), background, r.marks(), false,
                new ChromaticityFill(colours)));
        ReportLayout.Area bars = layout.colourRendering();
        p.panel(bars, g -> {
            if (c.colourRendering() == null) {
                missing(g, bars.widthPt(), "CIE 13.3 colour rendering", "not computed: " + c.colourRenderingProblem());
            } else {
                CriBarsPlot.draw(g, bars.widthPt(), bars.heightPt(), c.colourRendering(), c.duv(),
                        colours);
            }
        });

        Tm30Result tm = c.tm30();
        ReportLayout.Area v = layout.tm30Vectors();
        p.panel(v, g -> {
            if (tm == null) {
                missing(g, v.widthPt(), "TM-30 colour vectors", "not computed: " + c.tm30Problem());
            } else {
                Tm30VectorGraphicPlot.draw(g, v.widthPt(), v.heightPt(), "TM-30 colour vectors", c.cctK(), tm);
            }
        });
        ReportLayout.Area bins = layout.tm30HueBins();
        p.panel(bins, g -> {
            if (tm == null) {
                missing(g, bins.widthPt(), "TM-30 hue bins", "not computed: " + c.tm30Problem());
                return;
            }
            Tm30HueBinBarsPlot.Quantity[] charts = Tm30HueBinBarsPlot.Quantity.values();
            double each = bins.heightPt() / charts.length;
            for (int i = 0; i < charts.length; i++) {
                Tm30HueBinBarsPlot.draw(p.canvas(new ReportLayout.Area(bins.xPt(), bins.yPt() + i * each,
                        bins.widthPt(), each)), bins.widthPt(), each, charts[i], tm);
            }
        });
        ReportLayout.Area t = layout.figures();
        p.panel(t, g -> FiguresTable.draw(g, t.widthPt(), t.heightPt(), "Figures", ReportFigures.of(c, r.source()),
                notes(c)));
        ReportLayout.Area f = layout.footer();
        p.panel(f, g -> {
            g.fill(MUTED);
            g.text("hybridlight report: the figures and plots of hybridlight evaluate (CIE 15 colorimetry, CCT and "
                    + "Duv by Ohno 2013, CIE 13.3 colour rendering, ANSI/IES TM-30-18)", 0, f.heightPt() - 3, 6.5,
                    false, PlotCanvas.Align.LEFT);
        });
    }

    /** The lines of text under the figures: the CIE 13.3 reference and validity, the TM-30 reference. */
    private static List<String[]> notes(Colorimetry c) {
        List<String[]> notes = new ArrayList<>();
        ColourRendering cr = c.colourRendering();
        notes.add(new String[] {"CRI reference", cr == null ? "-" : ReferenceText.of(cr.reference())});
        notes.add(new String[] {"CRI valid", cr == null ? "-" : cr.valid() ? "yes"
                : Double.isNaN(c.duv()) ? "no (Duv unknown)" : "no (|Duv| > 0.0054)"});
        notes.add(new String[] {"TM-30 reference", c.tm30() == null ? "-" : ReferenceText.of(c.tm30().reference())});
        return notes;
    }

    /** A panel's title and why it has no plot, the reason wrapped to the panel's width. */
    private static void missing(PlotCanvas g, double width, String title, String why) {
        g.fill(TEXT);
        g.text(title, 0, 12, 10, true, PlotCanvas.Align.LEFT);
        g.fill(MUTED);
        double y = 26;
        StringBuilder line = new StringBuilder();
        for (String word : why.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && g.textWidth(longer, 8, false) > width) {
                g.text(line.toString(), 0, y, 8, false, PlotCanvas.Align.LEFT);
                y += 10;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        g.text(line.toString(), 0, y, 8, false, PlotCanvas.Align.LEFT);
    }
}
