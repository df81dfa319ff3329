package org.hybridlight.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.design.CachedSpectrumFiles;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.DesignReader;

/**
 * Adds units to the design (of a kind, or a measured LED from its spectrum file) and removes them after asking;
 * each is one step for undo (the design's unit list makes it so). Owned by its {@link DesignViewModel}.
 */
public final class UnitRoster {

    private final DesignViewModel design;
    private final CachedSpectrumFiles spectrumFiles;

    UnitRoster(DesignViewModel design, CachedSpectrumFiles spectrumFiles) {
        this.design = design;
        this.spectrumFiles = spectrumFiles;
    }

    /** Adds a unit with the paper's defaults, driven at the smallest weight of the others (1 alone). */
    public void addUnit() {
        addUnit(UnitKind.LED_QD);
    }

    /**
     * Adds a unit of the given kind with the defaults (an LED-QD unit the paper's; a plain LED the paper's LED; a
     * pc-LED a broad 560 nm band), driven at the smallest weight of the others (1 alone). One step for undo.
     */
    public void addUnit(UnitKind kind) {
        if (design.units().size() >= PhysicalLimits.MAX_UNITS) {
            return;
        }
        UnitViewModel u = newUnit();
        u.kindProperty().set(kind);
        design.units().add(u);
    }

    /**
     * Adds a plain LED channel whose spectrum is measured, from a spectrum file the chooser gives (any format the
     * spectrum reader knows, one spectrum; read by the design reader through the spectrum reader). A file that
     * cannot be read is refused with its message and nothing added.
     *
     * @return what happened: added, or why not (cancelled, too many units, the file's problem)
     */
    public String addMeasuredLedUnit(Supplier<Path> chooser) {
        if (design.units().size() >= PhysicalLimits.MAX_UNITS) {
            return "a design has at most " + PhysicalLimits.MAX_UNITS + " units";
        }
        Path f = chooser.get();
        if (f == null) {
            return "cancelled";
        }
        String name = f.getFileName().toString();
        UnitViewModel u = newUnit();
        u.nameProperty().set(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        u.kindProperty().set(UnitKind.PLAIN_LED);
        u.ledSpectrumFileProperty().set(f.toAbsolutePath().normalize().toString());
        u.ledShapeProperty().set(LedShape.MEASURED);
        // validated as a design of this one unit first: a bad file leaves the design as it was
        try {
            DesignReader.fromJson(f, new DesignJson.File(design.temperatureK().get(), "auto", null,
                    List.of(u.toJson())), spectrumFiles);
        } catch (InputException e) {
            return "cannot use " + name + ": " + e.getMessage();
        }
        design.units().add(u);
        return "added " + u.nameProperty().get() + " (measured LED spectrum)";
    }

    private UnitViewModel newUnit() {
        UnitViewModel u = UnitViewModel.paperDefault("unit " + (design.units().size() + 1));
        // at the smallest weight already in use: it joins the white without swamping it
        design.units().stream().mapToDouble(x -> x.weight().get()).filter(w -> w > 0).min()
                .ifPresent(w -> u.weight().set(w));
        return u;
    }

    /**
     * Removes a unit after asking (the last unit stays: a design needs one). One step for undo, which brings it
     * back with its values.
     *
     * @return whether it was removed
     */
    public boolean removeUnit(UnitViewModel u, Confirmation confirmation) {
        int k = design.units().indexOf(u);
        if (k < 0 || design.units().size() <= 1 || !confirmation.confirm("Remove unit " + (k + 1) + ", '"
                + u.nameProperty().get() + "'? Undo (Ctrl+Z) brings it back.")) {
            return false;
        }
        design.units().remove(k);
        return true;
    }
}
