package io.factdesk.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import io.factdesk.web.support.ClaimsInReview;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every address a page form posts to, found by reflection like {@link PageCsrfTest} does, can also be loaded with
 * GET (a reload, a bookmark, the return from a new login after the session ended): it shows a page, never an
 * error, and changes nothing.
 */
@QuarkusTest
class PostAddressesReloadTest {

    @Inject
    ClaimsInReview claims;

    @Inject
    EntityManager entities;

    @Transactional
    long anArticle() {
        return ((Number) entities.createNativeQuery("select min(id) from article").getSingleResult()).longValue();
    }

    @Test
    @TestSecurity(user = "admin", roles = {"admin", "editor", "reviewer", "platform-admin"})
    void everyAddressAFormPostsToShowsAPageOnGet() throws Exception {
        long claim = claims.takenBy("admin", "Reload test " + UUID.randomUUID());
        long article = anArticle();
        List<PageCsrfTest.Route> routes = PageCsrfTest.stateChangingPageRoutes();
        assertThat(routes).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (PageCsrfTest.Route route : routes) {
            String path = route.path().replace("/desk/claims/1", "/desk/claims/" + claim)
                    .replace("/desk/articles/1", "/desk/articles/" + article);
            Response page = given().get(path);
            softly.assertThat(page.statusCode()).as("GET %s (the address of %s)", path, route).isEqualTo(200);
            softly.assertThat(page.contentType()).as("GET %s", path).startsWith("text/html");
            softly.assertThat(page.body().asString()).as("GET %s", path).contains("<h1")
                    .doesNotContain("Something went wrong").doesNotContain("The request could not be used");
        }
        softly.assertAll();
    }
}
