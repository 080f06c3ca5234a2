package io.factdesk.web.caching;

import io.factdesk.api.problem.DatabaseUnavailable;
import io.factdesk.web.support.PublicCacheConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Remembers for a moment when a public page last changed, so a page read thousands of times a second asks the
 * database once per moment instead of once per reader. A new revision shows on every instance at most
 * {@code factdesk.public-cache.version-ttl} after it is committed (browsers may keep a page for
 * {@code factdesk.public-cache.max-age} anyway).
 * <p>
 * When a remembered time expires, one request asks the database again while the others go on with the time
 * they had: a popular page never sends a burst of identical queries to the database, and readers keep getting
 * the last version known while that one request waits. While the database is unreachable, a page read before
 * keeps its last known version (and is served from memory) until the database answers again.
 */
@ApplicationScoped
public class RecentVersions {

    /** Bounds memory when many different pages are read; the map is simply emptied when it grows past this. */
    static final int MAX_ENTRIES = 50_000;

    /** How long a page's last-change time is reused before asking the database again; 0 asks every time. */
    Duration ttl;

    @Inject
    void configure(PublicCacheConfig config) {
        ttl = config.versionTtl();
    }

    private record Entry(Optional<Instant> changed, long expiresAt, AtomicBoolean refreshing) {

        boolean fresh(long now) {
            return now - expiresAt < 0;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The last change of the page {@code key}, from {@code lookup} at most once per time-to-live. */
    public Optional<Instant> lastChange(String key, Supplier<Optional<Instant>> lookup) {
        if (ttl.isZero() || ttl.isNegative()) {
            return lookup.get();
        }
        Entry entry = entries.get(key);
        if (entry != null && (entry.fresh(System.nanoTime()) || !entry.refreshing().compareAndSet(false, true))) {
            return entry.changed(); // fresh, or another request is asking the database right now
        }
        try {
            Optional<Instant> changed;
            try {
                changed = lookup.get();
            } catch (RuntimeException e) {
                if (entry == null || !DatabaseUnavailable.isCause(e)) {
                    throw e;
                }
                // Stale if error (RFC 5861): while the database is out of reach, readers keep the last version
                // this instance knew, asked again after another time-to-live instead of on every request.
                changed = entry.changed();
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(changed, System.nanoTime() + ttl.toNanos(), new AtomicBoolean()));
            return changed;
        } finally {
            if (entry != null) {
                entry.refreshing().set(false);
            }
        }
    }

    /**
     * Whether {@code changed} is the last change of page {@code key} as known now: confirmed by the database
     * within the time-to-live, or the last one confirmed while one request is asking the database again (every
     * other request gets that same time from {@link #lastChange} meanwhile). Never asks the database, so it may
     * be called on an event-loop thread.
     */
    public boolean confirmed(String key, Instant changed) {
        Entry entry = entries.get(key);
        return entry != null && (entry.fresh(System.nanoTime()) || entry.refreshing().get())
                && entry.changed().filter(changed::equals).isPresent();
    }
}
