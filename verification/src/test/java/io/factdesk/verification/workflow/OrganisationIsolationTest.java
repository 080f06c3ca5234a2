package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.Refused;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff of organisation B can neither read nor change organisation A's drafts through the services. */
@QuarkusTest
class OrganisationIsolationTest {

    private static final String SECRET_TEXT = "Draft: the mayor took bribes";

    @Inject
    ReviewWorkflow workflow;

    @Inject
    StaffClaims claims;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Desk desk;

    Actor ritaOfA;
    Actor olgaOfB;
    Actor ottoOfB;
    long draftOfA;
    long version;

    @BeforeEach
    void setUp() {
        Organisation a = desk.organisation(1, 1);
        Organisation b = desk.organisation(1, 1);
        ritaOfA = desk.reviewer(a, "rita");
        olgaOfB = desk.editor(b, "olga");
        ottoOfB = desk.reviewer(b, "otto");
        draftOfA = desk.reviewed(a, ritaOfA, SECRET_TEXT);
        version = desk.reload(draftOfA).version();
    }

    @Test
    void staffOfAnotherOrganisationCannotReadTheDraft() {
        assertThat(claims.find(olgaOfB, draftOfA)).isEmpty();
        assertNotFound(() -> claims.get(olgaOfB, draftOfA));
        assertNotFound(() -> claims.reviews(olgaOfB, draftOfA));
        assertNotFound(() -> claims.evidence(olgaOfB, draftOfA));
        assertNotFound(() -> auditTrail.of(olgaOfB, draftOfA));
        assertThat(claims.reviews(ritaOfA, draftOfA)).hasSize(1);
    }

    @Test
    void staffOfAnotherOrganisationCannotChangeTheDraft() {
        List<Consumer<Actor>> everyTransition = List.of(
                actor -> workflow.take(actor, draftOfA, null),
                actor -> workflow.assign(actor, draftOfA, ottoOfB.username(), null),
                actor -> workflow.addEvidence(actor, draftOfA,
                        new EvidenceDraft("https://b.example", null, "Planted", "B", null, null, null), null),
                actor -> workflow.submitReview(actor, draftOfA, new ReviewDraft("x", "true", null, null), null),
                actor -> workflow.approve(actor, draftOfA, null),
                actor -> workflow.returnForWork(actor, draftOfA, "no", null),
                actor -> workflow.dismiss(actor, draftOfA, "no", null),
                actor -> workflow.correct(actor, draftOfA, new CorrectionDraft("no", null, null, null, null), null),
                actor -> workflow.approveCorrection(actor, draftOfA, null),
                actor -> workflow.returnCorrection(actor, draftOfA, "no", null),
                actor -> workflow.reopen(actor, draftOfA, "no", null));

        for (Consumer<Actor> transition : everyTransition) {
            for (Actor outsider : List.of(olgaOfB, ottoOfB)) {
                assertThatThrownBy(() -> transition.accept(outsider))
                        .isInstanceOfSatisfying(NotFound.class, refused -> {
                            assertThat(refused.code()).isEqualTo(RefusalReason.NOT_FOUND.code());
                            assertThat(refused.getMessage()).doesNotContain("mayor");
                        });
            }
        }
        Claim unchanged = desk.reload(draftOfA);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(desk.eventTypes(draftOfA)).last().isEqualTo("ReviewSubmitted");
    }

    @Test
    void missingAndForeignClaimsLookTheSame() {
        var foreign = catchRefusal(() -> workflow.approve(olgaOfB, draftOfA, null));
        var missing = catchRefusal(() -> workflow.approve(olgaOfB, Long.MAX_VALUE, null));

        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage());
        assertThat(foreign.code()).isEqualTo(missing.code());
    }

    private static Refused catchRefusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (Refused refused) {
            return refused;
        } catch (Throwable other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("not refused");
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class).hasMessageNotContaining("mayor");
    }
}
