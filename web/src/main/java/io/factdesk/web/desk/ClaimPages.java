package io.factdesk.web.desk;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimMatch;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.claimview.ClaimDetail;
import io.factdesk.verification.claimview.ClaimViews;
import io.factdesk.verification.matching.ClaimMatcher;
import io.factdesk.verification.verdict.VerdictTranslations;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Reads and renders the claim page in one transaction (entities are read while the page renders). */
@ApplicationScoped
public class ClaimPages {

    /** How many earlier checks the claim page lists. */
    static final int EARLIER_CHECKS = 5;

    @Inject
    ClaimViews views;

    @Inject
    ClaimMatcher matcher;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    VerdictTranslations translations;

    /** The rendered page, with what the viewer typed into its forms. */
    @Transactional
    public String render(Actor me, long claimId, FormState state) {
        ClaimDetail detail = views.detail(me, claimId);
        Actions actions = Actions.of(workflow.allowed(me, detail.claim()));
        ClaimPage page = new ClaimPage(me, detail, actions, state, earlierChecks(me, detail.claim()),
                me.has(StaffRole.REVIEWER), translationPanel(me, detail.verdict()));
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
}
