package io.factdesk.verification.finding;

import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.ReviewWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One action on many selected claims. Each claim is handled on its own, in its own transaction: state changes go
 * through the review workflow with that claim's rules, so one refusal neither stops nor undoes the others.
 */
@ApplicationScoped
public class BulkActions {

    /** The most claims one bulk action takes: a full page of the list. */
    public static final int MAX_CLAIMS = 100;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    Tags tags;

    /** Assigns each claim to the reviewer (the workflow's assign: editors, open claims, staff of the organisation). */
    public BulkOutcome assign(Actor actor, List<Long> claimIds, String assignee) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        if (assignee == null || assignee.isBlank()) {
            throw InvalidInput.of("assignee", "blank");
        }
        return each(claimIds, id -> workflow.assign(actor, id, assignee.strip(), null));
    }

    /** Dismisses each claim with the same reason (the workflow's dismiss: editors, claims not yet rated). */
    public BulkOutcome dismiss(Actor actor, List<Long> claimIds, String reason) {
        NotPermitted.unlessHas(actor, StaffRole.EDITOR);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "blank");
        }
        return each(claimIds, id -> workflow.dismiss(actor, id, reason.strip(), null));
    }

    /** Puts the tag on each claim; a claim that already has it is reported as refused ("already-tagged"). */
    public BulkOutcome tag(Actor actor, List<Long> claimIds, String tag) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        String name = Tags.name(tag);
        return each(claimIds, id -> {
            if (!tags.add(actor, id, name)) {
                throw new AlreadyTagged();
            }
        });
    }

    private static BulkOutcome each(List<Long> claimIds, LongConsumer action) {
        if (claimIds == null || claimIds.isEmpty()) {
            throw InvalidInput.of("claim", "no_claim_selected");
        }
        if (claimIds.size() > MAX_CLAIMS) {
            throw InvalidInput.of("claim", "too_many_claims", MAX_CLAIMS);
        }
        int done = 0;
        List<BulkOutcome.Refused> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(claimIds)) {
            try {
                action.accept(id);
                done++;
            } catch (NotFound | StaleVersion e) {
                refused.add(new BulkOutcome.Refused(id, e.code()));
            } catch (Refused e) {
                if (!e.byWorkflow()) {
                    throw e; // the request itself is refused (e.g. the role), not this one claim
                }
                refused.add(new BulkOutcome.Refused(id, e.code()));
            } catch (OptimisticLockException e) {
                refused.add(new BulkOutcome.Refused(id, RefusalReason.STALE_VERSION.code()));
            } catch (AlreadyTagged e) {
                refused.add(new BulkOutcome.Refused(id, AlreadyTagged.CODE));
            }
        }
        return new BulkOutcome(done, refused);
    }

    /** The claim had the tag already. */
    static final class AlreadyTagged extends RuntimeException {
        static final String CODE = "already-tagged";

        AlreadyTagged() {
            super(CODE, null, false, false);
        }
    }
}
