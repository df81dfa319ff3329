package org.hybridlight.ui.model;

/** The colour-rendering reference offered in the designer. */
public enum ReferenceChoice {
    /** CIE 13.3: a blackbody at the source's CCT below 5000 K, daylight from 5000 K. */
    AUTO("auto (CIE 13.3)"),
    /** The paper's fixed 3000 K blackbody. */
    BLACKBODY_3000("blackbody 3000 K (paper)"),
    /** A temperature of the designer's choice: blackbody below 5000 K, daylight from 5000 K. */
    CUSTOM("custom temperature");

    private final String label;

    ReferenceChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
