package io.factdesk.verification.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.publishing.SearchTermsBackfill;
import io.factdesk.verification.workflow.Desk;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's claim search in PostgreSQL: every filter, the orders, paging, and the organisation boundary. */
@QuarkusTest
class ClaimSearchTest {

    @Inject
    Desk desk;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ClaimService claims;

    @Inject
    ClaimSearch search;

    @Inject
    Tags tags;

    @Inject
    SearchTermsBackfill backfill;

    /** A word no other test uses, so the results below are this test's own. */
    private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "y")
            .substring(0, 10);

    private long create(Actor reviewer, String text, String claimant) {
        return claims.create(reviewer, new ClaimDraft(text, claimant, null, null, null, null)).id;
    }

    private List<Long> ids(Actor actor, ClaimQuery query) {
        return search.search(actor, query, new PageRequest(1, 100)).items().stream().map(r -> r.claim().id).toList();
    }

    private static ClaimQuery words(String text) {
        return ClaimQuery.parse(text, null, null, null, null, null, null, null, null);
    }

    @Test
    void claimsInEveryStateAreFoundIncludingPublishedAndDismissedOnes() {
        Organisation organisation = desk.organisation(1, 1);
        Actor editor = desk.editor(organisation, "emma");
        Actor reviewer = desk.reviewer(organisation, "raj");
        long submitted = desk.claim(organisation, "The " + word + " harbour closed in May");
        long inReview = desk.claim(organisation, "The " + word + " airport closed in June");
        workflow.take(reviewer, inReview, null);
        long rated = desk.reviewed(organisation, reviewer, "The " + word + " station closed in July");
        workflow.approve(editor, rated, null);
        long dismissed = desk.claim(organisation, "The " + word + " bridge closed in August");
        workflow.dismiss(editor, dismissed, "Not check-worthy", null);

        assertThat(ids(reviewer, words(word))).containsExactlyInAnyOrder(submitted, inReview, rated, dismissed);
        assertThat(ids(reviewer, state(word, "RATED"))).containsExactly(rated);
        assertThat(ids(reviewer, state(word, "dismissed"))).containsExactly(dismissed);
        assertThat(ids(reviewer, state(word, "IN_REVIEW"))).containsExactly(inReview);
        assertThat(ids(reviewer, state(word, "SUBMITTED"))).containsExactly(submitted);
        assertThat(ids(reviewer, ClaimQuery.parse(word, null, null, null, "false", null, null, null, null)))
                .as("the rating of the published verdict").containsExactly(rated);
        assertThat(ids(reviewer, ClaimQuery.parse(word, null, null, null, "true", null, null, null, null))).isEmpty();
        assertThat(ids(reviewer, ClaimQuery.parse(word, null, null, reviewer.username(), null, null, null, null,
                null))).containsExactlyInAnyOrder(inReview, rated);
        Paged<ClaimRow> page = search.search(reviewer, state(word, "RATED"), PageRequest.first());
        assertThat(page.items().get(0).rating()).isEqualTo("false");
        assertThat(page.items().get(0).claim().state()).isEqualTo(ClaimState.RATED);
    }

    @Test
    void wordsAreStemmedAndTheBetterMatchComesFirst() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long once = create(reviewer, "The " + word + " ferry was late on Monday", null);
        long twice = create(reviewer, "The " + word + " ferries and the " + word + " ferry were late", null);
        create(reviewer, "The tram was late on Monday", null);

        assertThat(ids(reviewer, words(word + " ferries"))).containsExactly(twice, once);
        assertThat(ids(reviewer, words(word + " \"late on Monday\""))).containsExactly(once);
        assertThat(ids(reviewer, words(word + " -ferries"))).isEmpty();
    }

    @Test
    void claimantIsMatchedInPartIgnoringCaseAndLikeWildcardsAreLiteral() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long eurostat = create(reviewer, "Inflation " + word + " fell to 2 percent", "Eurostat");
        long minister = create(reviewer, "Inflation " + word + " fell to 3 percent", "Finance Minister 100%");

        assertThat(ids(reviewer, claimant(word, "EUROSTAT"))).containsExactly(eurostat);
        assertThat(ids(reviewer, claimant(word, "minister"))).containsExactly(minister);
        assertThat(ids(reviewer, claimant(word, "100%"))).containsExactly(minister);
        assertThat(ids(reviewer, claimant(word, "%"))).containsExactly(minister);
        assertThat(ids(reviewer, claimant(word, "_"))).isEmpty();
    }

    @Test
    void theDateRangeIsInclusiveAndAnInvertedOneIsRefused() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long claim = create(reviewer, "The " + word + " dam holds 3 billion litres", null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(ids(reviewer, range(today, today))).containsExactly(claim);
        assertThat(ids(reviewer, range(today.minusDays(3), null))).containsExactly(claim);
        assertThat(ids(reviewer, range(null, today.minusDays(1)))).isEmpty();
        assertThat(ids(reviewer, range(today.plusDays(1), null))).isEmpty();
        assertThatThrownBy(() -> range(today, today.minusDays(1))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("to");
    }

    @Test
    void tagsFilterIgnoringCaseWithinTheOrganisationOnly() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor stranger = desk.reviewer(other, "sam");
        long tagged = create(reviewer, "Turnout " + word + " was 61 percent", null);
        create(reviewer, "Turnout " + word + " was 59 percent", null);
        long theirs = create(stranger, "Turnout " + word + " was 40 percent", null);
        tags.add(reviewer, tagged, "Election 2026");
        tags.add(stranger, theirs, "election 2026");

        assertThat(ids(reviewer, tag(word, "ELECTION 2026"))).containsExactly(tagged);
        assertThat(ids(stranger, tag(word, "Election 2026"))).containsExactly(theirs);
        assertThat(search.search(reviewer, tag(word, "election 2026"), PageRequest.first()).items().get(0).tags())
                .containsExactly("Election 2026");
        assertThat(ids(reviewer, tag(word, "election"))).as("whole tag names only").isEmpty();
    }

    @Test
    void anotherOrganisationsClaimsAreNeverListed() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor stranger = desk.reviewer(other, "sam");
        long ours = create(reviewer, "The " + word + " mine employs 900 people", null);
        long theirs = create(stranger, "The " + word + " mine employs 900 people", null);
        workflow.take(stranger, theirs, null);

        assertThat(ids(reviewer, words(word))).containsExactly(ours);
        assertThat(ids(stranger, words(word))).containsExactly(theirs);
        assertThat(ids(reviewer, ClaimQuery.parse(word, null, null, stranger.username(), null, null, null, null,
                null))).isEmpty();
        assertThat(ids(reviewer, ClaimQuery.any())).doesNotContain(theirs).contains(ours);
    }

    @Test
    void namesAndUkrainianWordFormsAreFoundAcrossScriptsWithinTheOrganisationOnly() {
        Organisation organisation = desk.organisation(1, 1);
        Organisation other = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        Actor stranger = desk.reviewer(other, "sam");
        long english = create(reviewer, "Zelenskyy signed the " + word + " drone deal in Kyiv", null);
        long ukrainian = create(reviewer, "Свириденко підписала угоду " + word + " про постачання дронів",
                "Юлія Свириденко");
        long theirs = create(stranger, "Zelenskyy signed the " + word + " drone deal in Kyiv", null);

        assertThat(ids(reviewer, words("Зеленський " + word))).containsExactly(english);
        assertThat(ids(reviewer, words("Зеленського " + word))).as("a Ukrainian word form").containsExactly(english);
        assertThat(ids(reviewer, words("Svyrydenko " + word))).containsExactly(ukrainian);
        assertThat(ids(reviewer, words("Svyridenko " + word))).as("another spelling").containsExactly(ukrainian);
        assertThat(ids(reviewer, words("дрони " + word))).as("another case of «дронів»").containsExactly(ukrainian);
        assertThat(ids(stranger, words("Зеленський " + word))).containsExactly(theirs);
        assertThat(ids(reviewer, words("Зеленський Svyrydenko " + word))).as("every word must be there").isEmpty();
    }

    @Test
    void aClaimCreatedBeforeTheTermsExistedGetsThemAtStart() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long claim = desk.claim(organisation, "Svyrydenko opened the " + word + " plant");
        assertThat(ids(reviewer, words("Свириденко " + word))).isEmpty();

        for (long last = backfill.fillBatch("claim", 0); last > 0; last = backfill.fillBatch("claim", last)) {
            // as at start
        }

        assertThat(ids(reviewer, words("Свириденко " + word))).containsExactly(claim);
    }

    @Test
    void ordersAndPagesAreStable() {
        Organisation organisation = desk.organisation(1, 1);
        Actor reviewer = desk.reviewer(organisation, "raj");
        long first = create(reviewer, "Rainfall " + word + " reached 10 mm", null);
        long second = create(reviewer, "Rainfall " + word + " reached 20 mm", null);
        long third = create(reviewer, "Rainfall " + word + " reached 30 mm", null);

        assertThat(ids(reviewer, sorted(word, "newest"))).containsExactly(third, second, first);
        assertThat(ids(reviewer, sorted(word, "oldest"))).containsExactly(first, second, third);
        Paged<ClaimRow> page2 = search.search(reviewer, sorted(word, "oldest"), new PageRequest(2, 2));
        assertThat(page2.total()).isEqualTo(3);
        assertThat(page2.items()).extracting(r -> r.claim().id).containsExactly(third);
        assertThat(ClaimQuery.parse(null, null, null, null, null, null, null, null, "relevance").sort())
                .as("relevance needs words").isEqualTo(ClaimQuery.Sort.NEWEST);
        assertThat(words(word).sort()).isEqualTo(ClaimQuery.Sort.RELEVANCE);
    }

    @Test
    void badParametersAreRefusedByNameBeforeAnyQuery() {
        assertThat(field(() -> ClaimQuery.parse("a".repeat(501), null, null, null, null, null, null, null, null)))
                .isEqualTo("q");
        assertThat(field(() -> ClaimQuery.parse(null, null, "FINISHED", null, null, null, null, null, null)))
                .isEqualTo("state");
        assertThat(field(() -> ClaimQuery.parse(null, null, null, null, null, "22/11/2026", null, null, null)))
                .isEqualTo("from");
        assertThat(field(() -> ClaimQuery.parse(null, null, null, null, null, null, null, "t".repeat(61), null)))
                .isEqualTo("tag");
        assertThat(field(() -> ClaimQuery.parse(null, null, null, null, null, null, null, null, "random")))
                .isEqualTo("sort");
        assertThat(field(() -> ClaimQuery.parse(null, "c".repeat(301), null, null, null, null, null, null, null)))
                .isEqualTo("claimant");
    }

    @Test
    void theQueryStringGivesTheSameSearchBack() {
        ClaimQuery query = ClaimQuery.parse("ferry & bridge", "Jane", "rated", "raj", "false", "2026-01-01",
                "2026-02-01", "Election 2026", "oldest");
        String string = query.queryString();
        assertThat(string).isEqualTo("q=ferry+%26+bridge&claimant=Jane&state=RATED&assignee=raj&rating=false"
                + "&from=2026-01-01&to=2026-02-01&tag=Election+2026&sort=oldest");
        assertThat(ClaimQuery.any().queryString()).isEmpty();
    }

    @Test
    void onlyReviewersAndEditorsSearch() {
        Organisation organisation = desk.organisation(1, 1);
        Actor admin = desk.staff(organisation, "ada", StaffRole.ADMIN);
        assertThatThrownBy(() -> search.search(admin, ClaimQuery.any(), PageRequest.first()))
                .isInstanceOf(NotPermitted.class);
    }

    private static String field(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInput e) {
            return e.field();
        }
        return null;
    }

    private static ClaimQuery state(String text, String state) {
        return ClaimQuery.parse(text, null, state, null, null, null, null, null, null);
    }

    private static ClaimQuery claimant(String text, String claimant) {
        return ClaimQuery.parse(text, claimant, null, null, null, null, null, null, null);
    }

    private ClaimQuery range(LocalDate from, LocalDate to) {
        return ClaimQuery.parse(word, null, null, null, null, from == null ? null : from.toString(),
                to == null ? null : to.toString(), null, null);
    }

    private static ClaimQuery tag(String text, String tag) {
        return ClaimQuery.parse(text, null, null, null, null, null, null, tag, null);
    }

    private static ClaimQuery sorted(String text, String sort) {
        return ClaimQuery.parse(text, null, null, null, null, null, null, null, sort);
    }
}
