package io.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.factdesk.web.login.Logout;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing page route, found by reflection over the web module's resources so that a new route
 * cannot be left out, refuses a request that is not a form with a valid CSRF token (400, the friendly page),
 * whatever its body, for a logged-in admin-editor carrying the CSRF cookie a browser would send along.
 */
@QuarkusTest
class PageCsrfTest {

    private static final List<String> TABLES = List.of("organisation", "organisation_member", "rating", "article",
            "claim", "sentence", "appearance", "evidence", "review", "approval", "verdict", "verdict_revision",
            "correction", "workflow_event", "tip", "claim_match", "webhook", "staff_invitation",
            "organisation_event", "form_draft");

    @Inject
    EntityManager entities;

    @Test
    @TestSecurity(user = "admin", roles = {"admin", "editor", "reviewer", "platform-admin"})
    void everyPagePostIsRefusedWithoutAFormToken() throws Exception {
        List<Route> routes = stateChangingPageRoutes();
        assertThat(routes).extracting(Route::toString).contains("POST /desk/claims/1/approve", "POST /desk/claims/1/dismiss",
                "POST /desk/admin/webhooks/1/delete", "POST /tips", "POST /logout");
        String cookie = given().get("/desk").then().statusCode(200).extract().cookie("factdesk-csrf");
        assertThat(cookie).isNotNull();
        List<UnaryOperator<RequestSpecification>> bodies = List.of(
                RequestSpecification::noContentType,
                request -> request.contentType("application/x-www-form-urlencoded"),
                request -> request.contentType("text/plain").body("csrf-token=guessed&reason=spam"),
                request -> request.contentType("application/json").body("{\"csrf-token\":\"guessed\"}"));
        String before = snapshot();
        for (Route route : routes) {
            for (UnaryOperator<RequestSpecification> body : bodies) {
                int status = body.apply(given().redirects().follow(false).cookie("factdesk-csrf", cookie))
                        .request(route.verb(), route.path())
                        .then().contentType(startsWith("text/html")).body(containsString("<h1"))
                        .extract().statusCode();
                assertThat(status).as("%s without a form", route).isEqualTo(400);
            }
            RequestSpecification forged = given().redirects().follow(false).cookie("factdesk-csrf", cookie);
            forged = route.multipart() ? forged.multiPart("csrf-token", "forged")
                    : forged.formParam("csrf-token", "forged");
            assertThat(forged.request(route.verb(), route.path()).statusCode()).as("%s with a forged token", route)
                    .isEqualTo(400);
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    /** The rows of every table that a page can change, as one string. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table).append('=').append(entities.createNativeQuery(
                    "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                    .getSingleResult()).append('\n');
        }
        return all.toString();
    }

    /** A route with its path parameters filled in, and whether it takes multipart forms (file uploads). */
    record Route(String verb, String path, boolean multipart) implements Comparable<Route> {
        @Override
        public String toString() {
            return verb + " " + path;
        }

        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }
    }

    /** "POST /desk/claims/1/approve" for every POST, PUT, PATCH and DELETE method of a page resource. */
    static List<Route> stateChangingPageRoutes() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(Logout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var routes = new TreeSet<Route>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/factdesk/web"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PageCsrfTest.class.getClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        Consumes consumes = method.getAnnotation(Consumes.class);
                        routes.add(new Route(verb, concrete(base.value(), sub == null ? "" : sub.value()),
                                consumes != null && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA)));
                    }
                }
            }
        }
        return new ArrayList<>(routes);
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** The route with every path parameter set to 1. */
    private static String concrete(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.replaceAll("\\{[^}]*}", "1");
    }
}
