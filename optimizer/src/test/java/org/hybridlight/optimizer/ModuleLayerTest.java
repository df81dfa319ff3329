package org.hybridlight.optimizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The optimizer uses the modules before it only: neither the command line nor the designer. */
@AnalyzeClasses(packages = "org.hybridlight.optimizer", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayerTest {

    @ArchTest
    static final ArchRule usesNoLaterModule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.hybridlight.cli..", "org.hybridlight.ui..")
            .because("modules use only those before them: cie-data → colorimetry → source-model → optimizer → "
                    + "cli, ui");
}
