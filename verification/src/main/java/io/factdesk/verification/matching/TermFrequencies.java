package io.factdesk.verification.matching;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many claims contain a term, as PostgreSQL's planner estimates it from the statistics ANALYZE keeps on
 * the search vector (most common lexemes and their frequencies). Asking the planner costs well under a
 * millisecond and never touches the table; estimates are cached because word frequencies change slowly.
 */
@ApplicationScoped
public class TermFrequencies {

    private static final Pattern TSQUERY = Pattern.compile("[\\p{L}\\p{N} |()]+");
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");
    private static final int CACHE_LIMIT = 20_000;

    private final EntityManager em;
    private final Map<String, Long> cache = new ConcurrentHashMap<>();

    @Inject
    public TermFrequencies(EntityManager em) {
        this.em = em;
    }

    /** Estimated number of claims matching a tsquery expression such as "(buy | purchase)". */
    long estimate(String tsquery) {
        Long cached = cache.get(tsquery);
        if (cached != null) {
            return cached;
        }
        // EXPLAIN takes no bind parameters; the expression holds only letters, digits, spaces, | and brackets.
        if (!TSQUERY.matcher(tsquery).matches()) {
            return Long.MAX_VALUE;
        }
        return remember(tsquery, planRows("c.search_vector @@ to_tsquery('english', '" + tsquery + "')"));
    }

    /** The estimated share (0 to 1) of all claims that belong to an organisation. */
    double organisationShare(long organisationId) {
        String key = "organisation " + organisationId;
        Long cached = cache.get(key);
        long own = cached != null ? cached : remember(key, planRows("c.organisation_id = " + organisationId));
        Long all = cache.get("all");
        long total = all != null ? all : remember("all", planRows("true"));
        return total <= 0 ? 1 : Math.min(1, (double) own / total);
    }

    /** The planner's row estimate for claims matching a condition (only digits and tsquery syntax reach it). */
    private long planRows(String condition) {
        Object plan = em.createNativeQuery("explain (format json) select 1 from claim c where " + condition)
                .getSingleResult();
        Matcher m = PLAN_ROWS.matcher(String.valueOf(plan));
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private long remember(String key, long rows) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, rows);
        return rows;
    }
}
