package io.factdesk.api.support;

import static io.restassured.RestAssured.given;

import io.factdesk.web.support.DemoLogins;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** REST Assured requests as a demo user (tokens cached per user) or anonymously. */
public final class Api {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static RequestSpecification as(String username) {
        if (username == null) {
            return anonymous();
        }
        String token = TOKENS.computeIfAbsent(username, DemoLogins::accessToken);
        return given().auth().oauth2(token).contentType(ContentType.JSON).redirects().follow(false);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).redirects().follow(false);
    }
}
