package io.factdesk.verification.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public word search over published verdicts in PostgreSQL: its two scopes, every filter combined with
 * words, ranking, paging, and the count that stops at the cap (set low here).
 */
@QuarkusTest
@TestProfile(PublishedVerdictsSearchTest.LowCountCap.class)
class PublishedVerdictsSearchTest {

    public static class LowCountCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.search.count-cap", "3", "factdesk.search.filter-choices-ttl", "1H");
        }
    }

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    PublishedVerdicts verdicts;

    /** A word no other test uses, so the counts below are this test's own. */
    private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x")
            .substring(0, 10);

    private long publish(Organisation organisation, Actor editor, String text) {
        long id = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), text);
        workflow.approve(editor, id, null);
        return id;
    }

    private VerdictSearch words(String text, int page, int size) {
        return new VerdictSearch(text, null, null, null, null, null, page, size);
    }

    @Test
    void theCountStopsAtTheCapButEveryPageCanBeReached() {
        Organisation organisation = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        for (int i = 0; i < 5; i++) {
            publish(organisation, editor, "The " + word + " port moved " + (i + 1) + " million tonnes");
        }

        // Cap max(3, offset + 2 × size) = 4 for the first page of 2: "more than 4".
        ResultPage<VerdictSummary> first = verdicts.search(words(word, 1, 2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.totalIsLowerBound()).isTrue();
        assertThat(first.hasNext()).isTrue();
        // Page 2 of 2 counts up to 6: all 5 are counted exactly.
        ResultPage<VerdictSummary> second = verdicts.search(words(word, 2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalIsLowerBound()).isFalse();
        ResultPage<VerdictSummary> third = verdicts.search(words(word, 3, 2));
        assertThat(third.items()).hasSize(1);
        assertThat(third.hasNext()).isFalse();
        assertThat(List.of(first, second, third)).flatExtracting(ResultPage::items)
                .extracting(VerdictSummary::verdictId).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void moreRelevantFirstThenNewestAndEveryFilterCombinesWithWords() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        long older = publish(organisation, editor, "The " + word + " ferry is late");
        long twice = publish(organisation, editor, "The " + word + " ferry and the " + word + " bridge are late");
        long newer = publish(organisation, editor, "The " + word + " tram is late");
        publish(other, desk.editor(other, "oli"), "The " + word + " bus is late");

        List<Long> order = verdicts.search(words(word, 1, 10)).items().stream().map(VerdictSummary::verdictId).toList();
        assertThat(order).hasSize(4);
        assertThat(order.get(0)).as("the claim naming the word twice ranks first").isEqualTo(verdictOf(twice));
        assertThat(order.indexOf(verdictOf(newer))).isLessThan(order.indexOf(verdictOf(older)));

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(count(new VerdictSearch(word, null, organisation.slug, null, null, null, 1, 10))).isEqualTo(3);
        assertThat(count(new VerdictSearch(word, "false", null, null, null, null, 1, 10))).isEqualTo(4);
        assertThat(count(new VerdictSearch(word, "true", null, null, null, null, 1, 10))).isZero();
        assertThat(count(new VerdictSearch(word, null, null, "jane", null, null, 1, 10))).isEqualTo(4);
        assertThat(count(new VerdictSearch(word, null, null, "nobody", null, null, 1, 10))).isZero();
        assertThat(count(new VerdictSearch(word, null, null, null, today.minusDays(1), today.plusDays(1), 1, 10)))
                .isEqualTo(4);
        assertThat(count(new VerdictSearch(word, null, null, null, today.plusDays(1), null, 1, 10))).isZero();
        assertThat(count(new VerdictSearch(word + " ferry", "false", organisation.slug, "doe", today, today, 1, 10)))
                .isEqualTo(2);
        assertThat(count(new VerdictSearch(null, "false", organisation.slug, null, null, null, 1, 10))).isEqualTo(3);
    }

    private long count(VerdictSearch search) {
        ResultPage<VerdictSummary> page = verdicts.search(search);
        assertThat(page.items()).hasSize((int) Math.min(page.total(), search.size()));
        return page.total();
    }

    private long verdictOf(long claimId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.factdesk.core.verdict.Verdict.<io.factdesk.core.verdict.Verdict>find("claim.id", claimId)
                        .firstResult().id);
    }

    @Test
    void theSearchFormsChoicesAreReadOnceWithinTheirTimeToLive() {
        // Reading them scans every current revision; within the time to live every page gets the same answer.
        assertThat(verdicts.filterChoices()).isSameAs(verdicts.filterChoices());
    }
}
