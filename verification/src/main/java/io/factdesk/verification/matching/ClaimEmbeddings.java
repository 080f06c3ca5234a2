package io.factdesk.verification.matching;

import io.factdesk.core.claim.Claim;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.index.MatchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stores the sentence embedding of a claim (claim text, plus the verdict headline once published) with the model
 * that made it and a hash of the text, so that a changed text or model is noticed and the claim re-embedded.
 * Called when a claim is created, edited or imported, by the index sync for changed claims, and by the backfill.
 */
@ApplicationScoped
public class ClaimEmbeddings {

    private final EntityManager em;

    @Inject
    public ClaimEmbeddings(EntityManager em) {
        this.em = em;
    }

    /** Embeds the claim as it stands (its current verdict headline included) and stores it; in the caller's transaction. */
    public float[] embed(Claim claim) {
        return store(claim.id, MatchText.of(claim.text, headlineOf(claim.id)));
    }

    /** Embeds a text and stores it as the claim's embedding, replacing any earlier one. */
    public float[] store(long claimId, String text) {
        float[] vector = SentenceEmbeddings.embed(text);
        em.createNativeQuery("""
                insert into claim_embedding (claim_id, model, model_version, text_hash, vector, embedded_at)
                values (:id, :model, :version, :hash, :vector, now())
                on conflict (claim_id) do update set model = excluded.model, model_version = excluded.model_version,
                    text_hash = excluded.text_hash, vector = excluded.vector, embedded_at = excluded.embedded_at""")
                .setParameter("id", claimId)
                .setParameter("model", SentenceEmbeddings.MODEL)
                .setParameter("version", SentenceEmbeddings.VERSION)
                .setParameter("hash", hash(text))
                .setParameter("vector", bytes(vector))
                .executeUpdate();
        return vector;
    }

    /** The headline of the claim's current published verdict revision, or null. */
    String headlineOf(long claimId) {
        return (String) em.createNativeQuery("""
                select r.headline from verdict v join verdict_revision r
                  on r.verdict_id = v.id and r.revision = v.current_revision where v.claim_id = :id""")
                .setParameter("id", claimId).getResultStream().findFirst().orElse(null);
    }

    /** True when a stored embedding was made by the current model from this text. */
    static boolean isCurrent(String model, String version, String textHash, String text) {
        return SentenceEmbeddings.MODEL.equals(model) && SentenceEmbeddings.VERSION.equals(version)
                && hash(text).equals(textHash);
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] vector(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
