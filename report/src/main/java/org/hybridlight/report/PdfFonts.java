package org.hybridlight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's font: Liberation Sans (SIL Open Font License), metric-compatible with Helvetica and Arial, as PDFBox
 * ships it, embedded as a subset of the glyphs the page uses. Embedded, it needs nothing of the machine: PDFBox's
 * standard-14 fonts (Helvetica, not embedded) look for a system font to stand in for rendering whenever one is
 * made, which scans the system's fonts into {@code ~/.pdfbox.cache} on first use and warns "Using fallback font
 * LiberationSans for base font Helvetica" where no Helvetica is installed. Bold text is this font drawn with its
 * outline stroked ({@link PdfCanvas}), as PDFBox ships no bold face. Text widths come from the font's own metrics.
 */
final class PdfFonts {

    /** Where PDFBox keeps the font (its own fallback for fonts it cannot find). */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDType0Font font;

    /** Loads the font for {@code doc}, in which its subset is embedded when the document is saved. */
    PdfFonts(PDDocument doc) {
        try (InputStream in = PDFont.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT_RESOURCE + " is missing from the class path");
            }
            font = PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont font() {
        return font;
    }

    /** The width of {@code text} (already {@link #encodable}) at {@code sizePt}, pt. */
    double widthPt(String text, double sizePt) {
        try {
            return font.getStringWidth(text) / 1000 * sizePt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with each character the font has no glyph for replaced by '?'. */
    String encodable(String text) {
        if (canEncode(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String s = Character.toString(c);
            b.append(canEncode(s) ? s : "?");
        });
        return b.toString();
    }

    private boolean canEncode(String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
