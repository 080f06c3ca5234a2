package io.factdesk.verification.dashboard;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk dashboard's figures for the actor's organisation: claims per state and the time to a rating. */
@ApplicationScoped
public class DeskStatistics {

    /** Claims per state, and the median time from a claim's creation to its first rating (empty if none yet). */
    public record Figures(Map<ClaimState, Long> claimsPerState, Optional<Duration> medianTimeToRating,
            long ratedClaims) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public Figures figures(Actor actor) {
        Map<ClaimState, Long> perState = new EnumMap<>(ClaimState.class);
        for (ClaimState state : ClaimState.values()) {
            perState.put(state, 0L);
        }
        List<?> rows = em.createNativeQuery(
                "select state, count(*) from claim where organisation_id = :org group by state")
                .setParameter("org", actor.organisation().id).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            perState.put(ClaimState.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        Object[] rated = (Object[]) em.createNativeQuery("""
                select percentile_cont(0.5) within group (order by extract(epoch from first_rated - c.created_at)),
                       count(*)
                from (select claim_id, min(occurred_at) as first_rated from workflow_event
                      where organisation_id = :org and to_state = 'RATED' group by claim_id) r
                join claim c on c.id = r.claim_id
                """).setParameter("org", actor.organisation().id).getSingleResult();
        Optional<Duration> median = Optional.ofNullable((Number) rated[0])
                .map(seconds -> Duration.ofSeconds(Math.round(seconds.doubleValue())));
        return new Figures(perState, median, ((Number) rated[1]).longValue());
    }
}
