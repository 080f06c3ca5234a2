package io.factdesk.verification.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The sending loop of an outbox table (webhook deliveries, e-mails): any number of instances may run it. Each
 * claims a batch of due PENDING rows with {@code FOR UPDATE SKIP LOCKED} and moves their next attempt past a lease
 * before handing them out one by one, so a row is handled by one instance at a time; if that instance dies the
 * lease lapses and another one retries it.
 */
public final class DueRows {

    private DueRows() {
    }

    /**
     * Hands every row of {@code table} that is due now to {@code send}, batch after batch; returns how many.
     *
     * @param table an outbox table with {@code id}, {@code status} and {@code next_attempt_at} (a constant, never
     *     user input)
     */
    public static int drain(EntityManager em, String table, Duration lease, int batch, LongConsumer send) {
        int attempted = 0;
        List<Long> ids;
        do {
            ids = QuarkusTransaction.requiringNew().call(() -> claim(em, table, lease, batch));
            for (Long id : ids) {
                send.accept(id);
                attempted++;
            }
        } while (ids.size() == batch);
        return attempted;
    }

    private static List<Long> claim(EntityManager em, String table, Duration lease, int batch) {
        List<?> ids = em.createNativeQuery("update " + table
                        + " set next_attempt_at = now() + make_interval(secs => :lease)"
                        + " where id in (select id from " + table
                        + " where status = 'PENDING' and next_attempt_at <= now()"
                        + " order by next_attempt_at, id limit :batch for update skip locked)"
                        + " returning id")
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("batch", batch)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).sorted().toList();
    }
}
