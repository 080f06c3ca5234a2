package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.aPublishedVerdict;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Refused;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchDecisionsTest {

    @Inject
    MatchDecisions decisions;

    @Inject
    ClaimMatcher matcher;

    private Organisation desk;
    private Organisation other;
    private long newClaim;
    private long earlierVerdictClaim;
    private long otherDraft;

    @BeforeEach
    void claims() {
        QuarkusTransaction.requiringNew().run(() -> {
            desk = anOrganisation("Decisions Desk");
            other = anOrganisation("Decisions Other");
            earlierVerdictClaim = aPublishedVerdict(other, "Putin said Russia helped to shape the United States.").id;
            otherDraft = aClaim(other, "Putin claimed Russia shaped America.").id;
            newClaim = aClaim(desk, "Putin claimed that Russia had a role in shaping the United States.").id;
        });
    }

    private Actor reviewer(Organisation organisation) {
        return new Actor("rita", "Rita Reviewer", organisation, Set.of(StaffRole.REVIEWER));
    }

    @Test
    void confirmingLinksTheClaimToTheEarlierVerdict() {
        ClaimMatch match = decisions.confirm(reviewer(desk), newClaim, earlierVerdictClaim, "same statement");

        QuarkusTransaction.requiringNew().run(() -> {
            ClaimMatch stored = ClaimMatch.findById(match.id);
            assertThat(stored.decision).isEqualTo(ClaimMatch.Decision.CONFIRMED);
            assertThat(stored.matchedVerdict).isNotNull();
            assertThat(stored.score).isGreaterThan(0);
            assertThat(stored.decidedBy).isEqualTo("rita");
            assertThat(Claim.<Claim>findById(newClaim).duplicateOf.id).isEqualTo(earlierVerdictClaim);
        });
    }

    @Test
    void aRejectedMatchIsNotSuggestedAgain() {
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.findById(newClaim));
        assertThat(matcher.matchesForClaim(claim, 10)).anyMatch(m -> m.claimId() == earlierVerdictClaim);

        ClaimMatch rejected = decisions.reject(reviewer(desk), newClaim, earlierVerdictClaim, null);

        assertThat(matcher.matchesForClaim(claim, 10)).noneMatch(m -> m.claimId() == earlierVerdictClaim);
        assertThat(rejected.score).isGreaterThan(0);

        ClaimMatch confirmedLater = decisions.confirm(reviewer(desk), newClaim, earlierVerdictClaim, "on reflection");
        assertThat(confirmedLater.id).isEqualTo(rejected.id);
        assertThat(confirmedLater.decision).isEqualTo(ClaimMatch.Decision.CONFIRMED);
        assertThat(confirmedLater.score).isEqualTo(rejected.score);
    }

    @Test
    void refusesAnotherOrganisationsDraftAndForeignClaims() {
        assertThatThrownBy(() -> decisions.confirm(reviewer(desk), newClaim, otherDraft, null))
                .isInstanceOf(NotFound.class).hasMessageContaining("no claim " + otherDraft);
        assertThatThrownBy(() -> decisions.confirm(reviewer(other), newClaim, earlierVerdictClaim, null))
                .isInstanceOf(NotFound.class).hasMessageContaining("no claim " + newClaim);
        assertThatThrownBy(() -> decisions.confirm(new Actor("reader", null, desk, Set.of()), newClaim,
                earlierVerdictClaim, null)).isInstanceOf(NotPermitted.class)
                .extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.FORBIDDEN);
    }
}
