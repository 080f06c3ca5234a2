package io.factdesk.verification.checkworthiness;

import java.util.List;

/**
 * A sentence's check-worthiness.
 *
 * @param score   0 (nothing to check) to 1 (a concrete, verifiable claim)
 * @param reasons human-readable reasons, the raising ones first, each quoting the words behind it
 */
public record CheckWorthiness(double score, List<String> reasons) {
}
