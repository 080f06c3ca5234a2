package io.factdesk.verification.workflow;

import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.PublishedEvidence;
import io.factdesk.core.verdict.VerdictRevision;
import io.factdesk.verification.language.SearchTerms;
import java.util.ArrayList;

/**
 * Takes the public snapshot of a claim at the moment its verdict is approved. Only approval and import take one;
 * a correction carries the approved snapshot forward, so the public never reads rows that are still being edited.
 */
final class Snapshots {

    private Snapshots() {
    }

    static void take(VerdictRevision revision, Claim claim) {
        revision.claimText = claim.text;
        revision.claimant = claim.claimant;
        revision.claimantKind = claim.claimantKind;
        revision.claimedOn = claim.claimedOn;
        revision.claimLanguage = claim.language;
        revision.searchTerms = SearchTerms.of(claim.text, claim.claimant);
        revision.evidence = new ArrayList<>(Evidence.of(claim).stream().map(PublishedEvidence::of).toList());
        revision.appearances = new ArrayList<>(Appearance.of(claim).stream().map(PublishedAppearance::of).toList());
    }
}
