package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlotTextTest {

    @Test
    void aLongMessageWrapsAtSpacesWithinTheWidthAndLosesNoWord() {
        RecordingCanvas g = new RecordingCanvas();
        String text = "not computable: no reference: CCT of u=0.08620, v=0.26131 is above the supported range";
        // RecordingCanvas: 0.6 × size per character, 7.2 px at 12 px: 30 characters in 216 px
        List<String> lines = PlotText.wrap(g, text, 12, false, 216);
        assertTrue(lines.size() > 1, lines::toString);
        for (String l : lines) {
            assertTrue(g.textWidth(l, 12, false) <= 216, l);
        }
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void shortTextStaysOneLineAndAnOverlongWordStaysWhole() {
        RecordingCanvas g = new RecordingCanvas();
        assertEquals(List.of("no sweep yet"), PlotText.wrap(g, "no sweep yet", 12, false, 500));
        assertEquals(List.of("a", "abcdefghijklmnopqrstuvwxyz", "b"),
                PlotText.wrap(g, "a abcdefghijklmnopqrstuvwxyz b", 12, false, 60));
    }
}
