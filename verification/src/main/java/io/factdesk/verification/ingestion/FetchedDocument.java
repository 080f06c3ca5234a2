package io.factdesk.verification.ingestion;

import java.net.URI;

/**
 * A document downloaded by {@link ArticleFetcher}.
 *
 * @param uri     the final address after redirects
 * @param type    HTML or plain text, from the Content-Type header
 * @param content the decoded body
 */
public record FetchedDocument(URI uri, ContentType type, String content) {
}
