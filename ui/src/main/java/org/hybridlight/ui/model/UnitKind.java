package org.hybridlight.ui.model;

/**
 * What a unit of the design is: an LED shining through quantum dots, or a channel of its own without dots — a plain
 * LED (its light passes unchanged, PE 1) or a phosphor-converted LED (a 450 nm pump and one phosphor band).
 */
public enum UnitKind {
    LED_QD("LED + QD"),
    PLAIN_LED("plain LED"),
    PC_LED("phosphor-converted LED");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    /** Whether the unit has dots (and so the QD parameters). */
    public boolean hasDots() {
        return this == LED_QD;
    }

    @Override
    public String toString() {
        return label;
    }
}
