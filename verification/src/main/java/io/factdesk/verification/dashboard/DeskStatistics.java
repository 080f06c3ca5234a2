package io.factdesk.verification.dashboard;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk dashboard's figures for the actor's organisation, each one SQL aggregate over indexed columns: the
 * backlog by state and age, each reviewer's workload, tips per day, the time from a claim's creation to its
 * first rating (median and 90th percentile, per month) and corrections per month. Only claims whose current state
 * is RATED count as rated: a reopened claim is back in the backlog.
 */
@ApplicationScoped
public class DeskStatistics {

    /** Days shown for tips; months shown for time to verdict and corrections. */
    public static final int TIP_DAYS = 14;
    public static final int MONTHS = 12;

    /** The states a claim waits in before a verdict. */
    public static final List<ClaimState> OPEN_STATES = List.of(ClaimState.SUBMITTED, ClaimState.IN_REVIEW,
            ClaimState.REVIEWED);

    /** Age buckets of the backlog, by the claim's time since creation. */
    public enum AgeBucket {
        UNDER_A_DAY, ONE_TO_THREE_DAYS, THREE_TO_SEVEN_DAYS, ONE_TO_FOUR_WEEKS, OVER_FOUR_WEEKS
    }

    /** Open claims in one state, per age bucket. */
    public record BacklogRow(ClaimState state, Map<AgeBucket, Long> byAge, long total) {
    }

    /** One reviewer's claims in review and waiting for approval. */
    public record Workload(String username, String displayName, long inReview, long awaitingApproval) {
    }

    public record DayCount(LocalDate day, long count) {
    }

    public record MonthCount(YearMonth month, long count) {
    }

    /** Claims first rated in a month (still rated today) and how long they took. */
    public record MonthTiming(YearMonth month, long rated, Duration median, Duration p90) {
    }

    public record Figures(Map<ClaimState, Long> claimsPerState, List<BacklogRow> backlog, List<Workload> workload,
            List<DayCount> tipsPerDay, List<MonthTiming> timeToVerdict, Optional<Duration> medianTimeToRating,
            Optional<Duration> p90TimeToRating, long ratedClaims, List<MonthCount> correctionsPerMonth) {

        public long dismissedClaims() {
            return claimsPerState.getOrDefault(ClaimState.DISMISSED, 0L);
        }
    }

    @Inject
    EntityManager em;

    @Transactional
    public Figures figures(Actor actor) {
        return figures(actor, Instant.now());
    }

    /** The figures as of {@code now} (the dashboard passes the current time). */
    @Transactional
    public Figures figures(Actor actor, Instant now) {
        long org = actor.organisation().id;
        Object[] overall = (Object[]) em.createNativeQuery("""
                select percentile_cont(0.5) within group (order by seconds),
                       percentile_cont(0.9) within group (order by seconds), count(*)
                from (""" + FIRST_RATINGS + ") r").setParameter("org", org).getSingleResult();
        return new Figures(perState(org), backlog(org, now), workload(org), tipsPerDay(org, now),
                timeToVerdict(org, now), duration(overall[0]), duration(overall[1]), number(overall[2]),
                correctionsPerMonth(org, now));
    }

    /** Each rated claim (current state RATED) with its first rating time and seconds from creation to it. */
    private static final String FIRST_RATINGS = """
            select c.id, min(e.occurred_at) as first_rated,
                   extract(epoch from min(e.occurred_at) - c.created_at) as seconds
            from claim c join workflow_event e on e.claim_id = c.id and e.organisation_id = c.organisation_id
            where c.organisation_id = :org and c.state = 'RATED' and e.to_state = 'RATED'
            group by c.id, c.created_at""";

    private Map<ClaimState, Long> perState(long org) {
        Map<ClaimState, Long> perState = new EnumMap<>(ClaimState.class);
        for (ClaimState state : ClaimState.values()) {
            perState.put(state, 0L);
        }
        for (Object[] row : rows(em.createNativeQuery(
                "select state, count(*) from claim where organisation_id = :org group by state")
                .setParameter("org", org).getResultList())) {
            perState.put(ClaimState.valueOf((String) row[0]), number(row[1]));
        }
        return perState;
    }

    private List<BacklogRow> backlog(long org, Instant now) {
        Map<ClaimState, Map<AgeBucket, Long>> table = new LinkedHashMap<>();
        for (ClaimState state : OPEN_STATES) {
            Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
            for (AgeBucket bucket : AgeBucket.values()) {
                byAge.put(bucket, 0L);
            }
            table.put(state, byAge);
        }
        for (Object[] row : rows(em.createNativeQuery("""
                select state, case
                         when created_at > cast(:now as timestamptz) - interval '1 day' then 0
                         when created_at > cast(:now as timestamptz) - interval '3 days' then 1
                         when created_at > cast(:now as timestamptz) - interval '7 days' then 2
                         when created_at > cast(:now as timestamptz) - interval '28 days' then 3
                         else 4 end as bucket, count(*)
                from claim
                where organisation_id = :org and state in ('SUBMITTED', 'IN_REVIEW', 'REVIEWED')
                group by 1, 2""").setParameter("org", org).setParameter("now", now.toString()).getResultList())) {
            AgeBucket bucket = AgeBucket.values()[(int) number(row[1])];
            table.get(ClaimState.valueOf((String) row[0])).put(bucket, number(row[2]));
        }
        List<BacklogRow> backlog = new ArrayList<>();
        table.forEach((state, byAge) -> backlog.add(new BacklogRow(state, byAge,
                byAge.values().stream().mapToLong(Long::longValue).sum())));
        return backlog;
    }

    private List<Workload> workload(long org) {
        List<Workload> workload = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select c.assignee, coalesce(min(m.display_name), c.assignee),
                       count(*) filter (where c.state = 'IN_REVIEW'), count(*) filter (where c.state = 'REVIEWED')
                from claim c left join organisation_member m on m.username = c.assignee
                where c.organisation_id = :org and c.assignee is not null and c.state in ('IN_REVIEW', 'REVIEWED')
                group by c.assignee
                order by count(*) desc, c.assignee""").setParameter("org", org).getResultList())) {
            workload.add(new Workload((String) row[0], (String) row[1], number(row[2]), number(row[3])));
        }
        return workload;
    }

    private List<DayCount> tipsPerDay(long org, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(TIP_DAYS - 1L);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, 0L);
        }
        for (Object[] row : rows(em.createNativeQuery("""
                select to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD'), count(*) from tip
                where organisation_id = :org and submitted_at >= cast(:from as timestamptz)
                  and submitted_at < cast(:to as timestamptz)
                group by 1""").setParameter("org", org)
                .setParameter("from", first.atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .setParameter("to", today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .getResultList())) {
            counts.put(LocalDate.parse((String) row[0]), number(row[1]));
        }
        return counts.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    private List<MonthTiming> timeToVerdict(long org, Instant now) {
        YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, MonthTiming> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new MonthTiming(month, 0, null, null));
        }
        for (Object[] row : rows(em.createNativeQuery("""
                select to_char(first_rated at time zone 'UTC', 'YYYY-MM'), count(*),
                       percentile_cont(0.5) within group (order by seconds),
                       percentile_cont(0.9) within group (order by seconds)
                from (""" + FIRST_RATINGS + """
                ) r
                where first_rated >= cast(:from as timestamptz)
                group by 1""").setParameter("org", org)
                .setParameter("from", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .getResultList())) {
            YearMonth month = YearMonth.parse((String) row[0]);
            if (months.containsKey(month)) {
                months.put(month, new MonthTiming(month, number(row[1]), duration(row[2]).orElse(null),
                        duration(row[3]).orElse(null)));
            }
        }
        return List.copyOf(months.values());
    }

    private List<MonthCount> correctionsPerMonth(long org, Instant now) {
        YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(MONTHS - 1L);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, 0L);
        }
        for (Object[] row : rows(em.createNativeQuery("""
                select to_char(k.corrected_at at time zone 'UTC', 'YYYY-MM'), count(*)
                from correction k join verdict v on v.id = k.verdict_id
                where v.organisation_id = :org and k.corrected_at >= cast(:from as timestamptz)
                group by 1""").setParameter("org", org)
                .setParameter("from", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .getResultList())) {
            months.computeIfPresent(YearMonth.parse((String) row[0]), (month, zero) -> number(row[1]));
        }
        return months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Optional<Duration> duration(Object seconds) {
        return Optional.ofNullable((Number) seconds).map(s -> Duration.ofSeconds(Math.round(s.doubleValue())));
    }
}
