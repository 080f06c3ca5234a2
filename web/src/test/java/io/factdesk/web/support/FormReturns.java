package io.factdesk.web.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Follows a form that came back (POST-redirect-GET): the POST answers 303 to the form's page marked
 * {@code ?returned=<form>}, and that page, loaded with the cookies the POST set, shows the errors and what was
 * typed. Reloading it shows the same.
 */
public final class FormReturns {

    private FormReturns() {
    }

    /** Asserts the POST sent the form back to {@code address} and returns that page as a browser reloads it. */
    public static ValidatableResponse followed(Response posted, String address, String form) {
        return followed(posted, address, form, 200);
    }

    /** As {@link #followed(Response, String, String)}, for a page that answers {@code status}. */
    public static ValidatableResponse followed(Response posted, String address, String form, int status) {
        posted.then().statusCode(303);
        String location = posted.header("Location");
        assertThat(location).endsWith(address + "?returned=" + form);
        String path = location.replaceFirst("^https?://[^/]+", "");
        ValidatableResponse first = given().cookies(posted.getCookies()).when().get(path).then().statusCode(status);
        String page = first.extract().asString();
        String reloaded = given().cookies(posted.getCookies()).when().get(path).then().statusCode(status)
                .extract().asString();
        assertThat(strip(reloaded)).as("a reload shows the same form").isEqualTo(strip(page));
        return first;
    }

    /** The page without its per-request parts (CSRF token, CSP nonce). */
    private static String strip(String html) {
        return html.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "").replaceAll("nonce=\"[^\"]*\"", "");
    }
}
