package io.factdesk.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.dashboard.DeskStatistics;
import io.factdesk.verification.dashboard.DeskStatistics.AgeBucket;
import io.factdesk.verification.dashboard.DeskStatistics.BacklogRow;
import io.factdesk.verification.staff.Organisations;
import io.factdesk.verification.staff.PlatformAdmin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on known data in a fresh organisation, as of a fixed moment: backlog by state and age,
 * workload, tips per day, time to verdict (a reopened claim is not rated) and corrections per month.
 */
@QuarkusTest
class DeskStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Inject
    DeskStatistics statistics;

    @Inject
    Organisations organisations;

    @Inject
    EntityManager em;

    private Actor editor;

    @BeforeEach
    void freshOrganisation() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        organisations.create(new PlatformAdmin("platform"), "Stats " + unique, "stats-" + unique, null);
        Organisation organisation = QuarkusTransaction.requiringNew()
                .call(() -> Organisation.findBySlug("stats-" + unique).orElseThrow());
        editor = new Actor("editor", "Emma", organisation, Set.of(StaffRole.EDITOR));
    }

    /** A claim created {@code ageHours} before NOW, in a state, with an assignee. */
    private long claim(ClaimState state, double ageHours, String assignee) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into claim (organisation_id, text, state, assignee, created_by, created_at, updated_at)
                values (:org, :text, :state, :assignee, 'editor', cast(:at as timestamptz), cast(:at as timestamptz))
                returning id""").setParameter("org", editor.organisation().id)
                .setParameter("text", "Claim " + UUID.randomUUID()).setParameter("state", state.name())
                .setParameter("assignee", assignee).setParameter("at", at(ageHours)).getSingleResult()).longValue());
    }

    private void event(long claim, String from, String to, double ageHours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into workflow_event (claim_id, organisation_id, event_type, actor, from_state, to_state,
                                            occurred_at)
                values (:claim, :org, 'Test', 'editor', :from, :to, cast(:at as timestamptz))""")
                .setParameter("claim", claim).setParameter("org", editor.organisation().id)
                .setParameter("from", from).setParameter("to", to).setParameter("at", at(ageHours))
                .executeUpdate());
    }

    private void tip(double ageHours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into tip (organisation_id, text, submitted_at)
                values (:org, 'A tip', cast(:at as timestamptz))""")
                .setParameter("org", editor.organisation().id).setParameter("at", at(ageHours)).executeUpdate());
    }

    private void correction(long claim, double ageHours) {
        QuarkusTransaction.requiringNew().run(() -> {
            Number verdict = (Number) em.createNativeQuery("""
                    insert into verdict (claim_id, organisation_id, slug, first_published_at, updated_at)
                    values (:claim, :org, :slug, now(), now()) returning id""").setParameter("claim", claim)
                    .setParameter("org", editor.organisation().id).setParameter("slug", "v-" + UUID.randomUUID())
                    .getSingleResult();
            em.createNativeQuery("""
                    insert into correction (verdict_id, revision, note, corrected_by, corrected_at)
                    values (:verdict, 2, 'Fixed', 'editor', cast(:at as timestamptz))""")
                    .setParameter("verdict", verdict.longValue()).setParameter("at", at(ageHours)).executeUpdate();
        });
    }

    private static String at(double ageHours) {
        return NOW.minusSeconds(Math.round(ageHours * 3600)).toString();
    }

    @Test
    void anEmptyOrganisationHasZeroesAndNoTimes() {
        DeskStatistics.Figures figures = statistics.figures(editor, NOW);
        assertThat(figures.backlog()).extracting(BacklogRow::total).containsExactly(0L, 0L, 0L);
        assertThat(figures.workload()).isEmpty();
        assertThat(figures.medianTimeToRating()).isEmpty();
        assertThat(figures.ratedClaims()).isZero();
        assertThat(figures.tipsPerDay()).hasSize(14).allSatisfy(day -> assertThat(day.count()).isZero());
        assertThat(figures.timeToVerdict()).hasSize(12).allSatisfy(m -> assertThat(m.median()).isNull());
        assertThat(figures.correctionsPerMonth()).hasSize(12);
    }

    @Test
    void figuresOnKnownDataLeaveAReopenedClaimOutOfTheRated() {
        claim(ClaimState.SUBMITTED, 2, null);
        claim(ClaimState.SUBMITTED, 50, null);
        claim(ClaimState.SUBMITTED, 24 * 40, null);
        claim(ClaimState.IN_REVIEW, 24 * 5, "reviewer");
        claim(ClaimState.IN_REVIEW, 24 * 10, "reviewer");
        claim(ClaimState.REVIEWED, 30, "reviewer2");
        // Rated claims: created 10, 20 and 100 hours before their first rating, in October and November.
        long a = claim(ClaimState.RATED, 24 * 30, null);
        event(a, "REVIEWED", "RATED", 24 * 30 - 10);
        long b = claim(ClaimState.RATED, 24 * 3, null);
        event(b, "REVIEWED", "RATED", 24 * 3 - 20);
        long c = claim(ClaimState.RATED, 24 * 6, null);
        event(c, "REVIEWED", "RATED", 24 * 6 - 100);
        event(c, "RATED", "IN_REVIEW", 24);
        event(c, "REVIEWED", "RATED", 12);
        // Reopened: was rated 1 hour after it came in, now back in review; it is not a rated claim.
        long reopened = claim(ClaimState.IN_REVIEW, 24 * 2, "reviewer2");
        event(reopened, "REVIEWED", "RATED", 24 * 2 - 1);
        event(reopened, "RATED", "IN_REVIEW", 5);
        claim(ClaimState.DISMISSED, 24, null);
        tip(1);
        tip(3);
        tip(30);
        tip(24 * 20);
        correction(a, 24 * 2);
        correction(b, 24 * 40);

        DeskStatistics.Figures figures = statistics.figures(editor, NOW);

        assertThat(figures.backlog()).extracting(BacklogRow::state)
                .containsExactly(ClaimState.SUBMITTED, ClaimState.IN_REVIEW, ClaimState.REVIEWED);
        assertThat(figures.backlog().get(0).byAge()).containsEntry(AgeBucket.UNDER_A_DAY, 1L)
                .containsEntry(AgeBucket.ONE_TO_THREE_DAYS, 1L).containsEntry(AgeBucket.OVER_FOUR_WEEKS, 1L);
        assertThat(figures.backlog().get(1).byAge()).containsEntry(AgeBucket.ONE_TO_THREE_DAYS, 1L)
                .containsEntry(AgeBucket.THREE_TO_SEVEN_DAYS, 1L).containsEntry(AgeBucket.ONE_TO_FOUR_WEEKS, 1L);
        assertThat(figures.backlog().get(1).total()).isEqualTo(3);
        assertThat(figures.backlog().get(2).byAge()).containsEntry(AgeBucket.ONE_TO_THREE_DAYS, 1L);

        assertThat(figures.workload()).extracting(w -> w.username() + ":" + w.inReview() + "/"
                + w.awaitingApproval()).containsExactly("reviewer:2/0", "reviewer2:1/1");
        assertThat(figures.workload().get(0).displayName()).isEqualTo("Rita Reviewer");

        assertThat(figures.ratedClaims()).isEqualTo(3);
        assertThat(figures.dismissedClaims()).isEqualTo(1);
        assertThat(figures.medianTimeToRating()).contains(Duration.ofHours(20));
        // percentile_cont(0.9) over 10, 20, 100 hours: 20 + 0.8 × 80 = 84 hours.
        assertThat(figures.p90TimeToRating()).contains(Duration.ofHours(84));
        assertThat(figures.timeToVerdict().get(11).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(figures.timeToVerdict().get(11).rated()).isEqualTo(2);
        assertThat(figures.timeToVerdict().get(11).median()).isEqualTo(Duration.ofHours(60));
        assertThat(figures.timeToVerdict().get(10).rated()).isEqualTo(1);
        assertThat(figures.timeToVerdict().get(10).median()).isEqualTo(Duration.ofHours(10));

        assertThat(figures.tipsPerDay().get(13).day()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(figures.tipsPerDay().get(13).count()).isEqualTo(2);
        assertThat(figures.tipsPerDay().get(12).count()).isEqualTo(1);
        assertThat(figures.tipsPerDay().stream().mapToLong(DeskStatistics.DayCount::count).sum()).isEqualTo(3);

        assertThat(figures.correctionsPerMonth().get(11).count()).isEqualTo(1);
        assertThat(figures.correctionsPerMonth().get(10).count()).isEqualTo(1);
    }
}
