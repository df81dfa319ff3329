package org.hybridlight.colorimetry;

import java.util.Locale;

/**
 * How a colour-rendering reference is named where people read it (plots, reports): {@code blackbody 3000 K},
 * {@code daylight 6500 K}, {@code blackbody–daylight blend 4826 K} (TM-30's mixed reference), or as given (a
 * reference spectrum's file). The data outputs keep the identifiers ({@code blackbody:3000}, {@code blend:4825.9}),
 * which are also what {@code --reference} takes.
 */
public final class ReferenceText {

    private ReferenceText() {
    }

    /** The reading name of reference {@code id}; {@code id} itself when it is not a built-in one. */
    public static String of(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return id;
        }
        String kind = id.substring(0, colon);
        String name = switch (kind) {
            case "blackbody" -> "blackbody";
            case "daylight" -> "daylight";
            case "blend" -> "blackbody–daylight blend";
            default -> null;
        };
        if (name == null) {
            return id;
        }
        try {
            double k = Double.parseDouble(id.substring(colon + 1));
            return name + " " + String.format(Locale.ROOT, "%.0f", k) + " K";
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
