package io.factdesk.verification.finding;

import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.Tag;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The organisation's claim tags: reviewers and editors put them on claims and take them off. A tag is created
 * the first time its name is used. Tagging changes no state; each change is recorded in the claim's history.
 */
@ApplicationScoped
public class Tags {

    @Inject
    EntityManager em;

    @Inject
    ClaimService claims;

    /** Every tag of the actor's organisation, alphabetically. */
    @Transactional
    public List<Tag> all(Actor actor) {
        return Tag.ofOrganisation(actor.organisation());
    }

    /** The claim's tags, alphabetically; {@link NotFound} for another organisation's claim. */
    @Transactional
    public List<Tag> of(Actor actor, long claimId) {
        Claim claim = claims.find(actor, claimId);
        return em.createNativeQuery("select t.* from tag t join claim_tag ct on ct.tag_id = t.id"
                + " where ct.claim_id = :claim order by lower(t.name)", Tag.class).setParameter("claim", claim.id)
                .getResultList();
    }

    /**
     * Puts the tag on the claim, creating the tag if the organisation has none of that name.
     *
     * @return false when the claim already had it
     */
    @Transactional
    public boolean add(Actor actor, long claimId, String name) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        String clean = name(name);
        Claim claim = claims.find(actor, claimId);
        Tag tag = tagNamed(actor.organisation(), clean);
        int added = em.createNativeQuery("insert into claim_tag (claim_id, tag_id) values (:claim, :tag)"
                + " on conflict do nothing").setParameter("claim", claim.id).setParameter("tag", tag.id)
                .executeUpdate();
        if (added == 1) {
            WorkflowEvent.record(claim, "TagAdded", actor.username(), claim.state(), claim.state(), tag.name);
        }
        return added == 1;
    }

    /** Takes the tag off the claim; nothing happens when it was not on it. */
    @Transactional
    public void remove(Actor actor, long claimId, long tagId) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Claim claim = claims.find(actor, claimId);
        Tag tag = Tag.<Tag>findByIdOptional(tagId).filter(t -> actor.belongsTo(t.organisation))
                .orElseThrow(() -> new NotFound("tag", tagId));
        int removed = em.createNativeQuery("delete from claim_tag where claim_id = :claim and tag_id = :tag")
                .setParameter("claim", claim.id).setParameter("tag", tag.id).executeUpdate();
        if (removed == 1) {
            WorkflowEvent.record(claim, "TagRemoved", actor.username(), claim.state(), claim.state(), tag.name);
        }
    }

    /** A tag name as stored: trimmed, inner whitespace collapsed, 1 to {@value Tag#MAX_NAME} characters. */
    public static String name(String name) {
        if (name != null && name.length() > Tag.MAX_NAME) {
            throw InvalidInput.of("tag", "too_long", Tag.MAX_NAME);
        }
        String clean = Texts.clean(name);
        if (clean == null) {
            throw InvalidInput.of("tag", "blank");
        }
        return Texts.collapseWhitespace(clean);
    }

    private Tag tagNamed(Organisation organisation, String name) {
        // Two people creating the same tag at once: one insert wins, both then read the same row.
        em.createNativeQuery("insert into tag (organisation_id, name) values (:org, :name) on conflict do nothing")
                .setParameter("org", organisation.id).setParameter("name", name).executeUpdate();
        return Tag.findByName(organisation, name).orElseThrow();
    }
}
