package io.factdesk.verification.tip;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.core.tip.Tip;
import io.factdesk.verification.claim.AppearanceDraft;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The desk's tips inbox: reading tips, marking them handled, merging duplicates (a group's request count tells
 * the desk how many readers want a claim checked) and turning a tip into a claim. Staff see tips sent to their
 * organisation and tips sent to nobody in particular; acting on one of the latter makes it their organisation's,
 * so another organisation no longer sees it. Every operation needs the reviewer role (editors have it too).
 */
@ApplicationScoped
public class TipInbox {

    /** Which tips the list shows. */
    public enum Show {
        OPEN, HANDLED, ALL
    }

    private static final String VISIBLE = "(organisation = :org or organisation is null)";

    @Inject
    ClaimService claims;

    /** Tips that are not duplicates of another, newest first, with their request counts. */
    @Transactional
    public Paged<TipView> list(Actor actor, Show show, PageRequest page) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        PageRequest p = page == null ? PageRequest.first() : page;
        String handled = switch (show == null ? Show.OPEN : show) {
            case OPEN -> " and handledAt is null";
            case HANDLED -> " and handledAt is not null";
            case ALL -> "";
        };
        var query = Tip.<Tip>find("duplicateOf is null and " + VISIBLE + handled
                + " order by submittedAt desc, id desc", io.quarkus.panache.common.Parameters.with("org",
                actor.organisation()));
        List<TipView> items = query.page(p.page() - 1, p.size()).list().stream()
                .map(tip -> new TipView(tip, 1 + Tip.count("duplicateOf", tip), List.of())).toList();
        return new Paged<>(items, p.page(), p.size(), query.count());
    }

    /** How many open tips the actor's organisation has (counting groups, not duplicates). */
    @Transactional
    public long openCount(Actor actor) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        return Tip.count("duplicateOf is null and handledAt is null and " + VISIBLE,
                io.quarkus.panache.common.Parameters.with("org", actor.organisation()));
    }

    @Transactional
    public TipView get(Actor actor, long tipId) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        return view(find(actor, tipId));
    }

    /** Marks a tip (and its duplicates) handled: looked at, nothing more to do. */
    @Transactional
    public TipView markHandled(Actor actor, long tipId) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Tip tip = root(find(actor, tipId));
        for (Tip member : group(tip)) {
            claimFor(actor, member);
            handle(actor, member);
        }
        return view(tip);
    }

    /** Opens a handled tip again. */
    @Transactional
    public TipView reopen(Actor actor, long tipId) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Tip tip = root(find(actor, tipId));
        claimFor(actor, tip);
        tip.handledAt = null;
        tip.handledBy = null;
        return view(tip);
    }

    /**
     * Merges a tip into another as a duplicate: the other tip's request count grows by the merged tip's whole
     * group, the merged tips follow the other's claim (if it has one) and are handled. Merging into a duplicate
     * merges into the tip that one belongs to.
     *
     * @throws Conflict {@code same-tip} when both are the same group, {@code different-claims} when both already
     *     became different claims
     */
    @Transactional
    public TipView merge(Actor actor, long tipId, long intoId) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Tip from = root(find(actor, tipId));
        Tip into = root(find(actor, intoId));
        if (from.id.equals(into.id)) {
            throw Conflict.of("same-tip");
        }
        if (from.claim != null && into.claim != null && !from.claim.id.equals(into.claim.id)) {
            throw Conflict.of("different-claims");
        }
        claimFor(actor, into);
        Claim claim = into.claim != null ? into.claim : from.claim;
        into.claim = claim;
        for (Tip member : group(from)) {
            claimFor(actor, member);
            member.duplicateOf = into;
            member.claim = claim;
            handle(actor, member);
        }
        for (Tip member : group(into)) {
            member.claim = claim;
        }
        Tip.flush();
        return view(into);
    }

    /**
     * Turns a tip into a SUBMITTED claim through the claim service (the tip's text, or the edited text; its link as
     * the claim's first appearance), links the tip and its duplicates to it and marks them handled.
     *
     * @throws Conflict {@code already-a-claim} when the tip is linked to a claim already
     */
    @Transactional
    public Claim toClaim(Actor actor, long tipId, String text, String claimant) {
        NotPermitted.unlessHas(actor, StaffRole.REVIEWER);
        Tip tip = root(find(actor, tipId));
        if (tip.claim != null) {
            throw Conflict.of("already-a-claim", String.valueOf(tip.claim.id));
        }
        String claimText = Texts.clean(text) == null ? tip.text : text;
        AppearanceDraft appearance = tip.url == null ? null : new AppearanceDraft(tip.url, null, null, null);
        Claim claim = claims.create(actor, new ClaimDraft(claimText, claimant, null, null, null, appearance));
        for (Tip member : group(tip)) {
            claimFor(actor, member);
            member.claim = claim;
            handle(actor, member);
        }
        return claim;
    }

    private static Tip find(Actor actor, long tipId) {
        Tip tip = Tip.findById(tipId);
        if (tip == null || tip.organisation != null && !actor.belongsTo(tip.organisation)) {
            throw new NotFound("tip", tipId);
        }
        return tip;
    }

    private static Tip root(Tip tip) {
        Tip root = tip;
        while (root.duplicateOf != null) {
            root = root.duplicateOf;
        }
        return root;
    }

    /** The tip and every tip merged into it. */
    private static List<Tip> group(Tip root) {
        List<Tip> members = new java.util.ArrayList<>();
        members.add(root);
        members.addAll(duplicatesOf(root));
        return members;
    }

    private static List<Tip> duplicatesOf(Tip root) {
        return Tip.list("duplicateOf = ?1 order by submittedAt, id", root);
    }

    private static TipView view(Tip tip) {
        List<Tip> duplicates = tip.duplicateOf == null ? duplicatesOf(tip) : List.of();
        return new TipView(tip, 1 + duplicates.size(), duplicates);
    }

    /** A tip sent to nobody in particular becomes the acting organisation's. */
    private static void claimFor(Actor actor, Tip tip) {
        if (tip.organisation == null) {
            tip.organisation = Organisation.findById(actor.organisation().id);
        }
    }

    private static void handle(Actor actor, Tip tip) {
        if (tip.handledAt == null) {
            tip.handledAt = Instant.now();
            tip.handledBy = actor.username();
        }
    }

    /** Refuses an id that is no number a tip could have. */
    public static long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw InvalidInput.of("into", "tip_number");
        }
    }
}
