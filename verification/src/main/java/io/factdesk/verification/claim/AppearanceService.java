package io.factdesk.verification.claim;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records where claims were seen. Appearances can be added in any state: a claim keeps resurfacing. */
@ApplicationScoped
public class AppearanceService {

    @Inject
    ClaimService claims;

    /** Adds an appearance to a claim of the actor's organisation (reviewer role). */
    @Transactional
    public Appearance add(Actor actor, long claimId, AppearanceDraft draft) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Claim claim = claims.find(actor, claimId);
        Appearance appearance = build(claim, draft);
        appearance.persist();
        WorkflowEvent.record(claim, "AppearanceAdded", actor.username(), claim.state(), claim.state(),
                appearance.url != null ? appearance.url : appearance.outlet);
        return appearance;
    }

    /** A validated, unsaved appearance (also used when a claim is created with its first appearance). */
    public static Appearance build(Claim claim, AppearanceDraft draft) {
        if (draft == null) {
            throw InvalidInput.of("appearance", "empty");
        }
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.url = Texts.optionalUrl("url", draft.url());
        appearance.quote = Texts.optional("quote", draft.quote(), 20_000);
        appearance.outlet = Texts.optional("outlet", draft.outlet(), 200);
        appearance.appearedOn = draft.appearedOn();
        if (appearance.url == null && appearance.quote == null) {
            throw InvalidInput.of("url", "url_or_quote");
        }
        return appearance;
    }
}
