package io.factdesk.api.support;

import static io.factdesk.api.support.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh data for one API call, created on first use through the API itself (as the demo editor): a SUBMITTED
 * claim with one evidence item, an article with sentences, an import job, and a published verdict (shared, made
 * once by importing a ClaimReview).
 */
public final class Fixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Map<String, Object> verdict;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private Long claimId;
    private Long evidenceId;
    private Long matchedClaimId;
    private Long articleId;
    private Long sentenceId;

    public String unique() {
        return unique;
    }

    /** A different client address per fixture, so tips never hit the rate limit by accident. */
    public String clientAddress() {
        int n = COUNTER.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public String resolve(String template) {
        String path = template;
        if (path.contains("{claimId}") || path.startsWith("/api/v1/claims/{id}")) {
            path = path.replace("{claimId}", claimId().toString()).replace("{id}", claimId().toString());
        }
        if (path.contains("{matchedClaimId}")) {
            path = path.replace("{matchedClaimId}", matchedClaimId().toString());
        }
        if (path.equals("/api/v1/matches")) {
            path = path + "?text=unemployment";
        }
        if (path.contains("{evidenceId}")) {
            path = path.replace("{evidenceId}", evidenceId().toString());
        }
        if (path.startsWith("/api/v1/articles/{id}")) {
            path = path.replace("{id}", articleId().toString());
        }
        if (path.contains("{sentenceId}")) {
            path = path.replace("{sentenceId}", sentenceId().toString());
        }
        if (path.startsWith("/api/v1/webhooks/{id}")) {
            path = path.replace("{id}", webhookId().toString());
        }
        if (path.startsWith("/api/v1/embedding-backfills/{id}")) {
            path = path.replace("{id}", embeddingBackfill().toString());
        }
        if (path.startsWith("/api/v1/imports/{id}")) {
            path = path.replace("{id}", importJob().toString());
        }
        if (path.startsWith("/api/v1/verdicts/")) {
            path = path.replace("{id}", verdict().get("verdictId").toString())
                    .replace("{slug}", verdict().get("slug").toString()).replace("{revision}", "1");
        }
        if (path.startsWith("/api/v1/staff/invitations/{id}")) {
            path = path.replace("{id}", invitationId().toString());
        }
        if (path.equals("/api/v1/staff/{id}")) {
            path = path.replace("{id}", newMemberId().toString());
        }
        if (path.startsWith("/api/v1/staff/{id}/roles")) {
            path = path.replace("{id}", memberId("reviewer2").toString());
        }
        return path.replace("{queue}", "unassigned");
    }

    public Long claimId() {
        if (claimId == null) {
            claimId = as("editor").body(Map.of("text", "Fixture claim " + unique, "claimant", "Someone"))
                    .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return claimId;
    }

    /** A second claim of the same organisation, saying about the same as {@link #claimId()}. */
    public Long matchedClaimId() {
        if (matchedClaimId == null) {
            matchedClaimId = as("editor").body(Map.of("text", "Earlier fixture claim " + unique, "claimant", "Someone"))
                    .post("/api/v1/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return matchedClaimId;
    }

    public Long evidenceId() {
        if (evidenceId == null) {
            evidenceId = as("editor").body(evidence("Fixture Publisher"))
                    .post("/api/v1/claims/{id}/evidence", claimId()).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        return evidenceId;
    }

    public Long articleId() {
        if (articleId == null) {
            var article = as("editor").body(Map.of("body", "Fixture " + unique + ". The mayor said crime rose by 40% "
                    + "last year. Police figures show a fall.")).post("/api/v1/articles").then().statusCode(201)
                    .extract().jsonPath();
            articleId = article.getLong("id");
            sentenceId = article.getLong("sentences[1].id");
        }
        return articleId;
    }

    public Long sentenceId() {
        articleId();
        return sentenceId;
    }

    /** A webhook of the demo organisation, registered by its admin. */
    public Long webhookId() {
        return as("admin").body(webhook(this)).post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** An open invitation of the demo organisation, made by its admin. */
    public Long invitationId() {
        return as("admin").body(Map.of("login", "invited-" + unique, "roles", List.of("reviewer")))
                .post("/api/v1/staff/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new member of the demo organisation: invited by its admin, then logged in once. */
    public Long newMemberId() {
        String login = "member-" + unique;
        as("admin").body(Map.of("login", login, "roles", List.of("reviewer")))
                .post("/api/v1/staff/invitations").then().statusCode(201);
        as(login).get("/api/v1/me").then().statusCode(200);
        return memberId(login);
    }

    public static Long memberId(String username) {
        return as("admin").get("/api/v1/staff").then().statusCode(200).extract().jsonPath()
                .getLong("members.find { it.username == '" + username + "' }.id");
    }

    public static Map<String, Object> webhook(Fixture f) {
        return Map.of("url", "https://hooks.example/" + f.unique(), "events", List.of("verdict.published"));
    }

    public Long embeddingBackfill() {
        return as("editor").post("/api/v1/embedding-backfills").then().statusCode(202).extract().jsonPath()
                .getLong("id");
    }

    public Long importJob() {
        return as("editor").contentType("text/csv").body(csv(this)).post("/api/v1/imports/csv")
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    /** A published verdict, made once per test run by importing a ClaimReview and waiting for the job. */
    public static synchronized Map<String, Object> verdict() {
        if (verdict == null) {
            String url = "https://factdesk.example/fixture-" + UUID.randomUUID();
            long job = imported("editor", "claimreview", "application/json",
                    claimReview(url, "The fixture river is the longest in the world"));
            long claimId = as("editor").get("/api/v1/imports/{id}/rows", job).then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].claimId");
            verdict = Api.anonymous().queryParam("q", "fixture river longest").get("/api/v1/search")
                    .then().statusCode(200).extract().jsonPath().getMap("items[0]");
            if (verdict == null) {
                throw new IllegalStateException("imported claim " + claimId + " has no public verdict");
            }
        }
        return verdict;
    }

    /**
     * An import of {@code content} in {@code format} ("csv", "claimreview") started by {@code user}, approved by an
     * admin and run until every row is reported; its job id.
     */
    public static long imported(String user, String format, String contentType, String content) {
        long job = as(user).contentType(contentType).body(content).post("/api/v1/imports/" + format)
                .then().statusCode(202).extract().jsonPath().getLong("id");
        approveImport(job);
        awaitDone(job);
        return job;
    }

    /** An admin (not the uploading editor) approves an import job, which then starts publishing. */
    public static void approveImport(long job) {
        as("admin").post("/api/v1/imports/{id}/approve", job).then().statusCode(200);
    }

    public static void awaitDone(long job) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !"RUNNING".equals(
                as("editor").get("/api/v1/imports/{id}", job).then().extract().jsonPath().getString("status")));
    }

    public static Map<String, Object> evidence(String publisher) {
        return Map.of("url", "https://source.example/" + UUID.randomUUID(), "title", "A source",
                "publisher", publisher, "stance", "CONTEXT");
    }

    public static String claimReview(String url, String claim) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "datePublished": "2024-03-01", "reviewRating": {"@type": "Rating", "alternateName": "False"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A blogger"}}}
                """.formatted(url, claim);
    }

    public static Object claimReviewJson(Fixture f) {
        return claimReview("https://factdesk.example/matrix-" + f.unique, "Matrix imported claim " + f.unique);
    }

    public static Object csv(Fixture f) {
        return "url,claim,rating\nhttps://factdesk.example/csv-" + f.unique + ",CSV claim " + f.unique + ",True\n";
    }

    /** The demo organisation's scale as it is now, to send back unchanged. */
    public static Object currentScale(Fixture f) {
        List<Map<String, Object>> scale = as("admin").get("/api/v1/settings/rating-scale").then().statusCode(200)
                .extract().jsonPath().getList("");
        scale.forEach(entry -> entry.remove("position"));
        return Map.of("entries", scale);
    }
}
