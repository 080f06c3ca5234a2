package io.factdesk.verification.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.DefaultRatingScale;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.verdict.PublishedAppearance;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.core.verdict.VerdictRevision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimReviewsTest {

    private static final String BASE = "https://factdesk.example";

    private static List<Rating> defaultScale() {
        return DefaultRatingScale.ENTRIES.stream().map(entry -> {
            Rating rating = new Rating();
            rating.code = entry.code();
            rating.label = entry.label();
            rating.numericValue = entry.value();
            rating.translations = Map.of("uk", entry.ukrainian());
            return rating;
        }).toList();
    }

    /** The verdict's live claim row says something else: the ClaimReview must never read it. */
    private static Verdict verdict() {
        Organisation organisation = new Organisation();
        organisation.name = "Factdesk Demo Desk";
        organisation.url = "https://demo.factdesk.example";
        Claim claim = Claim.submitted(organisation, "A draft being edited after a reopen", "Draft Claimant", "rita");
        claim.claimedOn = LocalDate.of(2030, 1, 1);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.organisation = organisation;
        verdict.slug = "zelensky-embezzled-us-aid-42";
        verdict.firstPublishedAt = Instant.parse("2025-03-10T09:00:00Z");
        return verdict;
    }

    private static VerdictRevision revision(String ratingCode, String claimant, PublishedAppearance... seen) {
        VerdictRevision revision = new VerdictRevision();
        revision.revision = 1;
        revision.ratingCode = ratingCode;
        revision.publishedAt = Instant.parse("2025-03-10T09:00:00Z");
        revision.claimText = "Zelensky embezzled US aid";
        revision.claimant = claimant;
        revision.claimedOn = LocalDate.of(2025, 3, 4);
        revision.appearances = List.of(seen);
        return revision;
    }

    private static PublishedAppearance seenAt(String url, String outlet) {
        return new PublishedAppearance(url, null, null, null, outlet, LocalDate.of(2025, 3, 4));
    }

    @Test
    void ratedVerdictCarriesValueAndScaleBounds() {
        JsonNode review = ClaimReviews.build(BASE, verdict(),
                revision("mostly-false", "Jane Doe", seenAt("https://news.example/story", "Daily Example")),
                defaultScale());

        assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asText()).isEqualTo("https://factdesk.example/verdicts/zelensky-embezzled-us-aid-42");
        assertThat(review.get("claimReviewed").asText()).isEqualTo("Zelensky embezzled US aid");
        assertThat(review.get("datePublished").asText()).isEqualTo("2025-03-10");
        assertThat(review.has("dateModified")).isFalse();
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asText()).isEqualTo("Rating");
        // The default scale runs 0..5; Google wants worstRating >= 1, so it is shifted to 1..6.
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(3);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(6);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("alternateName").asText()).isEqualTo("Mostly false");
        JsonNode author = review.get("author");
        assertThat(author.get("@type").asText()).isEqualTo("Organization");
        assertThat(author.get("name").asText()).isEqualTo("Factdesk Demo Desk");
        assertThat(author.get("url").asText()).isEqualTo("https://demo.factdesk.example");
        JsonNode item = review.get("itemReviewed");
        assertThat(item.get("@type").asText()).isEqualTo("Claim");
        assertThat(item.get("author").get("@type").asText()).isEqualTo("Person");
        assertThat(item.get("author").get("name").asText()).isEqualTo("Jane Doe");
        assertThat(item.get("datePublished").asText()).isEqualTo("2025-03-04");
        assertThat(item.get("appearance")).hasSize(1);
        assertThat(item.get("appearance").get(0).get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(item.get("appearance").get(0).get("url").asText()).isEqualTo("https://news.example/story");
    }

    @Test
    void anImportedVerdictIsTheOriginalPublishersWork() {
        Verdict verdict = verdict();
        verdict.importedFrom = "Original Checks";

        JsonNode author = ClaimReviews.build(BASE, verdict, revision("false", "Jane Doe"), defaultScale()).get("author");

        assertThat(author.get("@type").asText()).isEqualTo("Organization");
        assertThat(author.get("name").asText()).isEqualTo("Original Checks");
        assertThat(author.has("url")).isFalse();
    }

    @Test
    void unratedEntryCarriesOnlyItsName() {
        JsonNode rating = ClaimReviews.build(BASE, verdict(), revision("unproven", "Jane Doe"), defaultScale())
                .get("reviewRating");

        assertThat(rating.get("alternateName").asText()).isEqualTo("Unproven");
        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.has("bestRating")).isFalse();
        assertThat(rating.has("worstRating")).isFalse();
    }

    @Test
    void ratingNameFollowsTheClaimsLanguage() {
        List<Rating> scale = defaultScale();
        scale.get(4).translations = Map.of("de", "Falsch");
        VerdictRevision revision = revision("false", "Jane Doe");
        revision.claimLanguage = "de";

        JsonNode rating = ClaimReviews.build(BASE, verdict(), revision, scale).get("reviewRating");

        assertThat(rating.get("alternateName").asText()).isEqualTo("Falsch");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(2);
    }

    @Test
    void aUkrainianVerdictIsMarkedUkrainianAndNamesItsRatingInUkrainianFromTheDefaultScale() {
        VerdictRevision revision = revision("mostly-false", "Jane Doe");
        revision.claimLanguage = "uk";

        JsonNode review = ClaimReviews.build(BASE, verdict(), revision, defaultScale());

        assertThat(review.get("inLanguage").asText()).isEqualTo("uk");
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("Переважно неправда");
        revision.claimLanguage = "en";
        JsonNode english = ClaimReviews.build(BASE, verdict(), revision, defaultScale());
        assertThat(english.get("inLanguage").asText()).isEqualTo("en");
        assertThat(english.get("reviewRating").get("alternateName").asText()).isEqualTo("Mostly false");
        revision.claimLanguage = "und";
        assertThat(ClaimReviews.build(BASE, verdict(), revision, defaultScale()).has("inLanguage")).isFalse();
    }

    @Test
    void outletsAndBodiesAreOrganisations() {
        JsonNode byOutlet = ClaimReviews.build(BASE, verdict(), revision("false", "Daily Example",
                seenAt("https://news.example/story", "Daily Example")), defaultScale()).get("itemReviewed").get("author");
        JsonNode byMinistry = ClaimReviews.build(BASE, verdict(), revision("false", "Ministry of Truth"),
                defaultScale()).get("itemReviewed").get("author");

        assertThat(byOutlet.get("@type").asText()).isEqualTo("Organization");
        assertThat(byMinistry.get("@type").asText()).isEqualTo("Organization");
    }

    @Test
    void correctedVerdictShowsWhenItWasModified() {
        Verdict verdict = verdict();
        verdict.currentRevision = 2;
        VerdictRevision second = revision("false", null, seenAt(null, "Radio"));
        second.revision = 2;
        second.publishedAt = Instant.parse("2025-04-01T12:00:00Z");

        JsonNode review = ClaimReviews.build(BASE, verdict, second, defaultScale());

        assertThat(review.get("dateModified").asText()).isEqualTo("2025-04-01");
        assertThat(review.get("itemReviewed").has("author")).isFalse();
        JsonNode radio = review.get("itemReviewed").get("appearance").get(0);
        assertThat(radio.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(radio.has("url")).isFalse();
        assertThat(radio.get("name").asText()).isEqualTo("Radio");
        assertThat(radio.get("datePublished").asText()).isEqualTo("2025-03-04");
    }

    private static JsonNode claimantOf(String name, ClaimantKind stated) {
        VerdictRevision revision = revision("false", name);
        revision.claimantKind = stated;
        return ClaimReviews.build(BASE, verdict(), revision, defaultScale()).get("itemReviewed").get("author");
    }

    @Test
    void aStatedOrganisationIsAnOrganizationEvenWithoutATellingWord() {
        JsonNode author = claimantOf("Eurostat", ClaimantKind.ORGANISATION);

        assertThat(author.get("@type").asText()).isEqualTo("Organization");
        assertThat(author.get("name").asText()).isEqualTo("Eurostat");
        assertThat(claimantOf("Eurostat", null).get("@type").asText()).as("unstated: guessed").isEqualTo("Person");
    }

    @Test
    void aStatedPersonIsAPersonEvenWithAnOrganisationWord() {
        assertThat(claimantOf("Jane Press", ClaimantKind.PERSON).get("@type").asText()).isEqualTo("Person");
        assertThat(claimantOf("Jane Press", null).get("@type").asText()).as("unstated: guessed")
                .isEqualTo("Organization");
    }

    @Test
    void everyAppearanceIsListedAndTheEarliestIsTheFirstAppearance() {
        PublishedAppearance later = new PublishedAppearance("https://news.example/later", null, null, null,
                "Daily Example", LocalDate.of(2025, 3, 6));
        PublishedAppearance broadcast = new PublishedAppearance(null, null, null, "We never got the money",
                "Evening Radio", LocalDate.of(2025, 3, 2));
        VerdictRevision revision = revision("false", "Jane Doe", later, broadcast);
        revision.claimedOn = null;

        JsonNode item = ClaimReviews.build(BASE, verdict(), revision, defaultScale()).get("itemReviewed");

        assertThat(item.get("appearance")).hasSize(2);
        assertThat(item.get("appearance").get(0).get("url").asText()).isEqualTo("https://news.example/later");
        assertThat(item.get("appearance").get(1).has("url")).isFalse();
        assertThat(item.get("appearance").get(1).get("text").asText()).isEqualTo("We never got the money");
        assertThat(item.get("appearance").get(1).get("publisher").get("name").asText()).isEqualTo("Evening Radio");
        JsonNode first = item.get("firstAppearance");
        assertThat(first.get("name").asText()).isEqualTo("Evening Radio");
        assertThat(first.get("datePublished").asText()).isEqualTo("2025-03-02");
        // No claim date was given: the earliest appearance dates the claim.
        assertThat(item.get("datePublished").asText()).isEqualTo("2025-03-02");
    }

    @Test
    void aScaleStartingAtOneIsNotShifted() {
        List<Rating> scale = defaultScale().stream().filter(r -> !"pants-on-fire".equals(r.code)).toList();

        JsonNode rating = ClaimReviews.build(BASE, verdict(), revision("false", "Jane Doe"), scale)
                .get("reviewRating");

        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(1);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(5);
    }

    @Test
    void aScaleWithOneNumericValueGivesOnlyTheName() {
        List<Rating> scale = defaultScale().stream()
                .filter(r -> "false".equals(r.code) || "unproven".equals(r.code)).toList();

        JsonNode rating = ClaimReviews.build(BASE, verdict(), revision("false", "Jane Doe"), scale)
                .get("reviewRating");

        assertThat(rating.has("bestRating")).isFalse();
        assertThat(rating.has("worstRating")).isFalse();
        assertThat(rating.get("alternateName").asText()).isEqualTo("False");
    }
}
