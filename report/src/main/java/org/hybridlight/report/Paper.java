package org.hybridlight.report;

import java.util.Locale;

/** The page sizes a report is laid out for, in PostScript points (1/72 in). */
public enum Paper {
    /** ISO 216 A4, 210 × 297 mm. */
    A4("a4", 210 / 25.4 * 72, 297 / 25.4 * 72),
    /** US Letter, 8.5 × 11 in. */
    LETTER("letter", 8.5 * 72, 11 * 72);

    private final String optionName;
    private final double widthPt;
    private final double heightPt;

    Paper(String optionName, double widthPt, double heightPt) {
        this.optionName = optionName;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public double widthPt() {
        return widthPt;
    }

    public double heightPt() {
        return heightPt;
    }

    /** The name on the command line: {@code a4} or {@code letter}. */
    public String optionName() {
        return optionName;
    }

    /** The paper of that name (case ignored), or {@code null}. */
    public static Paper byName(String name) {
        for (Paper p : values()) {
            if (p.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
