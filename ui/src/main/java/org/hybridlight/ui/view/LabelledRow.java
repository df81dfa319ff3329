package org.hybridlight.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * A row of a label and its controls, the label centred on them: a plain {@link HBox} puts a label at the top, a few
 * px above the text of a taller field or choice box beside it.
 */
final class LabelledRow {

    private LabelledRow() {
    }

    static HBox of(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
