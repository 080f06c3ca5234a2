package io.factdesk.verification.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.language.UkrainianLatin;
import io.factdesk.verification.matching.MatchTuning;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.factdesk.verification.matching.index.Ranked;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Ukrainian claims matched against English fact-checks: 32 pairs written for the project
 * ({@code uk/bilingual-pairs.tsv}), the English side indexed among every line of the five seed articles as
 * distractors, with the production retrieval components. Reported in docs/verification-aids.md ("Ukrainian
 * text"); the test fails when either figure falls more than one pair below the documented one.
 */
class BilingualMatchingTest {

    /** hit@5 of the hybrid on the Ukrainian queries as written, as documented. */
    static final double DOCUMENTED_HIT5 = 0.500;
    /** hit@5 of the hybrid on the same queries transliterated to the Latin alphabet first, as documented. */
    static final double DOCUMENTED_TRANSLITERATED_HIT5 = 0.719;
    /** One pair of the 32 found or missed. */
    static final double MARGIN = 0.04;

    private record Pair(String ukrainian, String english) {
    }

    @Test
    void ukrainianClaimsFindEnglishFactChecksInTheirTopFive() {
        List<Pair> pairs = pairs();
        List<String> documents = new ArrayList<>(pairs.stream().map(Pair::english).toList());
        for (String file : SeedArticles.FILES) {
            SeedArticles.read(file).lines().filter(l -> l.length() > 40).forEach(documents::add);
        }
        List<float[]> vectors = SentenceEmbeddings.embedAll(documents);
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            for (int i = 0; i < documents.size(); i++) {
                index.put(new MatchDocument(i, 0, true, true, documents.get(i), vectors.get(i)));
            }
            index.refresh();
            HybridRetriever retriever = MatchTuning.retriever(index);
            double asWritten = hit5(pairs, retriever, Function.identity());
            double transliterated = hit5(pairs, retriever, UkrainianLatin::transliterate);
            System.out.printf(java.util.Locale.ROOT, "bilingual hit@5 (%d pairs, %d documents): as written %.3f, "
                    + "transliterated %.3f%n", pairs.size(), documents.size(), asWritten, transliterated);
            assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
            assertThat(asWritten).isGreaterThanOrEqualTo(DOCUMENTED_HIT5 - MARGIN);
            assertThat(transliterated).isGreaterThanOrEqualTo(DOCUMENTED_TRANSLITERATED_HIT5 - MARGIN);
        }
    }

    private static double hit5(List<Pair> pairs, HybridRetriever retriever, Function<String, String> form) {
        int found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String query = MatchText.clean(form.apply(pairs.get(i).ukrainian()));
            List<Ranked> top = retriever.hybrid(query, SentenceEmbeddings.embed(query), null, 5);
            long expected = i;
            found += top.stream().anyMatch(r -> r.claimId() == expected) ? 1 : 0;
        }
        return (double) found / pairs.size();
    }

    private static List<Pair> pairs() {
        try (InputStream in = BilingualMatchingTest.class.getClassLoader()
                .getResourceAsStream("uk/bilingual-pairs.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    pairs.add(new Pair(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
