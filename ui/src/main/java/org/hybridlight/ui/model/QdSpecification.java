package org.hybridlight.ui.model;

/** How a unit's quantum dots are given: by CdSe core diameter or by their emission peak. */
public enum QdSpecification {
    CORE_DIAMETER("core diameter"),
    EMISSION_PEAK("emission peak");

    private final String label;

    QdSpecification(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
