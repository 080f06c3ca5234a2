package io.factdesk.verification.finding;

import io.factdesk.core.claim.Claim;
import java.util.List;

/**
 * One claim as the desk's claim list shows it.
 *
 * @param claim the claim
 * @param rating the rating code of its published verdict's current revision, or null
 * @param tags its tag names, alphabetically
 */
public record ClaimRow(Claim claim, String rating, List<String> tags) {
}
