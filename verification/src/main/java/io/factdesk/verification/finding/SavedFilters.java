package io.factdesk.verification.finding;

import io.factdesk.core.claim.SavedFilter;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Claim-list filters a staff member saved under a name: their own, in their organisation only. Saving under a
 * name already used replaces that filter.
 */
@ApplicationScoped
public class SavedFilters {

    /** The actor's saved filters, by name. */
    @Transactional
    public List<SavedFilter> of(Actor actor) {
        return SavedFilter.of(actor.organisation(), actor.username());
    }

    /** Saves the search under the name (replacing one of the same name); the search is kept in its canonical form. */
    @Transactional
    public SavedFilter save(Actor actor, String name, ClaimQuery query) {
        String clean = Texts.required("name", name, SavedFilter.MAX_NAME);
        String queryString = query.queryString();
        if (queryString.length() > SavedFilter.MAX_QUERY) {
            throw InvalidInput.of("name", "filter_too_long");
        }
        SavedFilter filter = SavedFilter.<SavedFilter>find("organisation = ?1 and username = ?2 and name = ?3",
                actor.organisation(), actor.username(), clean).firstResultOptional().orElseGet(SavedFilter::new);
        filter.organisation = Organisation.findById(actor.organisation().id);
        filter.username = actor.username();
        filter.name = clean;
        filter.query = queryString;
        filter.persist();
        return filter;
    }

    /** Deletes one of the actor's own saved filters; anyone else's is {@link NotFound}. */
    @Transactional
    public void delete(Actor actor, long id) {
        SavedFilter filter = SavedFilter.<SavedFilter>findByIdOptional(id)
                .filter(f -> actor.belongsTo(f.organisation) && f.username.equals(actor.username()))
                .orElseThrow(() -> new NotFound("saved filter", id));
        filter.delete();
    }
}
