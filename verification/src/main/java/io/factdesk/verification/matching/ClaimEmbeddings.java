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
import java.util.List;

/**
 * Stores the sentence embeddings of a claim (its text, and apart from it the verdict headline once there is one that
 * differs from the text) with the model that made them and a hash of claim text and headline, so that a changed
 * text, headline or model is noticed and the claim re-embedded. Called when a claim is created, edited or imported,
 * by the index sync for changed claims, and by the backfill.
 */
@ApplicationScoped
public class ClaimEmbeddings {

    private final EntityManager em;

    @Inject
    public ClaimEmbeddings(EntityManager em) {
        this.em = em;
    }

    /** A claim's embeddings: its text's, and its headline's (null when it has none apart from the text). */
    public record Vectors(float[] claim, float[] headline) {
    }

    /** Embeds the claim as it stands (its current verdict headline included) and stores it; in the caller's transaction. */
    public Vectors embed(Claim claim) {
        return store(claim.id, claim.text, headlineOf(claim.id));
    }

    /** Embeds a claim's text and headline (null: none) and stores them, replacing any earlier embeddings. */
    public Vectors store(long claimId, String claimText, String headline) {
        return store(claimId, claimText, headline, null);
    }

    /**
     * Stores a claim's embeddings, replacing any earlier ones: {@code computed} when given (the {@link #vectors} of
     * this very text and headline, computed ahead), else embedded now.
     */
    public Vectors store(long claimId, String claimText, String headline, Vectors computed) {
        Vectors vectors = computed != null ? computed : vectors(claimText, headline);
        em.createNativeQuery("""
                insert into claim_embedding (claim_id, model, model_version, text_hash, vector, headline_vector,
                    embedded_at)
                values (:id, :model, :version, :hash, :vector, nullif(:headline, decode('', 'hex')), now())
                on conflict (claim_id) do update set model = excluded.model, model_version = excluded.model_version,
                    text_hash = excluded.text_hash, vector = excluded.vector,
                    headline_vector = excluded.headline_vector, embedded_at = excluded.embedded_at""")
                .setParameter("id", claimId)
                .setParameter("model", SentenceEmbeddings.MODEL)
                .setParameter("version", SentenceEmbeddings.VERSION)
                .setParameter("hash", hash(MatchText.of(claimText, headline)))
                .setParameter("vector", bytes(vectors.claim()))
                .setParameter("headline", vectors.headline() == null ? new byte[0] : bytes(vectors.headline())) // none
                .executeUpdate();
        return vectors;
    }

    /**
     * The embeddings of a claim text and its headline, computed together. The claim text is embedded alone: on the
     * public development data two vectors (text; headline) find fact-checks better than one of both together.
     */
    public static Vectors vectors(String claimText, String headline) {
        String text = claimText == null ? "" : claimText.strip();
        if (!hasOwnHeadline(text, headline)) {
            return new Vectors(SentenceEmbeddings.embed(text), null);
        }
        List<float[]> both = SentenceEmbeddings.embedAll(List.of(text, headline.strip()));
        return new Vectors(both.get(0), both.get(1));
    }

    /** True when the headline says something apart from the claim text (it is not blank nor the text again). */
    static boolean hasOwnHeadline(String claimText, String headline) {
        return headline != null && !MatchText.of(claimText, headline).equals(MatchText.of(claimText, null));
    }

    /** The headline of the claim's current published verdict revision, or null. */
    String headlineOf(long claimId) {
        return (String) em.createNativeQuery("""
                select r.headline from verdict v join verdict_revision r
                  on r.verdict_id = v.id and r.revision = v.current_revision where v.claim_id = :id""")
                .setParameter("id", claimId).getResultStream().findFirst().orElse(null);
    }

    /**
     * True when stored embeddings were made by the current model from this claim text and headline, the headline's
     * included when it has one of its own.
     */
    static boolean isCurrent(String model, String version, String textHash, byte[] headlineVector, String claimText,
            String headline) {
        return SentenceEmbeddings.MODEL.equals(model) && SentenceEmbeddings.VERSION.equals(version)
                && hash(MatchText.of(claimText, headline)).equals(textHash)
                && (headlineVector != null && headlineVector.length > 0) == hasOwnHeadline(claimText, headline);
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
