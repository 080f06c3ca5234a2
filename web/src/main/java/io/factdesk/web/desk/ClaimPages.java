package io.factdesk.web.desk;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.evidence.Evidence;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.review.Approval;
import io.factdesk.core.review.Review;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.verdict.CorrectionProposal;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Loads and renders the claim page in one transaction (entities are read while the page renders). */
@ApplicationScoped
public class ClaimPages {

    /** How many earlier checks the claim page lists. */
    static final int EARLIER_CHECKS = 5;

    @Inject
    ClaimService claims;

    @Inject
    ClaimMatcher matcher;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    VerdictTranslations translations;

    /** The rendered page; {@code form}, {@code errors}, {@code refusal}, {@code notice} may be empty/null. */
    @Transactional
    public String render(Actor me, long claimId, Map<String, String> form, Map<String, String> errors,
            String refusal, String notice, String preview) {
        Claim claim = claims.get(me, claimId);
        Review review = Review.latestOf(claim).orElse(null);
        List<String> approvers = review == null ? List.of()
                : Approval.of(review).stream().map(a -> a.editor).toList();
        CorrectionProposal pending = CorrectionProposal.pendingFor(claim.id).orElse(null);
        Verdict verdict = Verdict.findByClaim(claim).orElse(null);
        ClaimPage page = new ClaimPage(me, claim, WorkflowEvent.trailOf(claim), Appearance.of(claim),
                Evidence.of(claim), review, approvers, Rating.scaleOf(claim.organisation),
                OrganisationMember.list("organisation = ?1 order by displayName", claim.organisation),
                verdict, Actions.of(workflow.allowed(me, claim)), form, errors,
                refusal, notice, preview, earlierChecks(me, claim),
                linkedHref(claim), me.has(StaffRole.REVIEWER), pending, translationPanel(me, verdict));
        return Claims.Templates.show(page).render();
    }

    private List<EarlierCheck> earlierChecks(Actor me, Claim claim) {
        Map<Long, ClaimMatch.Decision> decided = new java.util.HashMap<>();
        ClaimMatch.listFor(claim).forEach(m -> decided.putIfAbsent(m.matchedClaim.id, m.decision));
        return matcher.matchesForClaim(claim, EARLIER_CHECKS).stream()
                .map(m -> EarlierCheck.of(m, me, decided.get(m.claimId()))).toList();
    }

    private TranslationPanel translationPanel(Actor me, Verdict verdict) {
        if (verdict == null || !me.has(StaffRole.EDITOR)) {
            return null;
        }
        return new TranslationPanel(translations.of(verdict.slug),
                translations.candidates(me, verdict.id, TranslationLinks.CANDIDATES));
    }

    private static String linkedHref(Claim claim) {
        if (claim.duplicateOf == null) {
            return null;
        }
        return Verdict.findByClaim(claim.duplicateOf).map(v -> "/verdicts/" + v.slug)
                .orElse("/desk/claims/" + claim.duplicateOf.id);
    }
}
