package org.hybridlight.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's two fonts, Helvetica and Helvetica-Bold of the PDF standard 14 (WinAnsi encoding), with text
 * widths from their metrics and the replacement of characters they cannot show.
 */
final class PdfFonts {

    /** Plain look-alikes of characters the plots and labels use that WinAnsi lacks. */
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u2212', "-"), // minus sign
            Map.entry('\u2032', "'"), // prime (u', v')
            Map.entry('\u2033', "\""),
            Map.entry('\u0394', "D"), // Delta
            Map.entry('\u2264', "<="),
            Map.entry('\u2265', ">="),
            Map.entry('\u25a1', "[]"), // white square (text turned up; PdfCanvas draws it elsewhere)
            Map.entry('\u25cb', "o"), // white circle
            Map.entry('\u2009', " "), // thin space
            Map.entry('\u202f', " "),
            Map.entry('\u2080', "0"), Map.entry('\u2081', "1"), Map.entry('\u2082', "2"), Map.entry('\u2083', "3"),
            Map.entry('\u2084', "4"), Map.entry('\u2085', "5"), Map.entry('\u2086', "6"), Map.entry('\u2087', "7"),
            Map.entry('\u2088', "8"), Map.entry('\u2089', "9"), Map.entry('\u03bb', "lambda"));

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    PDType1Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The width of {@code text} (already {@link #encodable}) at {@code sizePt}, pt. */
    double widthPt(String text, double sizePt, boolean isBold) {
        try {
            return font(isBold).getStringWidth(text) / 1000 * sizePt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with each character the fonts cannot encode replaced by a look-alike, else '?'. */
    String encodable(String text) {
        if (canEncode(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            b.append(canEncode(s) ? s : LOOK_ALIKES.getOrDefault(c, "?"));
        }
        return b.toString();
    }

    private boolean canEncode(String s) {
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
