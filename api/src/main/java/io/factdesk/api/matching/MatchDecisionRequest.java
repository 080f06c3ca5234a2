package io.factdesk.api.matching;

import jakarta.validation.constraints.Size;

/** An optional note on a match decision ("same figure, same speech"). */
public record MatchDecisionRequest(@Size(max = 2000) String note) {
}
