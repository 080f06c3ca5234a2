package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.DatabaseFixtures;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.claim.ClaimEdit;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Embeddings are data: stored with their model when a claim is created or edited, and for claims written elsewhere. */
@QuarkusTest
class ClaimEmbeddingsTest {

    @Inject
    ClaimService claims;

    @Inject
    ClaimMatcher matcher;

    @Inject
    EntityManager em;

    @Inject
    io.factdesk.verification.importing.ImportService imports;

    private Object[] stored(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select model, model_version, text_hash, length(vector), length(headline_vector) from claim_embedding"
                + " where claim_id = :id")
                .setParameter("id", claimId).getResultStream().findFirst().orElse(null));
    }

    @Test
    void creatingAndEditingAClaimStoresItsEmbeddingWithTheModel() {
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Embedding Desk"));
        Actor reviewer = new Actor("rita", "Rita", desk, Set.of(StaffRole.REVIEWER));
        Claim claim = claims.create(reviewer, new ClaimDraft("Starlink service is now active in Ukraine", null, null,
                null, null, null));

        Object[] created = stored(claim.id);
        assertThat(created).isNotNull();
        assertThat(created[0]).isEqualTo(SentenceEmbeddings.MODEL);
        assertThat(created[1]).isEqualTo(SentenceEmbeddings.VERSION);
        assertThat(((Number) created[3]).intValue()).isEqualTo(SentenceEmbeddings.DIMENSIONS * Float.BYTES);
        assertThat(created[4]).as("no headline yet, so no headline vector").isNull();

        claims.update(reviewer, claim.id, new ClaimEdit("Starlink terminals reached Ukraine", null, null, null), null);
        assertThat(stored(claim.id)[2]).isNotEqualTo(created[2]);
    }

    @Test
    void aClaimWrittenWithoutTheServiceIsEmbeddedWhenTheIndexCatchesUp() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Organisation desk = anOrganisation("Embedding Other");
            return aClaim(desk, "The Eiffel Tower is repainted every seven years").id;
        });
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).organisation);

        assertThat(matcher.matches(desk.id, "Eiffel Tower repainted every seven years", 3))
                .anyMatch(m -> m.claimId() == id);
        assertThat(stored(id)).isNotNull();
    }

    @Test
    void anImportedFactCheckIsEmbeddedWithItsHeadlineApart() {
        Organisation desk = deskWithFalseRating("Embedding Import");
        String text = "Bananas grown in Iceland glow in the dark " + System.nanoTime();
        String headline = "No, Icelandic bananas do not glow";
        long job = importCsv(desk, "claim,rating,headline\n\"" + text + "\",False,\"" + headline + "\"\n");
        long claimId = importedClaims(job).get(0);

        Object[] stored = stored(claimId);
        assertThat(stored).isNotNull();
        assertThat(stored[0]).isEqualTo(SentenceEmbeddings.MODEL);
        assertThat(stored[2]).isEqualTo(ClaimEmbeddings.hash(
                io.factdesk.verification.matching.index.MatchText.of(text, headline)));
        assertThat(((Number) stored[4]).intValue()).isEqualTo(SentenceEmbeddings.DIMENSIONS * Float.BYTES);
        ClaimEmbeddings.Vectors expected = ClaimEmbeddings.vectors(text, headline);
        assertThat(SentenceEmbeddings.cosine(vectors(claimId)[1], expected.headline())).isGreaterThan(0.999);
        assertThat(SentenceEmbeddings.cosine(expected.claim(), expected.headline())).isLessThan(0.99);
    }

    /**
     * Rows are embedded a few ahead of their transactions: each imported claim still stores the vectors of its own
     * text and headline, whatever rows around it were skipped, lacked a headline or had spaces around their text.
     */
    @Test
    void everyImportedRowStoresTheVectorsOfItsOwnTexts() {
        Organisation desk = deskWithFalseRating("Embedding Bulk Import");
        long run = System.nanoTime();
        StringBuilder csv = new StringBuilder("claim,rating,headline\n");
        java.util.List<String[]> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String text = "Import row " + i + " says the river froze in July " + run;
            String headline = i % 3 == 0 ? null : "Row " + i + ": no river froze in summer";
            if (i == 4) {
                csv.append(",False,no claim text\n"); // skipped: its neighbours keep their own vectors
                continue;
            }
            csv.append('"').append(i == 2 ? "  " + text + " " : text).append("\",False,")
                    .append(headline == null ? "" : headline).append('\n');
            expected.add(new String[] {text, headline});
        }
        java.util.List<Long> imported = importedClaims(importCsv(desk, csv.toString()));

        assertThat(imported).hasSize(expected.size());
        for (int i = 0; i < imported.size(); i++) {
            ClaimEmbeddings.Vectors want = ClaimEmbeddings.vectors(expected.get(i)[0], expected.get(i)[1]);
            float[][] stored = vectors(imported.get(i));
            assertThat(stored[0]).as(expected.get(i)[0]).containsExactly(want.claim());
            if (want.headline() == null) {
                assertThat(stored[1]).as(expected.get(i)[0]).isNull();
            } else {
                assertThat(stored[1]).as(expected.get(i)[1]).containsExactly(want.headline());
            }
        }
    }

    private static Organisation deskWithFalseRating(String name) {
        return QuarkusTransaction.requiringNew().call(() -> DatabaseFixtures.anOrganisationRatingFalse(name));
    }

    /** Uploads the CSV as an editor, has an admin approve it and waits until it is done; the job's id. */
    private long importCsv(Organisation desk, String csv) {
        var job = imports.start(new Actor("ed", "Ed", desk, Set.of(StaffRole.EDITOR)),
                io.factdesk.core.importing.ImportJob.Format.CSV, csv, "Fruit Facts");
        Actor admin = new Actor("ada", "Ada", desk, Set.of(StaffRole.ADMIN));
        imports.approve(admin, job.id);
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> imports.get(admin, job.id).status
                == io.factdesk.core.importing.ImportJob.Status.DONE);
        return job.id;
    }

    /** The claims a job imported, in the order of its rows. */
    private java.util.List<Long> importedClaims(long job) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select claim_id from import_job_row where job_id = :job and outcome = 'IMPORTED' order by row_number")
                .setParameter("job", job).getResultStream().map(id -> ((Number) id).longValue()).toList());
    }

    /** A claim's stored text and headline vectors (the headline's null when it has none). */
    private float[][] vectors(long claimId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select vector, headline_vector from claim_embedding where claim_id = :id").setParameter("id", claimId)
                .getSingleResult());
        return new float[][] {ClaimEmbeddings.vector((byte[]) row[0]),
                row[1] == null ? null : ClaimEmbeddings.vector((byte[]) row[1])};
    }
}
