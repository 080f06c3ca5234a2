package io.factdesk.verification.publishing;

import java.time.Instant;

/** A public verdict URL (by slug) and when it last changed. */
public record SitemapEntry(String slug, Instant lastModified) {
}
