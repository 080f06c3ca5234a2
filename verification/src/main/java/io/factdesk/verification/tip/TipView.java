package io.factdesk.verification.tip;

import io.factdesk.core.tip.Tip;
import java.util.List;

/**
 * A tip as the desk sees it.
 *
 * @param requests how many readers asked for this: the tip and every duplicate merged into it
 * @param duplicates the tips merged into this one, oldest first (empty for a duplicate itself)
 */
public record TipView(Tip tip, long requests, List<Tip> duplicates) {
}
