package io.factdesk.verification;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.Verdict;
import java.time.Instant;
import java.util.UUID;

/** Rows for database tests, each with unique natural keys so tests never collide. Call inside a transaction. */
public final class DatabaseFixtures {

    private DatabaseFixtures() {
    }

    public static Organisation anOrganisation(String name) {
        Organisation organisation = new Organisation();
        organisation.slug = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.name = name;
        organisation.persist();
        return organisation;
    }

    /** An organisation whose rating scale has one rating, "False" (code {@code false}), e.g. for imports. */
    public static Organisation anOrganisationRatingFalse(String name) {
        Organisation organisation = anOrganisation(name);
        Rating rating = new Rating();
        rating.organisation = organisation;
        rating.code = "false";
        rating.label = "False";
        rating.numericValue = 1;
        rating.position = 1;
        rating.colour = "#b00020";
        rating.persist();
        return organisation;
    }

    public static Claim aClaim(Organisation organisation, String text) {
        Claim claim = Claim.submitted(organisation, text, null, "reviewer");
        claim.persist();
        return claim;
    }

    public static Claim aDismissedClaim(Organisation organisation, String text) {
        Claim claim = aClaim(organisation, text);
        claim.moveTo(ClaimState.DISMISSED, null, "out of scope");
        return claim;
    }

    /** A rated claim with its published verdict. */
    public static Claim aPublishedVerdict(Organisation organisation, String text) {
        Claim claim = aClaim(organisation, text);
        claim.moveTo(ClaimState.RATED, null, null);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.organisation = organisation;
        verdict.slug = "verdict-" + UUID.randomUUID();
        verdict.firstPublishedAt = Instant.now();
        verdict.updatedAt = Instant.now();
        verdict.persist();
        return claim;
    }
}
