package io.factdesk.web.publicsite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.factdesk.web.support.Verdicts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A corrected verdict shows the correction next to the changed rating and its revision history; each earlier
 * revision is readable at its own address from its published snapshot; lists, search and the feed mark corrected
 * verdicts and verdicts under review again.
 */
@QuarkusTest
class PublicCorrectionsTest {

    @Inject
    Verdicts verdicts;

    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void theCorrectionNoteStandsNextToTheChangedRatingAndTheEarlierRevisionStaysReadable() {
        String topic = word();
        String slug = verdicts.publish("The " + topic + " bridge cost ten billion", "Transport Minister", "false",
                "Bridge accounts", "The accounts show one billion.");
        verdicts.correct(slug, "The audit office revised the cost upwards.", "mostly-false");

        Document current = Jsoup.parse(given().get("/verdicts/" + slug).then().statusCode(200).extract().asString());
        Element beside = current.selectFirst(".verdict-rating + .correction-beside");
        assertThat(beside).as("correction note right after the rating").isNotNull();
        assertThat(beside.text()).contains("Corrected on").contains("The audit office revised the cost upwards.")
                .contains("Until this correction the rating was False.");
        assertThat(beside.selectFirst("a").attr("href")).isEqualTo("/verdicts/" + slug + "/revisions/1");
        assertThat(current.selectFirst(".verdict-rating .rating").text()).isEqualTo("Mostly false");
        assertThat(current.select("#revision-history + ol li")).hasSize(2);
        assertThat(current.select("#revision-history + ol li a").attr("href"))
                .isEqualTo("/verdicts/" + slug + "/revisions/1");

        Document first = Jsoup.parse(given().get("/verdicts/" + slug + "/revisions/1").then().statusCode(200)
                .extract().asString());
        assertThat(first.selectFirst(".verdict-rating .rating").text()).isEqualTo("False");
        assertThat(first.selectFirst(".banner").text()).contains("revision 1 of 2");
        assertThat(first.selectFirst(".banner a").attr("href")).isEqualTo("/verdicts/" + slug);
        assertThat(first.selectFirst("link[rel=canonical]").attr("href")).endsWith("/verdicts/" + slug);
        assertThat(first.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(first.select("script[type=application/ld+json]")).as("no second ClaimReview").isEmpty();
        assertThat(first.select(".correction-beside")).isEmpty();
        assertThat(first.text()).contains("The " + topic + " bridge cost ten billion").contains("Bridge accounts");
    }

    @Test
    void anEarlierRevisionShowsItsSnapshotNeverTheDraftOfAReopenedClaim() {
        String topic = word();
        String draft = word();
        String slug = verdicts.publish("The " + topic + " tunnel opened in a year", "Mayor", "false",
                "Tunnel records", "It took four years.");
        verdicts.correct(slug, "A date was wrong.", null);
        verdicts.reopen(slug, "New records.");
        verdicts.editDraft(slug, "A rewritten draft about the " + draft + " tunnel", "Unvetted " + draft);

        for (String address : new String[] {"/verdicts/" + slug + "/revisions/1", "/verdicts/" + slug + "/revisions/2",
                "/verdicts/" + slug}) {
            given().get(address).then().statusCode(200)
                    .body(containsString("The " + topic + " tunnel opened in a year"))
                    .body(not(containsString(draft)))
                    .body(not(containsString("Draft Claimant")))
                    .body(not(containsString("draft.example.com")));
        }
        given().get("/verdicts/" + slug + "/revisions/2").then().body(containsString("current version"));
    }

    @Test
    void revisionsThatDoNotExistAreFriendly404s() {
        String slug = verdicts.publish("The " + word() + " port handles all exports", "Port authority", "false",
                "Port statistics", "It handles a third.");

        for (String revision : new String[] {"0", "2", "abc", "-1", "99999999999", "1.0"}) {
            given().get("/verdicts/" + slug + "/revisions/" + revision).then().statusCode(404)
                    .contentType(containsString("text/html"));
        }
        given().get("/verdicts/no-such-verdict-" + word() + "/revisions/1").then().statusCode(404);
        given().get("/verdicts/" + slug + "/revisions/1").then().statusCode(200);
    }

    @Test
    void listsSearchAndTheFeedMarkCorrectedAndReopenedVerdicts() {
        String corrected = word();
        String reopened = word();
        String correctedSlug = verdicts.publish("The " + corrected + " mine employs everyone", "Governor", "false",
                "Employment survey", "It employs a fifth.");
        verdicts.correct(correctedSlug, "A figure was updated.", null);
        String reopenedSlug = verdicts.publish("The " + reopened + " farm feeds the region", "Farmer union",
                "false", "Harvest data", "It feeds a tenth.");
        verdicts.reopen(reopenedSlug, "New harvest data.");

        Element correctedCard = card(Jsoup.parse(given().get("/search?q=" + corrected).then().statusCode(200)
                .extract().asString()), correctedSlug);
        assertThat(correctedCard.select(".flag").eachText()).containsExactly("Corrected");
        Element reopenedCard = card(Jsoup.parse(given().get("/search?q=" + reopened).then().statusCode(200)
                .extract().asString()), reopenedSlug);
        assertThat(reopenedCard.select(".flag").eachText()).containsExactly("Under review");
        Element onHome = card(Jsoup.parse(given().get("/").then().statusCode(200).extract().asString()),
                reopenedSlug);
        assertThat(onHome.select(".flag").eachText()).contains("Under review");

        Document feed = Jsoup.parse(given().get("/feed.atom").then().statusCode(200).extract().asString(), "",
                org.jsoup.parser.Parser.xmlParser());
        Element correctedEntry = entry(feed, correctedSlug);
        assertThat(correctedEntry.select("category[term=corrected]")).hasSize(1);
        assertThat(correctedEntry.selectFirst("title").text()).endsWith("(Corrected)");
        Element reopenedEntry = entry(feed, reopenedSlug);
        assertThat(reopenedEntry.select("category[term=under-review]")).hasSize(1);
        assertThat(reopenedEntry.select("category[term=corrected]")).isEmpty();
    }

    @Test
    void theFeedIsNeverDatedBeforeTheServerStarted() {
        java.time.Instant started = java.time.Instant.parse("2026-12-06T05:00:00Z");

        assertThat(Feeds.updated(java.util.Optional.empty(), started)).isEqualTo(started);
        assertThat(Feeds.updated(java.util.Optional.of(started.plusSeconds(60)), started))
                .isEqualTo(started.plusSeconds(60));
        String updated = Jsoup.parse(given().get("/feed.atom").then().statusCode(200).extract().asString(), "",
                org.jsoup.parser.Parser.xmlParser()).selectFirst("feed > updated").text();
        assertThat(updated).doesNotStartWith("1970");
    }

    private static Element card(Document page, String slug) {
        Element link = page.selectFirst("article.card a[href=/verdicts/" + slug + "]");
        assertThat(link).as("card of " + slug).isNotNull();
        return link.closest("article.card");
    }

    private static Element entry(Document feed, String slug) {
        return feed.select("entry").stream().filter(e -> e.selectFirst("id").text().endsWith("/verdicts/" + slug))
                .findFirst().orElseThrow();
    }
}
