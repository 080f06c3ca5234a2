package io.factdesk.verification.claim;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Appearance;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.OrganisationClaims;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.common.Texts;
import io.factdesk.verification.language.LanguageDetector;
import io.quarkus.panache.common.Parameters;
import io.factdesk.verification.language.SearchTerms;
import io.factdesk.verification.matching.ClaimEmbeddings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Creating, editing, reading and listing claims for staff, always within the actor's organisation. State changes
 * are the review workflow's job; this service never moves a claim between states.
 */
@ApplicationScoped
public class ClaimService {

    private static final String ORG = "c.organisation = :org";
    private static final LanguageDetector LANGUAGES = new LanguageDetector();

    @Inject
    ClaimEmbeddings embeddings;

    /** Creates a SUBMITTED claim (and its first appearance, if given) and records ClaimSubmitted. Reviewer role. */
    @Transactional
    public Claim create(Actor actor, ClaimDraft draft) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        if (draft == null) {
            throw InvalidInput.of("text", "blank");
        }
        Claim claim = Claim.submitted(actor.organisation(), Texts.required("text", draft.text(), ClaimDraft.TEXT_LENGTH),
                Texts.optional("claimant", draft.claimant(), ClaimDraft.CLAIMANT_LENGTH), actor.username());
        claim.claimedOn = draft.claimedOn();
        claim.claimantKind = claim.claimant == null ? null : draft.claimantKind();
        claim.language = draft.language() == null ? LANGUAGES.detect(claim.text) : language(draft.language());
        claim.topics = Texts.optional("topics", draft.topics(), ClaimDraft.TOPICS_LENGTH);
        claim.searchTerms = SearchTerms.of(claim.text, claim.claimant);
        Appearance appearance = draft.appearance() == null ? null : AppearanceService.build(claim, draft.appearance());
        claim.persist();
        if (appearance != null) {
            appearance.persist();
        }
        WorkflowEvent.record(claim, "ClaimSubmitted", actor.username(), null, ClaimState.SUBMITTED, null);
        Claim.flush();
        embeddings.embed(claim);
        return claim;
    }

    /**
     * Replaces text, claimant, date and topics while the claim is editable (SUBMITTED or IN_REVIEW).
     *
     * @param expectedVersion the version the caller last saw; null skips the check
     * @throws StaleVersion if the claim changed since; nothing is written
     * @throws Conflict {@code not-editable} once the claim was reviewed, rated or dismissed
     */
    @Transactional
    public Claim update(Actor actor, long claimId, ClaimEdit edit, Long expectedVersion) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Claim claim = find(actor, claimId);
        requireVersion(claim, expectedVersion);
        if (!claim.isEditable()) {
            throw Conflict.of("not-editable");
        }
        if (edit == null) {
            throw InvalidInput.of("text", "blank");
        }
        claim.text = Texts.required("text", edit.text(), ClaimDraft.TEXT_LENGTH);
        claim.claimant = Texts.optional("claimant", edit.claimant(), ClaimDraft.CLAIMANT_LENGTH);
        claim.claimedOn = edit.claimedOn();
        claim.claimantKind = claim.claimant == null ? null : edit.claimantKind();
        claim.topics = Texts.optional("topics", edit.topics(), ClaimDraft.TOPICS_LENGTH);
        claim.searchTerms = SearchTerms.of(claim.text, claim.claimant);
        if (edit.language() != null) {
            claim.language = language(edit.language());
        }
        claim.touch();
        WorkflowEvent.record(claim, "ClaimEdited", actor.username(), claim.state(), claim.state(), null);
        Claim.flush();
        embeddings.embed(claim);
        return claim;
    }

    /** One claim of the actor's organisation; {@link NotFound} for unknown ids and other organisations' claims. */
    @Transactional
    public Claim get(Actor actor, long claimId) {
        return find(actor, claimId);
    }

    /** One of the desk queues for the actor. */
    @Transactional
    public Paged<Claim> queue(Actor actor, DeskQueue queue, PageRequest page) {
        return page(queueWhere(actor, queue), queueParams(actor, queue), page);
    }

    /** How many claims each desk queue holds for the actor. */
    @Transactional
    public QueueCounts counts(Actor actor) {
        return new QueueCounts(count(actor, DeskQueue.MINE), count(actor, DeskQueue.UNASSIGNED),
                count(actor, DeskQueue.AWAITING_MY_APPROVAL), count(actor, DeskQueue.RETURNED_TO_ME));
    }

    /** For other services: the claim if it belongs to the actor's organisation, else {@link NotFound}. */
    public Claim find(Actor actor, long claimId) {
        return OrganisationClaims.get(actor, claimId);
    }

    /** For other services: refuses with {@link StaleVersion} when the caller saw an older version. */
    public static void requireVersion(Claim claim, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new StaleVersion("claim", claim.version());
        }
    }

    private long count(Actor actor, DeskQueue queue) {
        return Claim.count("from Claim c where " + queueWhere(actor, queue), queueParams(actor, queue));
    }

    private static String queueWhere(Actor actor, DeskQueue queue) {
        return ORG + " and " + switch (queue) {
            case MINE -> "c.assignee = :me and c.state in (io.factdesk.core.claim.ClaimState.IN_REVIEW, io.factdesk.core.claim.ClaimState.REVIEWED)";
            case UNASSIGNED -> "c.state = io.factdesk.core.claim.ClaimState.SUBMITTED and c.assignee is null";
            case AWAITING_MY_APPROVAL -> actor.has(StaffRole.EDITOR)
                    ? "((c.state = io.factdesk.core.claim.ClaimState.REVIEWED and exists (select r from Review r where r.claim = c"
                            + " and r.status = io.factdesk.core.review.ReviewStatus.SUBMITTED and r.author <> :me"
                            + " and not exists (select a from Approval a where a.review = r and a.editor = :me)))"
                            + " or (c.state = io.factdesk.core.claim.ClaimState.RATED and exists (select p from"
                            + " CorrectionProposal p where p.claimId = c.id and p.status ="
                            + " io.factdesk.core.verdict.CorrectionProposal.Status.PENDING and p.proposedBy <> :me"
                            + " and not exists (select ca from CorrectionApproval ca where ca.proposal = p"
                            + " and ca.editor = :me))))"
                    : "1 = 0";
            case RETURNED_TO_ME -> "c.state = io.factdesk.core.claim.ClaimState.IN_REVIEW and c.assignee = :me and exists (select r from Review r"
                    + " where r.claim = c and r.status = io.factdesk.core.review.ReviewStatus.RETURNED"
                    + " and r.round = (select max(r2.round) from Review r2 where r2.claim = c))";
        };
    }

    private static Parameters queueParams(Actor actor, DeskQueue queue) {
        Parameters params = Parameters.with("org", actor.organisation());
        // Hibernate refuses parameters a query does not use.
        return queueWhere(actor, queue).contains(":me") ? params.and("me", actor.username()) : params;
    }

    private static Paged<Claim> page(String where, Parameters params, PageRequest page) {
        PageRequest p = page == null ? PageRequest.first() : page;
        var query = Claim.<Claim>find("from Claim c where " + where + " order by c.updatedAt desc, c.id desc", params);
        List<Claim> items = query.page(p.page() - 1, p.size()).list();
        return new Paged<>(items, p.page(), p.size(), query.count());
    }

    private static String language(String language) {
        String value = Texts.required("language", language, 10);
        if (!Texts.isLanguageTag(value)) {
            throw InvalidInput.of("language", "language_code");
        }
        return value;
    }
}
