package io.factdesk.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens for the demo users from the OIDC provider the tests run against (the built-in OIDC Dev
 * Services), obtained with the password grant exactly as an API client would; and API requests made with them,
 * for page tests that prepare data through the API (the API's own tests live in the api module).
 */
public final class DemoLogins {

    private DemoLogins() {
    }

    public static String accessToken(String username) {
        String server = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", username)
                .formParam("client_id", ConfigProvider.getConfig().getValue("quarkus.oidc.client-id", String.class))
                .when().post(server + "/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A JSON API request as the demo user, with a token fetched for it. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(accessToken(username));
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).redirects().follow(false);
    }
}
