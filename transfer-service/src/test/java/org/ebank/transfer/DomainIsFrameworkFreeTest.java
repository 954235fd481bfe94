package org.ebank.transfer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.ebank.transfer", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule feesAndTransfersAreFrameworkFree = noClasses()
            .that().resideInAnyPackage("..fee.domain..", "..fee.rules..", "..transfer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.r2dbc..", "com.fasterxml..",
                    "reactor..", "org.ebank.platform..", "jakarta..");
}
