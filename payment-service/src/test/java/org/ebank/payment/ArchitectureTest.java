package org.ebank.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ebank.platform.testing.ArchitectureRules;

/** The shape every service keeps (see ArchitectureRules), checked on payment-service's classes. */
@AnalyzeClasses(packages = "org.ebank.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shape = ArchitectureRules.all("payment");
}
