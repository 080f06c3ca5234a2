package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.workflow.ReviewWorkflow;
import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The rating a reviewer proposes is the verdict's rating, so the desk offers the scale's labels in the claim's
 * language (a Ukrainian claim is rated «Неправда»), whatever language the desk itself is shown in.
 */
@QuarkusTest
class ClaimPageRatingLanguageTest {

    @Inject
    Verdicts verdicts;

    @Inject
    ClaimService claims;

    @Inject
    ReviewWorkflow workflow;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void theRatingChoicesOfAClaimReadInTheClaimsLanguage() {
        var reviewer = verdicts.actor("reviewer", StaffRole.REVIEWER);
        String place = "Q" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
        long ukrainian = claims.create(reviewer, new ClaimDraft("Міст " + place + " коштував мільярд гривень", null,
                null, "uk", null, null)).id;
        long english = claims.create(reviewer, new ClaimDraft("The " + place + " bridge cost a billion", null,
                null, "en", null, null)).id;
        workflow.take(reviewer, ukrainian, null);
        workflow.take(reviewer, english, null);

        assertThat(ratingChoices(ukrainian)).contains("Неправда", "Переважно правда").doesNotContain("False");
        assertThat(ratingChoices(english)).contains("False", "Mostly true").doesNotContain("Неправда");
    }

    private static String ratingChoices(long claimId) {
        Document page = Jsoup.parse(given().get("/desk/claims/{id}", claimId).then().statusCode(200).extract()
                .asString());
        return page.select("select#rating option").eachText().toString();
    }
}
