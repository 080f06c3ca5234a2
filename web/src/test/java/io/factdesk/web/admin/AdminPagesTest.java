package io.factdesk.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.support.FormReturns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin forms as a browser without JavaScript posts them: roles, CSRF, POST-redirect-GET, field errors. */
@QuarkusTest
class AdminPagesTest {

    /** A form page as loaded: its CSRF cookie and token and the HTML to read values from. */
    private record Form(String cookie, String token, XmlPath html) {

        String value(String name) {
            return html.getString("**.find { it.@name == '" + name + "' }.@value");
        }

        RequestSpecification post() {
            return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .cookie("factdesk-csrf", cookie).formParam("csrf-token", token);
        }
    }

    private static Form load(String path) {
        Response page = given().when().get(path);
        page.then().statusCode(200);
        return new Form(page.getCookie("factdesk-csrf"), page.htmlPath().getString(
                "**.find { it.@name == 'csrf-token' }.@value"), page.htmlPath());
    }

    @Test
    @TestSecurity(user = "editor", roles = "editor")
    void anEditorGetsTheForbiddenPage() {
        given().redirects().follow(false).when().get("/desk/admin")
                .then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("Not allowed"));
        given().redirects().follow(false).when().get("/desk/admin/policies").then().statusCode(403);
        given().redirects().follow(false).when().get("/desk/admin/webhooks").then().statusCode(403);
        given().when().get("/desk").then().statusCode(200).body(not(containsString("href=\"/desk/admin\"")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminChangesTheApprovalPolicy() {
        given().when().get("/desk").then().statusCode(200).body(containsString("href=\"/desk/admin\""));
        Form form = load("/desk/admin/policies");
        String k = form.value("approvalsRequired");
        String n = form.value("panelSize");
        String evidence = form.value("minEvidence");
        String publishers = form.value("minDistinctPublishers");
        try {
            form.post()
                    .formParam("version", form.value("version"))
                    .formParam("approvalsRequired", "2")
                    .formParam("panelSize", "3")
                    .formParam("minEvidence", "4")
                    .formParam("minDistinctPublishers", "3")
                    .when().post("/desk/admin/policies")
                    .then().statusCode(303)
                    .header("Location", endsWith("/desk/admin/policies?done=saved"));
            Form reloaded = load("/desk/admin/policies?done=saved");
            assertThat(List.of(reloaded.value("approvalsRequired"), reloaded.value("panelSize"),
                    reloaded.value("minEvidence"), reloaded.value("minDistinctPublishers")))
                    .containsExactly("2", "3", "4", "3");
            assertThat(reloaded.html().getString("**.find { it.@role == 'status' }")).contains("Saved.");
            given().when().get("/methodology").then().statusCode(200)
                    .body(containsString("4 evidence items"));
        } finally {
            Form current = load("/desk/admin/policies");
            current.post()
                    .formParam("version", current.value("version"))
                    .formParam("approvalsRequired", k)
                    .formParam("panelSize", n)
                    .formParam("minEvidence", evidence)
                    .formParam("minDistinctPublishers", publishers)
                    .when().post("/desk/admin/policies")
                    .then().statusCode(303);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void moreApprovalsThanPanelMembersComeBackWithTheFieldErrorAndTheTypedValues() {
        Form form = load("/desk/admin/policies");
        String version = form.value("version");
        Response posted = form.post()
                .formParam("version", version)
                .formParam("approvalsRequired", "5")
                .formParam("panelSize", "3")
                .formParam("minEvidence", "2")
                .formParam("minDistinctPublishers", "x")
                .when().post("/desk/admin/policies");
        FormReturns.followed(posted, "/desk/admin/policies", "policies")
                .contentType(startsWith("text/html"))
                .body(containsString("id=\"approvalsRequired-error\">Approvals required (k) cannot be more than the panel size (n).</p>"))
                .body(containsString("id=\"minDistinctPublishers-error\">Enter a whole number.</p>"))
                .body(containsString("value=\"5\""))
                .body(containsString("value=\"x\""));
        assertThat(load("/desk/admin/policies").value("version")).isEqualTo(version);
        assertThat(load("/desk/admin/policies").value("approvalsRequired"))
                .as("the page's own address shows what is saved").isNotEqualTo("5");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminAddsAWebhookSeesItsSecretOnceRotatesItAndRemovesIt() {
        String url = "https://cms.example/hooks/" + java.util.UUID.randomUUID();
        FormReturns.followed(load("/desk/admin/webhooks").post()
                .formParam("url", "ftp://cms.example/x")
                .formParam("event", "verdict.published")
                .when().post("/desk/admin/webhooks"), "/desk/admin/webhooks", "add")
                .body(containsString("id=\"url-error\""))
                .body(containsString("value=\"ftp://cms.example/x\""));
        FormReturns.followed(load("/desk/admin/webhooks").post()
                .formParam("url", "https://169.254.169.254/latest/meta-data/")
                .formParam("event", "verdict.published")
                .when().post("/desk/admin/webhooks"), "/desk/admin/webhooks", "add")
                .body(containsString("id=\"url-error\">Webhooks can only be sent to public internet addresses"));
        FormReturns.followed(load("/desk/admin/webhooks").post()
                .formParam("url", "http://cms.example/plain")
                .formParam("event", "verdict.published")
                .when().post("/desk/admin/webhooks"), "/desk/admin/webhooks", "add")
                .body(containsString("Use an https:// address"));
        FormReturns.followed(load("/desk/admin/webhooks").post()
                .formParam("url", url)
                .when().post("/desk/admin/webhooks"), "/desk/admin/webhooks", "add")
                .body(containsString("Choose at least one event."));
        String added = load("/desk/admin/webhooks").post()
                .formParam("url", url)
                .formParam("event", "verdict.published")
                .formParam("event", "verdict.corrected")
                .when().post("/desk/admin/webhooks")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Webhook added."))
                .extract().asString();
        String secret = secretIn(added);

        Form page = load("/desk/admin/webhooks");
        String html = given().when().get("/desk/admin/webhooks").then().statusCode(200)
                .body(containsString(url))
                .extract().asString();
        assertThat(html).as("the secret is not shown again").doesNotContain(secret);
        java.util.regex.Matcher id = java.util.regex.Pattern
                .compile("id=\"webhook-(\\d+)\"><code>" + java.util.regex.Pattern.quote(url) + "</code>").matcher(html);
        assertThat(id.find()).as("the new webhook is listed").isTrue();
        assertThat(html.substring(id.start())).contains("verdict.corrected");

        String rotated = secretIn(page.post().when().post("/desk/admin/webhooks/" + id.group(1) + "/secret")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("New signing secret for " + url))
                .extract().asString());
        assertThat(rotated).isNotEqualTo(secret);
        given().when().get("/desk/admin/webhooks").then().statusCode(200)
                .body(not(containsString(rotated))).body(not(containsString(secret)));

        page.post().when().post("/desk/admin/webhooks/" + id.group(1) + "/delete")
                .then().statusCode(303)
                .header("Location", endsWith("/desk/admin/webhooks?done=removed"));
        given().when().get("/desk/admin/webhooks").then().statusCode(200).body(not(containsString(url)));
        page.post().when().post("/desk/admin/webhooks/" + id.group(1) + "/delete").then().statusCode(404);
        page.post().when().post("/desk/admin/webhooks/" + id.group(1) + "/secret").then().statusCode(404);
    }

    private static String secretIn(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Signing secret: <code>([A-Za-z0-9_-]{40,})</code>")
                .matcher(html);
        assertThat(m.find()).as("a signing secret on the page").isTrue();
        return m.group(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aPostWithoutCsrfTokenIsRefused() {
        given().redirects().follow(false)
                .formParam("approvalsRequired", "1")
                .formParam("panelSize", "1")
                .formParam("minEvidence", "1")
                .formParam("minDistinctPublishers", "1")
                .when().post("/desk/admin/policies")
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("The request could not be used"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aStaleProfileFormGetsTheConflictPage() {
        Form form = load("/desk/admin/profile");
        long version = Long.parseLong(form.value("version"));
        form.post()
                .formParam("version", String.valueOf(version - 1))
                .formParam("name", form.value("name"))
                .when().post("/desk/admin/profile")
                .then().statusCode(409)
                .contentType(startsWith("text/html"))
                .body(containsString("Someone else changed these settings in the meantime."));
        Form again = load("/desk/admin/profile");
        Response posted = again.post()
                .formParam("version", String.valueOf(version))
                .formParam("name", "")
                .formParam("url", "example.org")
                .when().post("/desk/admin/profile");
        FormReturns.followed(posted, "/desk/admin/profile", "profile")
                .body(containsString("id=\"name-error\""))
                .body(containsString("id=\"url-error\""))
                .body(containsString("value=\"example.org\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminAddsMovesAndRemovesARatingEntry() {
        Form form = load("/desk/admin/scale");
        List<String> codes = form.html().getList("**.findAll { it.@name == 'code' }.@value");
        int saved = codes.size() - 1;
        assertThat(saved).isPositive();
        RequestSpecification post = rows(form.post(), form, saved)
                .formParam("position", "0").formParam("code", "satire").formParam("label", "Satire")
                .formParam("value", "").formParam("colour", "#6a1b9a").formParam("description", "Not meant as fact.")
                .formParam("labelUk", "Сатира").formParam("descriptionUk", "Не подається як факт.")
                .formParam("saved", "false");
        post.when().post("/desk/admin/scale").then().statusCode(303)
                .header("Location", endsWith("/desk/admin/scale?done=saved"));

        Form added = load("/desk/admin/scale?done=saved");
        List<String> now = added.html().getList("**.findAll { it.@name == 'code' }.@value");
        assertThat(now.get(0)).isEqualTo("satire");
        assertThat(now.subList(1, saved + 1)).isEqualTo(codes.subList(0, saved));
        assertThat(added.html().<String>getList("**.findAll { it.@name == 'value' }.@value").get(0)).isEmpty();
        assertThat(added.html().<String>getList("**.findAll { it.@name == 'labelUk' }.@value").get(0))
                .isEqualTo("Сатира");
        assertThat(added.html().<String>getList("**.findAll { it.@name == 'descriptionUk' }"))
                .as("the default scale's Ukrainian descriptions").contains("Не подається як факт.", "Твердження неточне.");
        given().cookie("lang", "uk").get("/methodology").then().statusCode(200)
                .body(containsString("Сатира")).body(containsString("Не подається як факт."))
                .body(containsString("Твердження неточне.")).body(not(containsString("Not meant as fact.")));
        given().cookie("lang", "en").get("/methodology").then().statusCode(200)
                .body(containsString("Not meant as fact.")).body(not(containsString("Сатира")));

        RequestSpecification remove = rows(added.post(), added, saved + 1).formParam("remove", "0");
        remove.when().post("/desk/admin/scale").then().statusCode(303);
        assertThat(load("/desk/admin/scale").html().getList("**.findAll { it.@name == 'code' }.@value"))
                .isEqualTo(codes);
    }

    /** Posts the first {@code count} rows as the page shows them. */
    private static RequestSpecification rows(RequestSpecification post, Form form, int count) {
        for (String field : List.of("position", "code", "label", "labelUk", "value", "colour", "saved")) {
            List<String> values = form.html().getList("**.findAll { it.@name == '" + field + "' }.@value");
            post = post.formParam(field, values.subList(0, count).toArray());
        }
        for (String field : List.of("description", "descriptionUk")) {
            List<String> texts = form.html().getList("**.findAll { it.@name == '" + field + "' }");
            post = post.formParam(field, texts.subList(0, count).toArray());
        }
        return post;
    }
}
