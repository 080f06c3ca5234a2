package io.factdesk.web.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.article.Article;
import io.factdesk.core.audit.WorkflowEvent;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.ClaimState;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.tip.Tip;
import io.factdesk.core.verdict.Verdict;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.demo.DemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A fresh start shows the product at work: the demo claims went through the real workflow, so the public site has
 * verdicts (one corrected), the desk has a claim in review and one to take, the audit trail is complete, and tips
 * wait. Seeding again adds nothing.
 */
@QuarkusTest
class DemoDataTest {

    static final String CORRECTED = "The war in Ukraine entered its sixth year in October 2025.";
    static final String PUBLISHED =
            "Zelensky and Trump discussed air defence and joint drone production in a call on 4 July 2025.";
    static final String IN_REVIEW = "Zelensky described a possible drone deal with the United States as a 'megadeal'.";

    @Inject
    DemoData demo;

    @Test
    void searchingZelenskyFindsAPublishedDemoVerdict() {
        Document results = Jsoup.parse(given().get("/search?q=Zelensky").then().statusCode(200).extract().asString());

        assertThat(results.select("article.card .card-title a").eachText())
                .contains("Yes: Zelensky and Trump discussed air defence on 4 July 2025");
    }

    @Test
    void aFirstRunShowsAUkrainianArticleAndAUkrainianVerdictLinkedToItsEnglishTranslation() {
        String language = QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("sourceName",
                DemoArticles.UKRAINIAN_FILES.get(0)).firstResult().language);
        assertThat(language).isEqualTo("uk");

        Document results = Jsoup.parse(given().queryParam("q", "Свириденко").get("/search").then().statusCode(200)
                .extract().asString());
        assertThat(results.select("article.card .card-title a").eachText()).contains(
                "Так: Свириденко заявила, що угоду про дрони ухвалили президенти",
                "Yes: Svyrydenko said the presidents decided the drone deal");

        String slug = QuarkusTransaction.requiringNew().call(() -> Verdict.<Verdict>find("claim.language = ?1 "
                + "and claim.organisation.slug = ?2", "uk", DemoData.DEMO_ORGANISATION).firstResult().slug);
        Document page = Jsoup.parse(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("h1[lang=uk]").text()).startsWith("Так:");
        assertThat(page.selectFirst(".verdict-rating .rating").text()).isEqualTo("Правда");
        assertThat(page.selectFirst("nav.translations a[hreflang=en]").text()).isEqualTo("English");
    }

    @Test
    void aDemoVerdictWasCorrectedByASecondEditorAndItsFirstRevisionStaysReadable() {
        String slug = slugOf(CORRECTED);
        Document page = Jsoup.parse(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.selectFirst(".verdict-rating .rating").text()).isEqualTo("False");
        assertThat(page.selectFirst(".correction-beside").text()).contains("Until this correction the rating was "
                + "Mostly false.");
        Document first = Jsoup.parse(given().get("/verdicts/" + slug + "/revisions/1").then().statusCode(200)
                .extract().asString());
        assertThat(first.selectFirst(".verdict-rating .rating").text()).isEqualTo("Mostly false");

        long claimId = claimIdOf(CORRECTED);
        List<String> trail = QuarkusTransaction.requiringNew().call(() -> WorkflowEvent.<WorkflowEvent>list(
                "claim.id = ?1 order by id", claimId).stream().map(e -> e.type + " " + e.actor).toList());
        assertThat(trail).containsSubsequence("ClaimSubmitted reviewer", "ClaimTaken reviewer",
                "EvidenceAdded reviewer", "EvidenceAdded reviewer", "ReviewSubmitted reviewer",
                "RatingApproved editor", "CorrectionProposed editor", "VerdictCorrected editor2");
    }

    @Test
    void theDeskHasAClaimInReviewAClaimToTakeAndTipsWaiting() {
        long claimId = claimIdOf(IN_REVIEW);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claimId));
        assertThat(claim.state()).isEqualTo(ClaimState.IN_REVIEW);
        assertThat(claim.assignee()).isEqualTo("reviewer");
        assertThat(claim.claimantKind).isEqualTo(ClaimantKind.PERSON);
        long toTake = QuarkusTransaction.requiringNew().call(() -> Claim.count(
                "organisation.slug = ?1 and state = ?2 and assignee is null", DemoData.DEMO_ORGANISATION,
                ClaimState.SUBMITTED));
        assertThat(toTake).isPositive();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Tip.count("claim is null and text like ?1",
                "A video says Ukraine resold drones%"))).isEqualTo(1);
    }

    @Test
    void seedingAgainAddsNothing() {
        long claims = QuarkusTransaction.requiringNew().call(() -> Claim.count());
        long verdicts = QuarkusTransaction.requiringNew().call(() -> Verdict.count());
        long tips = QuarkusTransaction.requiringNew().call(() -> Tip.count());

        demo.seed();

        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count())).isEqualTo(claims);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Verdict.count())).isEqualTo(verdicts);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Tip.count())).isEqualTo(tips);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count("text", PUBLISHED))).isEqualTo(1);
    }

    private static long claimIdOf(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>find("organisation.slug = ?1 and text = ?2",
                DemoData.DEMO_ORGANISATION, text).singleResult().id);
    }

    private static String slugOf(String text) {
        return QuarkusTransaction.requiringNew().call(() -> Verdict.<Verdict>find("claim.text", text)
                .singleResult().slug);
    }
}
