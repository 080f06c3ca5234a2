package io.factdesk.verification.workflow;

import io.factdesk.core.evidence.Evidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A review is submitted only when the claim has at least {@code minEvidence} evidence items from at least
 * {@code minDistinctPublishers} publishers. Publishers differing only in case or spacing count as one.
 */
public final class MinimumEvidencePolicy implements WorkflowRule {

    @Override
    public Optional<Refusal> check(TransitionRequest request) {
        if (request.transition() != Transition.SUBMIT_REVIEW) {
            return Optional.empty();
        }
        List<String> publishers = request.evidencePublishers();
        int needed = request.policy().minEvidence();
        if (publishers.size() < needed) {
            return Optional.of(new Refusal(RefusalReason.MINIMUM_EVIDENCE,
                    "The claim has " + items(publishers.size()) + "; at least " + needed + " are needed."));
        }
        long distinct = distinctPublishers(publishers);
        int neededPublishers = request.policy().minDistinctPublishers();
        if (distinct < neededPublishers) {
            return Optional.of(new Refusal(RefusalReason.MINIMUM_EVIDENCE, "The evidence comes from " + distinct
                    + " distinct publisher(s); at least " + neededPublishers + " are needed."));
        }
        return Optional.empty();
    }

    static long distinctPublishers(List<String> publishers) {
        return publishers.stream()
                .filter(Objects::nonNull)
                .map(Evidence::publisherKey)
                .filter(key -> !key.isEmpty())
                .distinct()
                .count();
    }

    private static String items(int count) {
        return count == 1 ? "1 evidence item" : count + " evidence items";
    }
}
