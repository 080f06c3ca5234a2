package io.factdesk.web.links;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form with a web address field (evidence, article import, organisation profile, reader tips) comes back
 * with a field error for anything but an absolute http(s) address, and stores nothing.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"reviewer", "editor", "admin"})
class LinkFieldsTest {

    /** Text the browser's own check or a loose pattern lets through; none of it is a web address. */
    static final String[] REFUSED = {"javascript:alert(document.domain)", "https://x.example/\"onmouseover=\"alert(1)",
        "https://user:secret@x.example/", "https://x.example/\u202Egpj.exe", "//evil.example/x"};

    private record Page(String cookie, String token) {

        static Page load(String path) {
            Response page = given().get(path);
            page.then().statusCode(200);
            return new Page(page.getCookie("factdesk-csrf"),
                    page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
        }

        RequestSpecification form() {
            return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .cookie("factdesk-csrf", cookie).formParam("csrf-token", token);
        }
    }

    /** The form came back to its page (PRG), which shows the field error and answers {@code status}. */
    private static void refusedWithFieldError(Response response, String address, String form, int status,
            String field, String message) {
        FormReturns.followed(response, address, form, status).contentType(startsWith("text/html"))
                .body(containsString("id=\"" + field + "-error\">" + message));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void evidenceWithAScriptLinkComesBackWithTheFieldError(int which) {
        long claim = given().contentType(ContentType.JSON).body(Map.of("text", "Evidence form " + UUID.randomUUID()))
                .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        Page page = Page.load("/desk/claims/" + claim);
        page.form().formParam("url", REFUSED[which]).formParam("title", "A source").formParam("publisher", "Someone")
                .post("/desk/claims/{id}/evidence", claim)
                .then().statusCode(303).header("Location", endsWith("/desk/claims/" + claim + "/evidence"));
        given().get("/desk/claims/{id}/evidence", claim).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("id=\"evidence-url-error\">The web address "));
        given().get("/api/v1/claims/{id}/evidence", claim).then().statusCode(200).body("size()",
                org.hamcrest.Matchers.equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void anArticleWithAScriptLinkComesBackWithTheFieldError(int which) {
        String title = "Script link article " + UUID.randomUUID();
        Response page = given().get("/desk/articles");
        Response refused = given().redirects().follow(false).cookie("factdesk-csrf", page.getCookie("factdesk-csrf"))
                .multiPart("csrf-token", page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"))
                .multiPart("title", title).multiPart("url", REFUSED[which], "text/plain; charset=UTF-8")
                .multiPart("body", "The harbour authority said traffic rose by 12 percent.")
                .post("/desk/articles");
        refusedWithFieldError(refused, "/desk/articles", "import", 200, "url", "The web address ");
        given().get("/api/v1/articles").then().statusCode(200).body(not(containsString(title)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void theProfileWithAScriptLinkComesBackWithTheFieldError(int which) {
        String before = given().get("/api/v1/settings/profile").then().extract().jsonPath().getString("url");
        Response edit = given().get("/desk/admin/profile");
        Page page = new Page(edit.getCookie("factdesk-csrf"),
                edit.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value"));
        String version = edit.htmlPath().getString("**.find { it.@name == 'version' }.@value");
        refusedWithFieldError(page.form().formParam("version", version).formParam("name", "Factdesk Demo Desk")
                .formParam("url", REFUSED[which]).post("/desk/admin/profile"), "/desk/admin/profile", "profile", 200, "url",
                "The web address ");
        assertThat(given().get("/api/v1/settings/profile").then().extract().jsonPath().getString("url"))
                .isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void aTipWithAScriptLinkComesBackWithTheFieldError(int which) {
        String text = "Tip with a script link " + UUID.randomUUID();
        refusedWithFieldError(Page.load("/tips/new").form().formParam("text", text).formParam("url", REFUSED[which])
                .post("/tips"), "/tips/new", "tip", 400, "url", "Please give a web address");
        given().get("/api/v1/tips").then().statusCode(200).body(not(containsString(text)));
    }
}
