package org.hybridlight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.Test;

/**
 * The report's text needs no font of the machine: PDFBox's font mapper, which scans the system's fonts and warns
 * about stand-ins ("Using fallback font LiberationSans for base font Helvetica"), is never asked, and no PDFBox
 * logger is turned down to hide it.
 */
class ReportFontsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");

    /** Records every font PDFBox asks the system for, then asks the mapper it replaced. */
    private static final class RecordingMapper implements FontMapper {
        final List<String> asked = new ArrayList<>();
        private final FontMapper system;

        RecordingMapper(FontMapper system) {
            this.system = system;
        }

        @Override
        public synchronized FontMapping<org.apache.fontbox.ttf.TrueTypeFont> getTrueTypeFont(String name,
                PDFontDescriptor d) {
            asked.add(name);
            return system.getTrueTypeFont(name, d);
        }

        @Override
        public synchronized FontMapping<org.apache.fontbox.FontBoxFont> getFontBoxFont(String name,
                PDFontDescriptor d) {
            asked.add(name);
            return system.getFontBoxFont(name, d);
        }

        @Override
        public synchronized CIDFontMapping getCIDFont(String name, PDFontDescriptor d, PDCIDSystemInfo info) {
            asked.add(name);
            return system.getCIDFont(name, d, info);
        }
    }

    @Test
    void aReportAsksTheSystemForNoFontAndTurnsNoLoggerDown() throws Exception {
        Design d = DesignReader.read(EXAMPLES.resolve("paper-fig6b.json"));
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        Colorimetry c = new SpectrumEvaluator().evaluate(r.whiteSpectrum(), CriReference.parseBuiltIn(d.reference()));
        Report report = Report.ofDesign("paper-fig6b.json", null, d, d.reference(), c, r);
        FontMapper system = FontMappers.instance();
        RecordingMapper recording = new RecordingMapper(system);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        FontMappers.set(recording);
        try {
            ReportPdf.content(report, Paper.A4).writeTo(pdf);
        } finally {
            FontMappers.set(system);
        }
        assertThat(recording.asked).as("fonts PDFBox looked for on this machine").isEmpty();
        for (String name : List.of("org.apache.pdfbox", "org.apache.pdfbox.pdmodel.font")) {
            assertThat(Logger.getLogger(name).getLevel()).as(name).isNull();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("paper-fig6b.json", "CCT", "Ra");
        }
    }
}
