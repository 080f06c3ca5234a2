package io.factdesk.verification.claimview;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionApproval;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claimview.ClaimDetail.HistoryEntry;
import io.factdesk.verification.claimview.ClaimDetail.LinkedClaim;
import io.factdesk.verification.claimview.ClaimDetail.Member;
import io.factdesk.verification.claimview.ClaimDetail.PendingCorrection;
import io.factdesk.verification.claimview.ClaimDetail.PublishedVerdict;
import io.factdesk.verification.claimview.ClaimDetail.ReviewRound;
import io.factdesk.verification.claimview.ClaimDetail.ScaleEntry;
import io.factdesk.verification.claimview.ClaimDetail.TagItem;
import io.factdesk.verification.finding.Tags;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way staff channels read a claim: the desk's claim page and the API ask here, scoped to the actor's
 * organisation (another organisation's claim is not found). Reads only; changes go through the workflow. Answers
 * are plain data: entities stay inside this class's transaction.
 */
@ApplicationScoped
@Transactional
public class ClaimViews {

    @Inject
    ClaimService claims;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimMatcher matcher;

    @Inject
    Tags tags;

    /** Everything about one claim, with what the actor may do with it now. */
    public ClaimDetail detail(Actor actor, long claimId) {
        Claim claim = claims.find(actor, claimId);
        Review review = Review.latestOf(claim).orElse(null);
        List<String> approvers = review == null ? List.of()
                : Approval.of(review).stream().map(a -> a.editor).toList();
        CorrectionProposal pending = CorrectionProposal.pendingFor(claim.id).orElse(null);
        Set<String> correctionApprovers = pending == null ? Set.of()
                : CorrectionApproval.of(pending).stream().map(a -> a.editor).collect(Collectors.toSet());
        return new ClaimDetail(ClaimSummary.of(claim), workflow.allowed(actor, claim), history(claim),
                Appearance.of(claim).stream().map(AppearanceItem::of).toList(),
                Evidence.of(claim).stream().map(EvidenceItem::of).toList(), round(review), approvers,
                Rating.scaleOf(claim.organisation).stream()
                        .map(r -> new ScaleEntry(r.code, r.labelIn(claim.language), r.colour)).toList(),
                OrganisationMember.<OrganisationMember>list("organisation = ?1 order by displayName",
                        claim.organisation).stream().map(m -> new Member(m.username, m.displayName)).toList(),
                claim.organisation.approvalsRequired,
                Verdict.findByClaim(claim).map(v -> new PublishedVerdict(v.id, v.slug)).orElse(null),
                pending == null ? null : new PendingCorrection(pending.proposedBy, pending.note, pending.ratingCode,
                        pending.explanation),
                correctionApprovers, linked(claim),
                tags.of(actor, claim.id).stream().map(t -> new TagItem(t.id, t.name)).toList());
    }

    /** The claim alone, with what the actor may do with it now. */
    public ClaimWithActions claim(Actor actor, long claimId) {
        Claim claim = claims.find(actor, claimId);
        return new ClaimWithActions(ClaimSummary.of(claim), workflow.allowed(actor, claim));
    }

    /** The claim's evidence, in the order it was added. */
    public List<EvidenceItem> evidence(Actor actor, long claimId) {
        return Evidence.of(claims.find(actor, claimId)).stream().map(EvidenceItem::of).toList();
    }

    /** Where the claim was seen. */
    public List<AppearanceItem> appearances(Actor actor, long claimId) {
        return Appearance.of(claims.find(actor, claimId)).stream().map(AppearanceItem::of).toList();
    }

    /**
     * Up to {@code limit} earlier claims and published verdicts that may say the same as the claim, best first,
     * each marked when a reviewer already confirmed it as the same claim.
     */
    public List<EarlierMatch> earlierMatches(Actor actor, long claimId, int limit) {
        Claim claim = claims.find(actor, claimId);
        Map<Long, ClaimMatch.Decision> decided = new HashMap<>();
        ClaimMatch.listFor(claim).forEach(m -> decided.putIfAbsent(m.matchedClaim.id, m.decision));
        return matcher.matchesForClaim(claim, limit).stream()
                .map(m -> new EarlierMatch(m, decided.get(m.claimId()) == ClaimMatch.Decision.CONFIRMED)).toList();
    }

    private static List<HistoryEntry> history(Claim claim) {
        return WorkflowEvent.trailOf(claim).stream()
                .map(e -> new HistoryEntry(e.type, e.actor, e.fromState, e.toState, e.note, e.occurredAt)).toList();
    }

    private static ReviewRound round(Review review) {
        return review == null ? null : new ReviewRound(review.round, review.author, review.headline, review.summary,
                review.analysis, review.proposedRating, review.status, review.returnNote);
    }

    /** The claim this one was confirmed to repeat: its published verdict, else that claim on the desk. */
    private static LinkedClaim linked(Claim claim) {
        if (claim.duplicateOf == null) {
            return null;
        }
        Claim other = claim.duplicateOf;
        return new LinkedClaim(other.id, other.text, Verdict.findByClaim(other).map(v -> "/verdicts/" + v.slug)
                .orElse("/desk/claims/" + other.id));
    }
}
