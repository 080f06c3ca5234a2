package io.factdesk.verification.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.SavedFilter;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.workflow.Desk;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Tags are per organisation and recorded in the claim's history; saved filters belong to one person. */
@QuarkusTest
class TagsAndSavedFiltersTest {

    @Inject
    Desk desk;

    @Inject
    Tags tags;

    @Inject
    SavedFilters filters;

    @Test
    void aTagIsCreatedOncePerOrganisationWhateverItsCaseAndEachChangeIsRecorded() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long first = desk.claim(organisation, "Crime fell 5 percent");
        long second = desk.claim(organisation, "Crime fell 6 percent");

        assertThat(tags.add(reviewer, first, "  Crime   statistics ")).isTrue();
        assertThat(tags.add(reviewer, second, "crime statistics")).isTrue();
        assertThat(tags.add(reviewer, second, "CRIME STATISTICS")).isFalse();
        assertThat(tags.all(reviewer)).extracting(t -> t.name).containsExactly("Crime statistics");
        assertThat(tags.all(desk.reviewer(other, "sam"))).isEmpty();
        assertThat(desk.eventTypes(first)).contains("TagAdded");

        long tagId = tags.of(reviewer, first).get(0).id;
        tags.remove(reviewer, first, tagId);
        assertThat(tags.of(reviewer, first)).isEmpty();
        assertThat(tags.of(reviewer, second)).hasSize(1);
        assertThat(desk.eventTypes(first)).contains("TagRemoved");
    }

    @Test
    void anotherOrganisationsClaimsAndTagsAreOutOfReach() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor stranger = desk.reviewer(other, "sam");
        long theirs = desk.claim(other, "Taxes rose 2 percent");
        long ours = desk.claim(organisation, "Taxes rose 3 percent");
        tags.add(stranger, theirs, "Taxes");
        long theirTag = tags.of(stranger, theirs).get(0).id;

        assertThatThrownBy(() -> tags.add(reviewer, theirs, "Taxes")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tags.of(reviewer, theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tags.remove(reviewer, ours, theirTag)).isInstanceOf(NotFound.class);
        assertThat(tags.of(stranger, theirs)).hasSize(1);
    }

    @Test
    void tagsNeedAReviewerAndAName() {
        Organisation organisation = desk.organisation(1, 1);
        long claim = desk.claim(organisation, "Fuel cost 2 euros");
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        assertThatThrownBy(() -> tags.add(admin, claim, "Energy")).isInstanceOf(NotPermitted.class);
        Actor reviewer = desk.reviewer(organisation, "raj");
        assertThatThrownBy(() -> tags.add(reviewer, claim, " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> tags.add(reviewer, claim, "x".repeat(61))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void savedFiltersArePersonalAndANameIsReplacedNotDuplicated() {
        Organisation organisation = desk.organisation(1, 1);
        Actor raj = desk.reviewer(organisation, "raj");
        Actor ria = desk.reviewer(organisation, "ria");
        ClaimQuery rated = ClaimQuery.parse(null, null, "RATED", null, null, null, null, null, null);
        ClaimQuery election = ClaimQuery.parse("turnout", null, null, null, null, null, null, "Election", null);

        filters.save(raj, "Published", rated);
        SavedFilter replaced = filters.save(raj, "Published", election);
        assertThat(filters.of(raj)).extracting(f -> f.name + " " + f.query)
                .containsExactly("Published q=turnout&tag=Election");
        assertThat(filters.of(ria)).isEmpty();
        assertThatThrownBy(() -> filters.delete(ria, replaced.id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> filters.save(raj, " ", rated)).isInstanceOf(InvalidInput.class);
        filters.delete(raj, replaced.id);
        assertThat(filters.of(raj)).isEmpty();
    }
}
