package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.List;

/** Text laid out within a plot's width: a message or note wraps at spaces instead of running off the edge. */
public final class PlotText {

    private PlotText() {
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code widthPx} as {@code g} measures them; a single
     * word wider than that stays whole on a line of its own.
     */
    public static List<String> wrap(PlotCanvas g, String text, double sizePx, boolean bold, double widthPx) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && g.textWidth(longer, sizePx, bold) > widthPx) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
