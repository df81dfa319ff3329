package org.hybridlight.colorimetry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The colorimetry module uses cie-data only: none of the modules after it. */
@AnalyzeClasses(packages = "org.hybridlight.colorimetry", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayerTest {

    @ArchTest
    static final ArchRule usesNoLaterModule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.hybridlight.source..", "org.hybridlight.optimizer..", "org.hybridlight.cli..", "org.hybridlight.ui..")
            .because("modules use only those before them: cie-data → colorimetry → source-model → optimizer → "
                    + "cli, ui");
}
