package org.hybridlight.colorimetry.io;

import java.util.Locale;

/** The spectrum file formats the reader knows, each with the name {@code --input-format} takes. */
public enum SpectrumFormat {
    /** Delimited text (CSV, TSV, {@code ;} with decimal commas, blank separated), spectra in columns or rows. */
    CSV("csv"),
    /** IES TM-27-14 / TM-27-20 spectral data XML ({@code .spdx}). */
    TM27("tm27"),
    /** Sekonic C-7000 / C-800 CSV export ({@code Spectral Data 380[nm],…} lines below the measured figures). */
    SEKONIC("sekonic"),
    /** UPRtek CV600 / MK350 text export, tab separated ({@code 380nm<TAB>value} lines below the figures). */
    UPRTEK("uprtek"),
    /** Ocean Optics SpectraSuite / OceanView text export ({@code >>>>>Begin Spectral Data<<<<<}). */
    OCEANOPTICS("oceanoptics");

    /** How far into a file the detection looks: every format shows itself in its first lines. */
    static final int DETECT_CHARS = 1 << 16;

    private final String optionName;

    SpectrumFormat(String optionName) {
        this.optionName = optionName;
    }

    /** The name on the command line ({@code --input-format tm27}). */
    public String optionName() {
        return optionName;
    }

    /** The format named {@code name} (case ignored), or null for an unknown name. */
    public static SpectrumFormat byName(String name) {
        for (SpectrumFormat f : values()) {
            if (f.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /** The option names, for messages: "csv, tm27, sekonic, uprtek, oceanoptics". */
    public static String names() {
        StringBuilder s = new StringBuilder();
        for (SpectrumFormat f : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(f.optionName);
        }
        return s.toString();
    }

    /** The format of {@code text} (BOM already dropped): XML when it starts with {@code <}, else delimited text. */
    public static SpectrumFormat detect(String text) {
        CharSequence head = text.length() > DETECT_CHARS ? text.subSequence(0, DETECT_CHARS) : text;
        int i = 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        if (i < head.length() && head.charAt(i) == '<') {
            return TM27;
        }
        if (SekonicSpectrumReader.looksLike(head)) {
            return SEKONIC;
        }
        if (OceanOpticsSpectrumReader.looksLike(head)) {
            return OCEANOPTICS;
        }
        if (UprtekSpectrumReader.looksLike(head)) {
            return UPRTEK;
        }
        return CSV;
    }
}
