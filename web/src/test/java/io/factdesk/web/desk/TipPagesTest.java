package io.factdesk.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.factdesk.core.tip.Tip;
import io.factdesk.verification.tip.TipDraft;
import io.factdesk.verification.tip.TipService;
import io.factdesk.web.support.FormReturns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tips inbox pages: reading, merging, handling and turning a tip into a claim, all answered with 303s. */
@QuarkusTest
class TipPagesTest {

    @Inject
    TipService tips;

    private record Csrf(String cookie, String token) {
    }

    private static Csrf csrf(Response page) {
        return new Csrf(page.getCookie("factdesk-csrf"),
                page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
    }

    private long tip(String text) {
        return tips.submit(new TipDraft(text, "https://video.example/" + UUID.randomUUID(), null, null),
                "10.7." + UUID.randomUUID(), null).id();
    }

    private static String post(Csrf csrf, String path, String... fields) {
        var request = given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path).then().statusCode(303).extract().header("Location");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aReviewerMergesADuplicateAndTurnsTheTipIntoAClaim() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long first = tip("Wind farms kill more birds than cats " + marker);
        long second = tip("Do wind turbines kill more birds than cats? " + marker);
        given().get("/desk/tips").then().statusCode(200).body(containsString("/desk/tips/" + first))
                .body(containsString("/desk/tips/" + second));

        Response page = given().get("/desk/tips/{id}", second);
        page.then().statusCode(200).body(containsString("Do wind turbines kill more birds"));
        assertThat(post(csrf(page), "/desk/tips/" + second + "/merge", "into", "#" + first))
                .endsWith("/desk/tips/" + first + "?done=merged");
        Response merged = given().get("/desk/tips/{id}?done=merged", first);
        merged.then().statusCode(200).body(containsString("<span class=\"score\">2</span>"))
                .body(containsString("Tips merged"));
        given().get("/desk/tips?show=open").then().body(not(containsString("/desk/tips/" + second + "\"")));

        String location = post(csrf(merged), "/desk/tips/" + first + "/claim", "text",
                "Wind farms kill more birds than cats do " + marker, "claimant", "A viral video");
        assertThat(location).matches(".*/desk/claims/\\d+\\?done=created");
        given().get(location).then().statusCode(200).body(containsString("Wind farms kill more birds than cats do"));
        given().get("/desk/tips/{id}", first).then().body(containsString("Claim "))
                .body(not(containsString("/desk/tips/" + first + "/claim\"")));
        given().get("/desk/tips?show=handled").then().body(containsString("/desk/tips/" + first));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void refusedStepsComeBackAsMessagesOnTheTipPage() {
        long tipId = tip("Refusals " + UUID.randomUUID());
        Csrf csrf = csrf(given().get("/desk/tips/{id}", tipId));
        assertThat(post(csrf, "/desk/tips/" + tipId + "/merge", "into", "forty-two")).endsWith("error=merge-number");
        assertThat(post(csrf, "/desk/tips/" + tipId + "/merge", "into", "999999999")).endsWith("error=merge-unknown");
        assertThat(post(csrf, "/desk/tips/" + tipId + "/merge", "into", String.valueOf(tipId)))
                .endsWith("error=merge-same");
        assertThat(post(csrf, "/desk/tips/" + tipId + "/claim", "text", "x".repeat(2001)))
                .endsWith("error=claim-invalid");
        given().get("/desk/tips/{id}?error=merge-same", tipId).then().statusCode(200)
                .body(containsString("cannot be merged into itself"));
        assertThat(post(csrf, "/desk/tips/" + tipId + "/handled")).endsWith("done=handled");
        given().get("/desk/tips/{id}", tipId).then().body(containsString("Handled by reviewer"));
        given().get("/desk/tips?page=0").then().statusCode(400);
        given().get("/desk/tips/{id}", 999_999_999L).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void staffWithoutTheReviewerRoleAreRefused() {
        long tipId = tip("Not for admins alone " + UUID.randomUUID());
        given().get("/desk/tips").then().statusCode(403);
        given().get("/desk/tips/{id}", tipId).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "outsider", roles = {"reviewer", "editor"})
    void anotherOrganisationDoesNotSeeATipOnceTheDemoDeskActedOnIt() {
        long tipId = tip("Handled by the demo desk " + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            Tip tip = Tip.findById(tipId);
            tip.organisation = io.factdesk.core.organisation.Organisation.findBySlug(
                    io.factdesk.verification.demo.DemoData.DEMO_ORGANISATION).orElseThrow();
        });
        given().get("/desk/tips/{id}", tipId).then().statusCode(404);
        given().get("/desk/tips?show=all").then().statusCode(200).body(not(containsString("/desk/tips/" + tipId + "\"")));
    }

    @Test
    void theTipFormKeepsTheAddressOnlyWithConsent() {
        Response form = given().get("/tips/new");
        Csrf csrf = csrf(form);
        String text = "Consent " + UUID.randomUUID();
        FormReturns.followed(given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie())
                .formParam("csrf-token", csrf.token()).formParam("text", text).formParam("notify", "on")
                .header("X-Forwarded-For", "10.8.0." + (int) (Math.random() * 200))
                .post("/tips"), "/tips/new", "tip", 400)
                .body(containsString("Enter your e-mail address so we can tell you"));
        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("text", text).formParam("contact", "reader@example.net").formParam("notify", "on")
                .post("/tips").then().statusCode(303).header("Location", matchesPattern(".*/tips/thanks.*"));
        given().redirects().follow(false).cookie("factdesk-csrf", csrf.cookie()).formParam("csrf-token", csrf.token())
                .formParam("text", text + " again").formParam("contact", "other@example.net")
                .post("/tips").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Tip.<Tip>find("text", text).firstResult().notifyEmail).isEqualTo("reader@example.net");
            assertThat(Tip.<Tip>find("text", text + " again").firstResult().notifyEmail).isNull();
        });
    }
}
