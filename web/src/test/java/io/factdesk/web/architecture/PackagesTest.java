package io.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages depend on each other one way within each module, so a package can be read (and tested) without the
 * ones above it: the text pipeline of the aids does not reach back into the services that store its results.
 *
 * The text pipeline itself is plain Java, so its tests never boot Quarkus.
 *
 * <p>{@code core} is left out of the cycle rule on purpose: its packages are the entities, and Jakarta Persistence associations
 * run both ways (a claim knows its article and the article its claims), so those packages form one model.
 */
class PackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.factdesk");
    }

    @Test
    void verificationPackagesHaveNoCycles() {
        slices().matching("io.factdesk.verification.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void apiPackagesHaveNoCycles() {
        slices().matching("io.factdesk.api.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webPackagesHaveNoCycles() {
        slices().matching("io.factdesk.web.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTextPipelineIsPlainJava() {
        noClasses().that().resideInAnyPackage("io.factdesk.verification.ingestion..",
                        "io.factdesk.verification.analysis..", "io.factdesk.verification.checkworthiness..",
                        "io.factdesk.verification.sourcing..", "io.factdesk.verification.language..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "org.eclipse.microprofile..")
                .check(classes);
    }
}
