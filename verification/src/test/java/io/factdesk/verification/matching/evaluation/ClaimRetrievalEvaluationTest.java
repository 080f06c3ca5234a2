package io.factdesk.verification.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.MatchTuning;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.factdesk.verification.matching.index.Ranked;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claim matching measured on public data nobody here tuned by hand: tweets matched against ~10,000 Snopes
 * fact-checks (CheckThat! 2020 task 2). The retrieval components are exactly those of the production matcher
 * ({@link MatchIndex}, {@link HybridRetriever} with {@link MatchTuning}'s settings, {@link MatchText}), run
 * in-process without the database. Weights were tuned on train; dev is reported in docs/verification-aids.md and
 * guarded here. The data is read from {@code ../shared/datasets} next to the project (or the folder named by the
 * system property {@value #DATASETS_PROPERTY}); the test is skipped when it is absent.
 */
class ClaimRetrievalEvaluationTest {

    static final String DATASETS_PROPERTY = "factdesk.datasets";
    /** Dev MAP@5 of the hybrid as documented in docs/verification-aids.md. */
    static final double DOCUMENTED_HYBRID_DEV_MAP5 = 0.833;
    static final double MARGIN = 0.02;

    private static ClaimRetrievalSet set;
    private static MatchIndex index;
    private static HybridRetriever retriever;
    private static Path cache;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path datasets = datasets();
        Assumptions.assumeTrue(Files.isDirectory(datasets.resolve(ClaimRetrievalSet.FOLDER)),
                "Claim-retrieval evaluation skipped: " + datasets.resolve(ClaimRetrievalSet.FOLDER)
                        + " is absent (set -D" + DATASETS_PROPERTY + "=<folder holding the shared datasets>)");
        set = ClaimRetrievalSet.read(datasets);
        cache = Path.of("target", "claim-retrieval-cache");
        List<float[]> vectors = ClaimRetrievalSet.embeddings(cache, "fact-checks",
                set.factChecks.stream().map(ClaimRetrievalSet.FactCheck::text).toList());
        index = new MatchIndex(new ByteBuffersDirectory());
        for (int i = 0; i < set.factChecks.size(); i++) {
            ClaimRetrievalSet.FactCheck check = set.factChecks.get(i);
            index.put(new MatchDocument(check.id(), 0, true, true, check.text(), vectors.get(i)));
        }
        index.refresh();
        retriever = MatchTuning.retriever(index);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The shared datasets folder: the system property, else ../shared/datasets next to the project root. */
    static Path datasets() {
        String configured = System.getProperty(DATASETS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir.getParent() != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir.resolve("..").resolve("shared").resolve("datasets").normalize();
    }

    /**
     * How the fused score relates to being right, on dev: for each threshold, the share of the top-5 results at or
     * above it that verify the query (precision) and the share of queries whose fact-check is found at or above it
     * (recall). The levels' thresholds are read off this table (docs/verification-aids.md).
     */
    @Test
    void thresholdsTable() throws IOException {
        List<ClaimRetrievalSet.Query> queries = set.queries("dev");
        List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> vectors = ClaimRetrievalSet.embeddings(cache, "dev-queries", texts);
        List<List<Ranked>> results = new java.util.ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            results.add(retriever.hybrid(texts.get(i), vectors.get(i), null, 5));
        }
        for (int step = 4; step <= 18; step++) {
            double t = step / 20.0;
            int above = 0;
            int right = 0;
            int found = 0;
            for (int i = 0; i < queries.size(); i++) {
                boolean hit = false;
                for (Ranked r : results.get(i)) {
                    if (r.score() >= t) {
                        above++;
                        if (queries.get(i).relevant().contains(r.claimId())) {
                            right++;
                            hit = true;
                        }
                    }
                }
                found += hit ? 1 : 0;
            }
            System.out.printf(java.util.Locale.ROOT, "dev threshold %.2f: precision %.3f (%d results), recall %.3f%n",
                    t, above == 0 ? 1.0 : (double) right / above, above, (double) found / queries.size());
        }
    }

    /** Scores for one split: lexical only, semantic only and hybrid. */
    record Figures(RankingMetrics lexical, RankingMetrics semantic, RankingMetrics hybrid) {
    }

    static Figures evaluate(String split, HybridRetriever retriever) throws IOException {
        List<ClaimRetrievalSet.Query> queries = set.queries(split);
        List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> vectors = ClaimRetrievalSet.embeddings(cache, split + "-queries", texts);
        Figures figures = new Figures(new RankingMetrics(), new RankingMetrics(), new RankingMetrics());
        for (int i = 0; i < queries.size(); i++) {
            String text = texts.get(i);
            float[] vector = vectors.get(i);
            ClaimRetrievalSet.Query query = queries.get(i);
            figures.lexical().add(ids(retriever.lexical(text, null, 5)), query.relevant());
            figures.semantic().add(ids(retriever.semantic(vector, null, 5)), query.relevant());
            figures.hybrid().add(ids(retriever.hybrid(text, vector, null, 5)), query.relevant());
        }
        return figures;
    }

    private static List<Long> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::claimId).toList();
    }

    @Test
    void hybridMatchingHoldsItsDocumentedFiguresOnDev() throws IOException {
        Figures dev = evaluate("dev", retriever);
        System.out.println("claim retrieval, dev (" + SentenceEmbeddings.MODEL + "):");
        System.out.println("  lexical  " + dev.lexical());
        System.out.println("  semantic " + dev.semantic());
        System.out.println("  hybrid   " + dev.hybrid());

        assertThat(dev.hybrid().map5()).isGreaterThanOrEqualTo(DOCUMENTED_HYBRID_DEV_MAP5 - MARGIN);
        assertThat(dev.hybrid().map5()).isGreaterThan(dev.lexical().map5()).isGreaterThan(dev.semantic().map5());
    }

    /**
     * Run with -Dfactdesk.matching.tune=true: fetches each train query's candidates once (both stages, their
     * scores) and sweeps the fusion weight over them in memory.
     */
    @Test
    void tuneOnTrain() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("factdesk.matching.tune"), "tuning runs on request only");
        List<ClaimRetrievalSet.Query> queries = set.queries("train");
        List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> vectors = ClaimRetrievalSet.embeddings(cache, "train-queries", texts);
        HybridRetriever wide = new HybridRetriever(index, 0.5, MatchTuning.DEPTH);
        List<List<Ranked>> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            candidates.add(wide.hybrid(texts.get(i), vectors.get(i), null, 2 * MatchTuning.DEPTH));
        }
        for (int step = 0; step <= 20; step++) {
            double w = step / 20.0;
            HybridRetriever fusion = new HybridRetriever(index, w, MatchTuning.DEPTH);
            RankingMetrics metrics = new RankingMetrics();
            for (int i = 0; i < queries.size(); i++) {
                metrics.add(candidates.get(i).stream()
                        .sorted(java.util.Comparator.comparingDouble(
                                (Ranked r) -> fusion.fuse(r.semantic(), r.lexical())).reversed())
                        .map(Ranked::claimId).limit(5).toList(), queries.get(i).relevant());
            }
            System.out.printf(java.util.Locale.ROOT, "train weight %.2f: %s%n", w, metrics);
        }
    }
}
