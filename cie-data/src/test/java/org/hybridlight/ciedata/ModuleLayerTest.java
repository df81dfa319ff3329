package org.hybridlight.ciedata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** cie-data is the first module: its classes use none of the modules after it. */
@AnalyzeClasses(packages = "org.hybridlight.ciedata", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayerTest {

    @ArchTest
    static final ArchRule usesNoLaterModule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.hybridlight.colorimetry..", "org.hybridlight.source..", "org.hybridlight.optimizer..",
            "org.hybridlight.cli..", "org.hybridlight.ui..")
            .because("modules use only those before them: cie-data → colorimetry → source-model → optimizer → "
                    + "cli, ui");
}
