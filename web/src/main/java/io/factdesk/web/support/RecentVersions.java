package io.factdesk.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers for a moment when a public page last changed, so a page read thousands of times a second asks the
 * database once per moment instead of once per reader. A new revision shows on every instance at most
 * {@code factdesk.public-cache.version-ttl} after it is committed (browsers may keep a page for
 * {@code factdesk.public-cache.max-age} anyway).
 */
@ApplicationScoped
public class RecentVersions {

    /** Bounds memory when many different pages are read; the map is simply emptied when it grows past this. */
    static final int MAX_ENTRIES = 50_000;

    /** How long a page's last-change time is reused before asking the database again; 0 asks every time. */
    @ConfigProperty(name = "factdesk.public-cache.version-ttl", defaultValue = "1S")
    Duration ttl;

    private record Entry(Optional<Instant> changed, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The last change of the page {@code key}, from {@code lookup} at most once per time-to-live. */
    public Optional<Instant> lastChange(String key, Supplier<Optional<Instant>> lookup) {
        if (ttl.isZero() || ttl.isNegative()) {
            return lookup.get();
        }
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.changed();
        }
        Optional<Instant> changed = lookup.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(changed, now + ttl.toNanos()));
        return changed;
    }
}
