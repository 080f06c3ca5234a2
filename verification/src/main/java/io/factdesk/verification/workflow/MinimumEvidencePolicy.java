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
        int distinct = (int) distinctPublishers(publishers);
        int neededPublishers = request.policy().minDistinctPublishers();
        if (publishers.size() < needed || distinct < neededPublishers) {
            EvidenceShortfall shortfall = new EvidenceShortfall(needed, neededPublishers, publishers.size(),
                    distinct);
            return Optional.of(Refusal.shortOf(shortfall));
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

    @Override
    public boolean judgesInput() {
        return true;
    }
}
