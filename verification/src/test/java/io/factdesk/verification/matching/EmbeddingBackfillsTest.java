package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aClaim;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.core.claim.EmbeddingBackfill;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import io.factdesk.core.staff.StaffRole;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbeddingBackfillsTest {

    @Inject
    EmbeddingBackfills backfills;

    @Inject
    EntityManager em;

    @Test
    void reEmbedsTheOrganisationsClaimsWithoutACurrentEmbeddingAndReportsProgress() {
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Backfill Desk"));
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                aClaim(desk, "Vaccines contain microchips").id, aClaim(desk, "The moon landing was staged").id,
                aClaim(desk, "Bananas are radioactive").id));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from claim_embedding where claim_id in (:ids)").setParameter("ids", ids)
                    .executeUpdate();
            // One claim embedded by an older model: it must be re-embedded too.
            em.createNativeQuery("insert into claim_embedding (claim_id, model, model_version, text_hash, vector)"
                    + " values (:id, 'old-model', '0', 'x', '\\x00'::bytea)").setParameter("id", ids.get(0))
                    .executeUpdate();
        });
        Actor editor = new Actor("ed", "Ed", desk, Set.of(StaffRole.EDITOR));
        assertThat(backfills.pending(editor)).isEqualTo(3);

        EmbeddingBackfill job = backfills.start(editor);

        assertThat(job.totalRows).isEqualTo(3);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> backfills.get(editor, job.id).status == EmbeddingBackfill.Status.DONE);
        EmbeddingBackfill done = backfills.get(editor, job.id);
        assertThat(done.processedRows).isEqualTo(3);
        assertThat(done.embeddedRows).isEqualTo(3);
        assertThat(backfills.pending(editor)).isZero();
        long current = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim_embedding where claim_id in (:ids) and model = :m")
                .setParameter("ids", ids).setParameter("m", io.factdesk.verification.embedding.SentenceEmbeddings.MODEL)
                .getSingleResult()).longValue());
        assertThat(current).isEqualTo(3);
        assertThat(backfills.list(editor, null).items()).extracting(b -> b.id).contains(job.id);
    }

    @Test
    void onlyEditorsAndAdminsOfTheOrganisationStartOrReadBackfills() {
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Backfill Roles"));
        Organisation other = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Backfill Other"));
        Actor reviewer = new Actor("rita", "Rita", desk, Set.of(StaffRole.REVIEWER));
        assertThatThrownBy(() -> backfills.start(reviewer)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> backfills.pending(reviewer)).isInstanceOf(NotPermitted.class);
        Actor admin = new Actor("ada", "Ada", desk, Set.of(StaffRole.ADMIN));
        assertThat(backfills.pending(admin)).isZero();
        assertThat(backfills.list(admin, null).items()).isEmpty();

        EmbeddingBackfill job = backfills.start(new Actor("ed", "Ed", desk, Set.of(StaffRole.EDITOR)));
        assertThatThrownBy(() -> backfills.get(new Actor("eve", "Eve", other, Set.of(StaffRole.EDITOR)), job.id))
                .isInstanceOf(NotFound.class);
    }
}
