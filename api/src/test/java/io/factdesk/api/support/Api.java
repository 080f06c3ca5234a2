package io.factdesk.api.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * REST Assured requests as a demo user or anonymously. Tokens come from the OIDC provider the tests run against
 * (the built-in OIDC Dev Services, whose users the api module configures) with the password grant, exactly as an
 * API client gets them. They are cached per user and per login provider (each test application start may bring
 * its own, with its own keys), and fetched again a minute before they expire.
 */
public final class Api {

    private record Token(String value, Instant expires) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    public static RequestSpecification as(String username) {
        if (username == null) {
            return anonymous();
        }
        String provider = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        Token token = TOKENS.compute(username + " at " + provider, (key, cached) ->
                cached != null && cached.expires().isAfter(Instant.now().plusSeconds(60)) ? cached
                        : fetch(username));
        return given().auth().oauth2(token.value()).contentType(ContentType.JSON).redirects().follow(false);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).redirects().follow(false);
    }

    private static Token fetch(String username) {
        String server = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String value = given().formParam("grant_type", "password").formParam("username", username)
                .formParam("password", username)
                .formParam("client_id", ConfigProvider.getConfig().getValue("quarkus.oidc.client-id", String.class))
                .when().post(server + "/token").then().statusCode(200).extract().path("access_token");
        String[] parts = value.split("\\.");
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return new Token(value, claims.has("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong())
                    : Instant.now().plusSeconds(300));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("not a JWT access token: " + e.getMessage(), e));
        }
    }
}
