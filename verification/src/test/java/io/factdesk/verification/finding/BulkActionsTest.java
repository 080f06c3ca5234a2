package io.factdesk.verification.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bulk actions go claim by claim through the review workflow: each claim's own rules apply, a refusal is reported
 * with its reason and changes nothing, and the other claims are still done.
 */
@QuarkusTest
class BulkActionsTest {

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    BulkActions bulk;

    @Inject
    Tags tags;

    @Test
    void dismissesOpenClaimsAndRefusesAPublishedOneAndAnotherOrganisations() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        long open = desk.claim(organisation, "The port handled 5 million tonnes");
        long reviewed = desk.reviewed(organisation, desk.reviewer(organisation, "raj"), "Exports doubled in 2025");
        long rated = desk.reviewed(organisation, desk.reviewer(organisation, "ria"), "Imports halved in 2025");
        workflow.approve(editor, rated, null);
        long theirs = desk.claim(other, "The port handled 6 million tonnes");

        BulkOutcome outcome = bulk.dismiss(editor, List.of(open, reviewed, rated, theirs), "Out of scope");

        assertThat(outcome.done()).isEqualTo(2);
        assertThat(outcome.refused()).containsExactly(new BulkOutcome.Refused(rated, "wrong-state"),
                new BulkOutcome.Refused(theirs, "not-found"));
        assertThat(desk.reload(open).state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(desk.reload(open).dismissReason()).isEqualTo("Out of scope");
        assertThat(desk.reload(reviewed).state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(desk.reload(rated).state()).isEqualTo(ClaimState.RATED);
        assertThat(desk.reload(theirs).state()).isEqualTo(ClaimState.SUBMITTED);
        assertThat(desk.eventTypes(open)).contains("ClaimDismissed");
    }

    @Test
    void assignsThroughTheWorkflowAndRefusesStrangersAndClosedClaims() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        Actor reviewer = desk.reviewer(organisation, "raj");
        long first = desk.claim(organisation, "Wages rose 4 percent");
        long second = desk.claim(organisation, "Wages rose 5 percent");
        long dismissed = desk.claim(organisation, "Wages rose 6 percent");
        workflow.dismiss(editor, dismissed, "Duplicate", null);

        BulkOutcome outcome = bulk.assign(editor, List.of(first, second, dismissed, first), reviewer.username());
        assertThat(outcome.done()).as("a claim selected twice counts once").isEqualTo(2);
        assertThat(outcome.refused()).containsExactly(new BulkOutcome.Refused(dismissed, "wrong-state"));
        assertThat(desk.reload(first).assignee()).isEqualTo(reviewer.username());
        assertThat(desk.reload(first).state()).isEqualTo(ClaimState.IN_REVIEW);

        Actor stranger = desk.reviewer(other, "sam");
        long third = desk.claim(organisation, "Wages rose 7 percent");
        assertThat(bulk.assign(editor, List.of(third), stranger.username()).refused())
                .containsExactly(new BulkOutcome.Refused(third, "unknown-assignee"));
        assertThat(desk.reload(third).state()).isEqualTo(ClaimState.SUBMITTED);
    }

    @Test
    void reviewersMayTagButNotAssignOrDismiss() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long claim = desk.claim(organisation, "Rents rose 9 percent");

        assertThatThrownBy(() -> bulk.dismiss(reviewer, List.of(claim), "Out of scope"))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> bulk.assign(reviewer, List.of(claim), reviewer.username()))
                .isInstanceOf(NotPermitted.class);
        assertThat(desk.reload(claim).state()).isEqualTo(ClaimState.SUBMITTED);

        BulkOutcome tagged = bulk.tag(reviewer, List.of(claim), "Housing");
        assertThat(tagged.done()).isEqualTo(1);
        assertThat(bulk.tag(reviewer, List.of(claim), "housing").refused())
                .containsExactly(new BulkOutcome.Refused(claim, "already-tagged"));
        assertThat(tags.of(reviewer, claim)).extracting(t -> t.name).containsExactly("Housing");
    }

    @Test
    void emptyOrOversizedSelectionsAndBlankReasonsAreRefused() {
        Organisation organisation = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        long claim = desk.claim(organisation, "Bus fares fell 10 percent");
        assertThatThrownBy(() -> bulk.dismiss(editor, List.of(), "Out of scope")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> bulk.dismiss(editor, List.of(claim), "  ")).isInstanceOf(InvalidInput.class);
        List<Long> tooMany = java.util.stream.LongStream.rangeClosed(1, 101).boxed().toList();
        assertThatThrownBy(() -> bulk.tag(editor, tooMany, "x")).isInstanceOf(InvalidInput.class);
        assertThat(desk.reload(claim).state()).isEqualTo(ClaimState.SUBMITTED);
    }
}
