package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * After a reopen, reviewers rewrite the claim and add sources and appearances. The public verdict page (and its
 * JSON-LD), the search, the Atom feed and the public API keep showing what was approved.
 */
@QuarkusTest
class ApprovedSnapshotPagesTest {

    @Inject
    Verdicts verdicts;

    private static String word() {
        // Letters only, so the search stems it as one unknown word; a UUID's hex digits may hold too few letters.
        StringBuilder word = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void everyPublicSurfaceShowsTheApprovedSnapshotWhileTheClaimIsReworked() {
        String approved = word();
        String draft = word();
        String slug = verdicts.publish("The " + approved + " dam doubled the water supply", "Water Minister",
                "false", "Reservoir records", "Supply rose by a tenth.");
        verdicts.reopen(slug, "New reservoir data.");
        verdicts.editDraft(slug, "A rewritten draft about the " + draft + " dam", "Unvetted " + draft + " notes");

        given().get("/verdicts/" + slug).then().statusCode(200)
                .body(containsString("The " + approved + " dam doubled the water supply"))
                .body(containsString("Water Minister"))
                .body(not(containsString(draft)))
                .body(not(containsString("Draft Claimant")))
                .body(not(containsString("draft.example.com")));
        given().get("/search?q=" + approved).then().statusCode(200).body(containsString("/verdicts/" + slug));
        given().get("/search?q=" + draft).then().statusCode(200).body(not(containsString("/verdicts/" + slug)));
        given().get("/feed.atom").then().statusCode(200)
                .body(containsString(approved)).body(not(containsString(draft)));
        given().get("/api/v1/verdicts/by-slug/" + slug).then().statusCode(200)
                .body(containsString(approved)).body(not(containsString(draft)))
                .body(not(containsString("draft.example.com")));
        given().get("/api/v1/search?q=" + draft).then().statusCode(200).body(not(containsString(slug)));
        given().get("/api/v1/feeds/claimreview?size=100").then().statusCode(200)
                .body(containsString(approved)).body(not(containsString(draft)));
    }
}
