package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.common.InvalidInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits the input records declare are the ones the database columns hold (the columns stay the last line),
 * and the evidence draft refuses what it declares it refuses, naming the field.
 */
@QuarkusTest
class InputLimitsTest {

    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    void declaredLimitsAreTheColumnLengths() {
        Map<String, Integer> declared = Map.ofEntries(
                Map.entry("evidence.url", EvidenceDraft.URL_LENGTH),
                Map.entry("evidence.citation", EvidenceDraft.CITATION_LENGTH),
                Map.entry("evidence.title", EvidenceDraft.TITLE_LENGTH),
                Map.entry("evidence.publisher", EvidenceDraft.PUBLISHER_LENGTH),
                Map.entry("review.headline", ReviewDraft.HEADLINE_LENGTH),
                Map.entry("review.summary", ReviewDraft.SUMMARY_LENGTH),
                Map.entry("review.proposed_rating", ReviewDraft.RATING_CODE_LENGTH),
                Map.entry("correction_proposal.rating_code", CorrectionDraft.RATING_CODE_LENGTH),
                Map.entry("correction_proposal.headline", CorrectionDraft.HEADLINE_LENGTH),
                Map.entry("correction_proposal.summary", CorrectionDraft.SUMMARY_LENGTH),
                Map.entry("claim.text", ClaimDraft.TEXT_LENGTH),
                Map.entry("claim.claimant", ClaimDraft.CLAIMANT_LENGTH),
                Map.entry("claim.topics", ClaimDraft.TOPICS_LENGTH),
                Map.entry("claim.assignee", TransitionRequest.Input.ASSIGNEE_LENGTH),
                Map.entry("claim.dismiss_reason", TransitionRequest.Input.REASON_LENGTH));

        declared.forEach((column, length) -> assertThat(columnLength(column)).as(column).isEqualTo(length));
    }

    @Test
    void anEvidenceDraftNamesTheFieldItRefuses() {
        assertThatThrownBy(() -> draft("https://example.org", null, "x".repeat(EvidenceDraft.TITLE_LENGTH + 1))
                .requireValid()).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> draft("javascript:alert(1)", null, "Report").requireValid())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> draft(" ", " ", "Report").requireValid())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("url"));
        draft(null, "Annual report 2024, p. 12", "x".repeat(EvidenceDraft.TITLE_LENGTH)).requireValid();
        assertThat(EvidenceDraft.hasSource(null, "p. 12")).isTrue();
        assertThat(EvidenceDraft.hasSource("https://example.org", null)).isTrue();
    }

    private static EvidenceDraft draft(String url, String citation, String title) {
        return new EvidenceDraft(url, citation, title, "Statistics Office", null, null, null);
    }

    private int columnLength(String column) {
        String[] parts = column.split("\\.");
        Number length = (Number) entityManager.createNativeQuery("select character_maximum_length from "
                + "information_schema.columns where table_name = ?1 and column_name = ?2")
                .setParameter(1, parts[0]).setParameter(2, parts[1]).getSingleResult();
        return length.intValue();
    }
}
