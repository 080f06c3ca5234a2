package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.claim.Claim;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
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
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> {
            Organisation created = anOrganisation("Embedding Import");
            io.factdesk.core.rating.Rating rating = new io.factdesk.core.rating.Rating();
            rating.organisation = created;
            rating.code = "false";
            rating.label = "False";
            rating.numericValue = 1;
            rating.position = 1;
            rating.colour = "#b00020";
            rating.persist();
            return created;
        });
        String text = "Bananas grown in Iceland glow in the dark " + System.nanoTime();
        String headline = "No, Icelandic bananas do not glow";
        var job = imports.start(new Actor("ed", "Ed", desk, Set.of(StaffRole.EDITOR)),
                io.factdesk.core.importing.ImportJob.Format.CSV,
                "claim,rating,headline\n\"" + text + "\",False,\"" + headline + "\"\n", "Fruit Facts");
        Actor admin = new Actor("ada", "Ada", desk, Set.of(StaffRole.ADMIN));
        imports.approve(admin, job.id);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> imports.get(admin, job.id).status
                == io.factdesk.core.importing.ImportJob.Status.DONE);
        long claimId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select claim_id from import_job_row where job_id = :job and outcome = 'IMPORTED'")
                .setParameter("job", job.id).getSingleResult()).longValue());

        Object[] stored = stored(claimId);
        assertThat(stored).isNotNull();
        assertThat(stored[0]).isEqualTo(SentenceEmbeddings.MODEL);
        assertThat(stored[2]).isEqualTo(ClaimEmbeddings.hash(
                io.factdesk.verification.matching.index.MatchText.of(text, headline)));
        assertThat(((Number) stored[4]).intValue()).isEqualTo(SentenceEmbeddings.DIMENSIONS * Float.BYTES);
        ClaimEmbeddings.Vectors expected = ClaimEmbeddings.vectors(text, headline);
        byte[] headlineVector = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select headline_vector from claim_embedding where claim_id = :id").setParameter("id", claimId)
                .getSingleResult());
        assertThat(SentenceEmbeddings.cosine(ClaimEmbeddings.vector(headlineVector), expected.headline()))
                .isGreaterThan(0.999);
        assertThat(SentenceEmbeddings.cosine(expected.claim(), expected.headline())).isLessThan(0.99);
    }
}
