package org.hybridlight.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Uv;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.report.Paper;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.UnitResult;

/**
 * The designer's layers (MVVM). {@code org.hybridlight.ui} itself is the composition root ({@link GuiMain},
 * {@link Designer}, the JavaFX task executor): it may wire anything of ui. Views ({@code ui.view}) draw and bind
 * only: they use JavaFX, the view models and result values, never a class that computes. View models
 * ({@code ui.model}) do the work and stay testable without the toolkit.
 */
@AnalyzeClasses(packages = "org.hybridlight.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiLayerTest {

    @ArchTest
    static final ArchRule usesNoLaterModule = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.hybridlight.cli..")
            .because("modules use only those before them: cie-data → colorimetry → source-model → optimizer → "
                    + "cli, ui (cli and ui are siblings)");

    /**
     * An allow-list: a class of the model modules that is not named here (a new physics class too) is refused.
     * The values are records (or an enum) a view reads, and the file helpers a view needs to report and write.
     */
    @ArchTest
    static final ArchRule viewsUseViewModelsJavaFxAndResultValuesOnly = classes()
            .that().resideInAPackage("org.hybridlight.ui.view..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax.imageio..", "javafx..",
                    "org.hybridlight.ui.model..", "org.hybridlight.ui.view..",
                    // the shared plot drawing routines (the command line draws the same plots), and SVG
                    "org.hybridlight.colorimetry.plot..", "org.jfree.svg..")
                    .or(belongToAnyOf(Colorimetry.class, CctDuv.class, ColourRendering.class, Tm30Result.class,
                            Chromaticity.class, Uv.class, Xyz.class, WavelengthGrid.class, HybridResult.class,
                            UnitResult.class, LedShape.class, InputException.class, ExitCode.class,
                            AtomicFiles.class, Paper.class)))
            .because("views bind to view models and never touch physics (GUIDE: MVVM in ui)");

    @ArchTest
    static final ArchRule viewModelsUseNoToolkit = noClasses()
            .that().resideInAPackage("org.hybridlight.ui.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.concurrent..",
                    "javafx.application..", "javafx.stage..")
            .because("view models are tested without the JavaFX toolkit; properties and collections are fine");

    @ArchTest
    static final ArchRule viewModelsKnowNoViews = noClasses()
            .that().resideInAPackage("org.hybridlight.ui.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hybridlight.ui.view..", "org.hybridlight.ui")
            .because("the composition root wires views to view models, never the other way round");
}
