package io.factdesk.verification.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.MatchTuning;
import io.factdesk.verification.matching.QueryVectors;
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
 * distractors, through the production matcher's path: {@link MatchText#clean}, {@link QueryVectors} (no English
 * vector for a Cyrillic query) and the hybrid retriever with {@link MatchTuning}'s settings over the
 * {@link MatchIndex}, whose analyser reads Ukrainian lemmas in Latin letters. Reported in docs/verification-aids.md
 * ("Ukrainian text"); the test fails when the matcher's figure falls more than one pair below the documented one.
 */
class BilingualMatchingTest {

    /** hit@5 of the production path on the Ukrainian queries as written, as documented. */
    static final double DOCUMENTED_HIT5 = 0.813;
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
            double matcher = hit5(pairs, query -> retriever.hybrid(query, QueryVectors.of(query), null, 5));
            double englishVectors = hit5(pairs,
                    query -> retriever.hybrid(query, SentenceEmbeddings.embed(query), null, 5));
            System.out.printf(java.util.Locale.ROOT, "bilingual hit@5 (%d pairs, %d documents): matcher %.3f, "
                    + "hybrid with the English model's vectors of the Ukrainian text %.3f%n", pairs.size(),
                    documents.size(), matcher, englishVectors);
            assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
            assertThat(matcher).isGreaterThanOrEqualTo(DOCUMENTED_HIT5 - MARGIN);
        }
    }

    @Test
    void aUkrainianClaimFindsTheEnglishFactCheckAboutTheSamePersonWhateverTheSpelling() {
        List<String> documents = List.of("Volodymyr Zelenskyy met the prime minister of Poland.",
                "Yulia Svyridenko signed a grain agreement.", "The weather in Lviv was warm in May.");
        try (MatchIndex index = new MatchIndex(new ByteBuffersDirectory())) {
            for (int i = 0; i < documents.size(); i++) {
                index.put(new MatchDocument(i, 0, true, true, documents.get(i), null));
            }
            index.refresh();
            HybridRetriever retriever = MatchTuning.retriever(index);
            assertThat(retriever.lexical(MatchText.clean("Зеленського бачили з прем'єром Польщі"), null, 1))
                    .extracting(Ranked::claimId).containsExactly(0L);
            assertThat(retriever.lexical(MatchText.clean("Свириденко підписала угоду"), null, 1))
                    .extracting(Ranked::claimId).containsExactly(1L);
        }
    }

    private static double hit5(List<Pair> pairs, Function<String, List<Ranked>> search) {
        int found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            List<Ranked> top = search.apply(MatchText.clean(pairs.get(i).ukrainian()));
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
