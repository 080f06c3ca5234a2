package io.factdesk.verification.workflow;

import java.util.Set;

/**
 * What the rules need to know about the open review round.
 *
 * @param approvers usernames of the editors who already approved this round
 */
public record ReviewFacts(int round, String author, Set<String> approvers) {

    public ReviewFacts {
        approvers = Set.copyOf(approvers);
    }
}
