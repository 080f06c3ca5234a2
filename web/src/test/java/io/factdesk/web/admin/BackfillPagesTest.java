package io.factdesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The matching-embeddings page: admins only, CSRF on the start form, POST-redirect-GET to the job's progress. */
@QuarkusTest
class BackfillPagesTest {

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void anEditorGetsTheForbiddenPageAndCannotStartABackfillThere() {
        given().redirects().follow(false).when().get("/desk/admin/embedding-backfills")
                .then().statusCode(403).body(containsString("Not allowed"));
        Response page = given().when().get("/desk");
        given().redirects().follow(false).cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .formParam("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .when().post("/desk/admin/embedding-backfills")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminStartsABackfillAndSeesItsProgress() {
        Response page = given().when().get("/desk/admin/embedding-backfills");
        page.then().statusCode(200)
                .body(containsString("all-minilm-l6-v2-q"))
                .body(containsString("Claims without an embedding by this model"));
        String cookie = page.getCookie("factdesk-csrf");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().redirects().follow(false).cookie("factdesk-csrf", cookie)
                .formParam("csrf-token", "forged")
                .when().post("/desk/admin/embedding-backfills")
                .then().statusCode(400);

        String location = given().redirects().follow(false).cookie("factdesk-csrf", cookie)
                .formParam("csrf-token", token)
                .when().post("/desk/admin/embedding-backfills")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.indexOf("?started=") + "?started=".length());

        given().when().get(location).then().statusCode(200)
                .body(containsString("Backfill " + id + " started."))
                .body(containsString("id=\"backfill-" + id + "\""))
                .body(containsString("aria-label=\"Progress of backfill " + id + "\""));
        given().when().get("/desk/admin/embedding-backfills?started=x").then().statusCode(200)
                .body(not(containsString("started.")));
    }
}
