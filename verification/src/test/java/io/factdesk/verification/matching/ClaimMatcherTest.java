package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.aDismissedClaim;
import static io.factdesk.verification.DatabaseFixtures.aPublishedVerdict;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.common.InvalidInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paraphrases of earlier claims and verdicts must be found in the top 3; unrelated claims are ranked low and never
 * suggested; other organisations' drafts and dismissed claims are out of scope.
 */
@QuarkusTest
class ClaimMatcherTest {

    @Inject
    ClaimMatcher matcher;

    // Created once: published verdicts are visible to every organisation, so repeating them per test would
    // put copies of the same verdict into each other's results.
    private static Organisation desk;
    private static Organisation other;
    private static Map<String, Long> ids;

    @BeforeEach
    void priorClaims() {
        if (ids != null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            desk = anOrganisation("Desk");
            other = anOrganisation("Other Desk");
            ids = Map.ofEntries(
                    Map.entry("embezzled", aPublishedVerdict(other, "Zelensky embezzled billions of dollars in US aid.").id),
                    Map.entry("drones", aPublishedVerdict(other, "The United States agreed to buy drones from Ukraine.").id),
                    Map.entry("tie", aPublishedVerdict(other, "The head of the Pentagon wore a tie in the colours of "
                            + "the Russian flag at a meeting with Zelensky.").id),
                    Map.entry("vaccines", aPublishedVerdict(other, "Vaccines cause autism in children.").id),
                    Map.entry("eiffel", aPublishedVerdict(desk, "The Eiffel Tower was sold for scrap metal in 1925.").id),
                    Map.entry("call", aClaim(desk, "Trump spoke with Putin on the phone for more than an hour.").id),
                    Map.entry("sixth", aClaim(desk, "The war in Ukraine has entered its sixth year.").id),
                    Map.entry("inflation", aClaim(desk, "Inflation in Germany reached ten percent in 2022.").id),
                    Map.entry("villa", aDismissedClaim(desk, "Zelensky owns a villa in Florida worth millions.").id),
                    Map.entry("otherDraft", aClaim(other, "Ukraine is selling its drones to America.").id),
                    Map.entry("diesel", aPublishedVerdict(other,
                            "Zelenskyy embezzled 400 million dollars of U.S. aid meant for diesel fuel").id),
                    Map.entry("starlink", aPublishedVerdict(other,
                            "SpaceX CEO Elon Musk donated Starlink terminals to Ukraine").id));
        });
    }

    private List<Long> top3(String text) {
        return matcher.matches(desk.id, text, 3).stream().map(MatchSuggestion::claimId).toList();
    }

    @Test
    void paraphrasesAreFoundInTheTopThree() {
        Map<String, String> paraphrases = Map.of(
                "embezzled", "Zelensky stole billions in American aid money",
                "drones", "Washington will purchase Ukrainian drones",
                "call", "Trump held a phone call with Putin lasting over an hour",
                "tie", "The Pentagon chief wore a necktie with the Russian tricolour when he met Zelensky",
                "sixth", "The conflict in Ukraine is now in its sixth year",
                "eiffel", "In 1925 the Eiffel Tower was sold as scrap",
                "diesel", "Zelensky stole US aid money",
                "starlink", "Starlink service is now active in Ukraine");
        paraphrases.forEach((key, paraphrase) ->
                assertThat(top3(paraphrase)).as(paraphrase).contains(ids.get(key)));
    }

    @Test
    void unrelatedClaimsAreRankedButOnlyAsPossibleMatches() {
        for (String unrelated : List.of("Drinking coffee improves long-term memory in adults",
                "The Mississippi river flooded three towns last spring",
                "Germany won the football World Cup in 2014")) {
            List<MatchSuggestion> matches = matcher.matches(desk.id, unrelated, 10);
            assertThat(matches).as(unrelated).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.level()).isEqualTo(MatchLevel.POSSIBLE));
            // in the re-ranker's order; each shows its fused score, which is absolute
            assertThat(matches).extracting(MatchSuggestion::claimId).doesNotHaveDuplicates();
            assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        }
        Set<Long> unrelatedIds = Set.of(ids.get("vaccines"), ids.get("inflation"), ids.get("eiffel"));
        for (String query : List.of("Zelensky stole billions in American aid money",
                "Washington will purchase Ukrainian drones", "The conflict in Ukraine is now in its sixth year")) {
            assertThat(matcher.matches(desk.id, query, 10)).as(query)
                    .filteredOn(s -> unrelatedIds.contains(s.claimId()))
                    .allSatisfy(m -> assertThat(m.level()).isEqualTo(MatchLevel.POSSIBLE));
        }
    }

    @Test
    void theSameClaimIsALikelyDuplicate() {
        MatchSuggestion best = matcher.matches(desk.id, "Zelensky embezzled billions of dollars in US aid", 3).get(0);

        assertThat(best.claimId()).isEqualTo(ids.get("embezzled"));
        assertThat(best.level()).isEqualTo(MatchLevel.LIKELY_DUPLICATE);
        assertThat(best.published()).isTrue();
        assertThat(best.verdictSlug()).startsWith("verdict-");
    }

    @Test
    void differentNumbersAreNotDuplicates() {
        List<MatchSuggestion> matches = matcher.matches(desk.id, "Inflation in Germany reached ten percent in 2023", 3);

        assertThat(matches).allSatisfy(m -> assertThat(m.level()).isNotEqualTo(MatchLevel.LIKELY_DUPLICATE));
    }

    @Test
    void otherOrganisationsDraftsAndDismissedClaimsAreOutOfScope() {
        Set<Long> forDesk = matcher.matches(desk.id, "Ukraine is selling its drones to America", 10).stream()
                .map(MatchSuggestion::claimId).collect(Collectors.toSet());
        Set<Long> forOther = matcher.matches(other.id, "Ukraine is selling its drones to America", 10).stream()
                .map(MatchSuggestion::claimId).collect(Collectors.toSet());

        assertThat(forDesk).doesNotContain(ids.get("otherDraft"));
        assertThat(forOther).contains(ids.get("otherDraft"));
        assertThat(matcher.matches(desk.id, "Zelensky owns a villa in Florida worth millions", 10))
                .noneMatch(m -> m.claimId() == ids.get("villa"));
    }

    @Test
    void aClaimDoesNotMatchItself() {
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.findById(ids.get("call")));

        assertThat(matcher.matchesForClaim(claim, 10)).noneMatch(m -> m.claimId() == claim.id);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedBeforeAnyWordIsRead() {
        assertThatThrownBy(() -> matcher.matches(1, "\"a ".repeat(ClaimMatcher.MAX_TEXT), 3))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));
    }
}
