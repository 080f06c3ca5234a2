package io.factdesk.verification.tip;

import java.time.Instant;

/**
 * What the reader is told. A tip caught by the honeypot gets a receipt too (with a null id), so bots learn
 * nothing.
 */
public record TipReceipt(Long id, Instant receivedAt) {
}
