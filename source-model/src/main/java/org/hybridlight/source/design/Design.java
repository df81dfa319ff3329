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
 */
public record Design(HybridSource source, List<String> unitNames, String reference, double targetCctK,
        double targetDuv) {

    public Design {
        unitNames = List.copyOf(unitNames);
    }
}
