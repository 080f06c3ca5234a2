package io.factdesk.web.support;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens for the demo users from the OIDC provider the tests run against (the built-in OIDC Dev
 * Services), obtained with the password grant exactly as an API client would.
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
}
