package io.factdesk.web.desk;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claimview.ClaimDetail;
import io.factdesk.verification.claimview.ClaimDetail.PublishedVerdict;
import io.factdesk.verification.claimview.ClaimViews;
import io.factdesk.verification.verdict.VerdictTranslations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the claim page's data as plain records ({@link ClaimViews}) and renders it. */
@ApplicationScoped
public class ClaimPages {

    /** How many earlier checks the claim page lists. */
    static final int EARLIER_CHECKS = 5;

    @Inject
    ClaimViews views;

    @Inject
    VerdictTranslations translations;

    /** The rendered page, with what the viewer typed into its forms. */
    public String render(Actor me, long claimId, FormState state) {
        ClaimDetail detail = views.detail(me, claimId);
        List<EarlierCheck> earlier = views.earlierMatches(me, claimId, EARLIER_CHECKS).stream()
                .map(m -> EarlierCheck.of(m.match(), me.organisation().id, m.confirmed())).toList();
        ClaimPage page = new ClaimPage(me, detail, Actions.of(detail.allowed()), state, earlier,
                me.has(StaffRole.REVIEWER), translationPanel(me, detail.verdict()));
        return Claims.Templates.show(page).render();
    }

    private TranslationPanel translationPanel(Actor me, PublishedVerdict verdict) {
        if (verdict == null || !me.has(StaffRole.EDITOR)) {
            return null;
        }
        return new TranslationPanel(translations.of(verdict.slug()),
                translations.candidates(me, verdict.id(), TranslationLinks.CANDIDATES));
    }
}
