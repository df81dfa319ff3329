package org.hybridlight.source.design;

import java.util.List;
import org.hybridlight.source.HybridSource;

/**
 * A loaded design: the source, the colour-rendering reference to report against and the colour target.
 *
 * @param source the hybrid source
 * @param unitNames a name per unit (for reports)
 * @param reference CRI reference: {@code auto}, {@code blackbody:<K>}, {@code daylight:<K>}
 * @param targetCctK target CCT, K, or NaN
 * @param targetDuv target Duv (default 0)
 * @param warnings what the spectrum reader said about the files the design names, each naming the design file,
 *     the field and the spectrum file ({@code d.json: units[0].led.spectrumFile: led.csv: spectra cover ...})
 */
public record Design(HybridSource source, List<String> unitNames, String reference, double targetCctK,
        double targetDuv, List<String> warnings) {

    public Design {
        unitNames = List.copyOf(unitNames);
        warnings = List.copyOf(warnings);
    }

    /** A design made in memory (an optimizer's result), no file read: no warnings. */
    public Design(HybridSource source, List<String> unitNames, String reference, double targetCctK,
            double targetDuv) {
        this(source, unitNames, reference, targetCctK, targetDuv, List.of());
    }
}
