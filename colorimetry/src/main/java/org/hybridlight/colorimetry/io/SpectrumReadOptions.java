package org.hybridlight.colorimetry.io;

/**
 * How to read a spectrum file; null fields are detected from the content.
 *
 * @param format the file format, or null to detect it
 * @param orientation spectra in columns or in rows of delimited text, or null to detect it
 * @param wavelengthUnit the unit of the file's wavelengths, {@link WavelengthUnit#NM} or {@link WavelengthUnit#UM}
 *     (converted to nm); null for what the file says (a header {@code Wavelength [µm]}), else nm, where a file whose
 *     wavelengths are all below 10 is refused as probably µm
 */
public record SpectrumReadOptions(SpectrumFormat format, Orientation orientation, WavelengthUnit wavelengthUnit) {

    /** Everything detected, wavelengths in nm. */
    public static final SpectrumReadOptions DETECT = new SpectrumReadOptions(null, null, null);

    /** Where the spectra of delimited text are. */
    public enum Orientation {
        /** First column wavelengths, each further column one spectrum. */
        COLUMNS,
        /** First row wavelengths, each further row one spectrum (its first cell the name). */
        ROWS
    }

    /** The unit of a file's wavelengths. */
    public enum WavelengthUnit {
        NM(1),
        UM(1000);

        private final double toNm;

        WavelengthUnit(double toNm) {
            this.toNm = toNm;
        }

        /** The factor from this unit to nm. */
        public double toNm() {
            return toNm;
        }
    }
}
