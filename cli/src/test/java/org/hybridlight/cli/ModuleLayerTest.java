package org.hybridlight.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line uses the modules before it, never the designer (cli and ui are siblings). */
@AnalyzeClasses(packages = "org.hybridlight.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayerTest {

    @ArchTest
    static final ArchRule usesNoLaterModule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.hybridlight.ui..")
            .because("modules use only those before them: cie-data → colorimetry → source-model → optimizer → "
                    + "cli, ui");
}
