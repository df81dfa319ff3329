package org.hybridlight.ui.model;

import java.math.BigDecimal;

/** How the designer writes a limit or weight in words: as short as it is exact (0.01, 1.02, 100, 10000). */
public final class PlainNumber {

    private PlainNumber() {
    }

    public static String of(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
