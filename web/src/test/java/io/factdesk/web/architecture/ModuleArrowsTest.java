package io.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.factdesk.core.claim.Claim;
import io.factdesk.verification.claimview.ClaimDetail;
import io.factdesk.web.desk.Actions;
import io.factdesk.web.desk.ClaimPage;
import io.factdesk.web.desk.EarlierCheck;
import io.factdesk.web.desk.FormState;
import io.factdesk.web.desk.TranslationPanel;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module arrows one way (web → api → verification → core) and keeps state changes inside the review
 * workflow. ArchUnit fails a rule whose "that" matches no class, so an emptied package cannot pass silently.
 */
class ModuleArrowsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.factdesk");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.factdesk.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.factdesk.verification..", "io.factdesk.api..", "io.factdesk.web..")
                .check(classes);
    }

    @Test
    void verificationDependsOnlyOnCore() {
        noClasses().that().resideInAPackage("io.factdesk.verification..")
                .should().dependOnClassesThat().resideInAnyPackage("io.factdesk.api..", "io.factdesk.web..")
                .check(classes);
    }

    @Test
    void apiDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("io.factdesk.api..")
                .should().dependOnClassesThat().resideInAPackage("io.factdesk.web..")
                .check(classes);
    }

    @Test
    void theClaimPageRendersPlainDataOnly() {
        // The viewer (Actor) is the one exception: every desk page's navigation reads it.
        noClasses().that().belongToAnyOf(ClaimPage.class, ClaimDetail.class, Actions.class, FormState.class,
                        EarlierCheck.class, TranslationPanel.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(MappedSuperclass.class)
                .check(classes);
    }

    @Test
    void onlyTheReviewWorkflowChangesAClaimsState() {
        noClasses().that().resideOutsideOfPackage("io.factdesk.verification.workflow..")
                .and().doNotBelongToAnyOf(Claim.class)
                .should().callMethod(Claim.class, "moveTo", io.factdesk.core.claim.ClaimState.class,
                        String.class, String.class)
                .check(classes);
    }
}
