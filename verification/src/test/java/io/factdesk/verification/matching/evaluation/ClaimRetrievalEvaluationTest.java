package io.factdesk.verification.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SharedDatasets;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.MatchTuning;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchText;
import io.factdesk.verification.matching.index.Ranked;
import io.factdesk.verification.matching.index.Reranker;
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
 * ({@link MatchIndex}, {@link HybridRetriever} with {@link MatchTuning}'s settings, {@link MatchText}, the
 * committed {@link Reranker} over the hybrid's best {@value Reranker#POOL}), run in-process without the database.
 * Weights were tuned (and the re-ranker trained) on train; dev is reported in docs/verification-aids.md and guarded
 * here. The data is read from {@code ../shared/datasets} next to the project (or the folder named by the
 * system property {@value #DATASETS_PROPERTY}); the test is skipped when it is absent.
 */
class ClaimRetrievalEvaluationTest {

    static final String DATASETS_PROPERTY = SharedDatasets.PROPERTY;
    /** Dev MAP@5 of the hybrid, re-ranked, as documented in docs/verification-aids.md. */
    static final double DOCUMENTED_HYBRID_DEV_MAP5 = 0.900;
    static final double MARGIN = 0.02;

    private static ClaimRetrievalSet set;
    private static MatchIndex index;
    private static HybridRetriever retriever;
    private static Path cache;
    /** Each fact-check's text as the index holds it (claim, and headline where it has its own), by id. */
    private static final java.util.Map<Long, String> TEXTS = new java.util.HashMap<>();

    @BeforeAll
    static void buildIndex() throws IOException {
        Path datasets = datasets();
        Assumptions.assumeTrue(Files.isDirectory(datasets.resolve(ClaimRetrievalSet.FOLDER)),
                "Claim-retrieval evaluation skipped: " + datasets.resolve(ClaimRetrievalSet.FOLDER)
                        + " is absent (set -D" + DATASETS_PROPERTY + "=<folder holding the shared datasets>)");
        set = ClaimRetrievalSet.read(datasets);
        cache = Path.of("target", "claim-retrieval-cache");
        // As the application stores them: the claim text embedded alone, the headline apart.
        List<float[]> vectors = ClaimRetrievalSet.embeddings(cache, "fact-check-claims",
                set.factChecks.stream().map(ClaimRetrievalSet.FactCheck::claim).toList());
        List<float[]> headlines = ClaimRetrievalSet.embeddings(cache, "fact-check-titles",
                set.factChecks.stream().map(c -> c.title().isBlank() ? c.claim() : c.title()).toList());
        // -Dfactdesk.matching.encoding=FLOAT32 compares the graphs' vector encodings on the same data.
        index = new MatchIndex(new ByteBuffersDirectory(), 64, MatchIndex.VectorEncoding.valueOf(
                System.getProperty("factdesk.matching.encoding", MatchTuning.VECTOR_ENCODING.name())));
        for (int i = 0; i < set.factChecks.size(); i++) {
            ClaimRetrievalSet.FactCheck check = set.factChecks.get(i);
            TEXTS.put(check.id(), check.text());
            boolean ownHeadline = !check.text().equals(MatchText.of(check.claim(), null));
            index.put(new MatchDocument(check.id(), 0, true, true, check.text(), vectors.get(i),
                    ownHeadline ? headlines.get(i) : null));
        }
        index.refresh();
        // -Dfactdesk.matching.semantic-weight= measures a candidate model with the weight tuned for it on train.
        retriever = new HybridRetriever(index, Double.parseDouble(System.getProperty(
                "factdesk.matching.semantic-weight", Double.toString(MatchTuning.SEMANTIC_WEIGHT))),
                MatchTuning.HEADLINE_SHARE, MatchTuning.DEPTH, MatchTuning.CANDIDATE_SHARE);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    /** The shared datasets folder: the system property, else ../shared/datasets next to the project root. */
    static Path datasets() {
        return SharedDatasets.folder();
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
        List<float[]> vectors = queryVectors("dev", texts, instructed());
        List<List<Ranked>> results = new java.util.ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            results.add(reranked(retriever, texts.get(i), vectors.get(i), 5));
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

    /** Scores for one split: lexical only, semantic only, the hybrid's fused order and the hybrid re-ranked. */
    record Figures(RankingMetrics lexical, RankingMetrics semantic, RankingMetrics fused, RankingMetrics hybrid) {
    }

    /**
     * The hybrid's best {@value Reranker#POOL} re-ordered by the committed re-ranker, as the matcher does it; the
     * best {@code limit} of them.
     */
    static List<Ranked> reranked(HybridRetriever retriever, String text, float[] vector, int limit) {
        return reranked(text, retriever.hybrid(text, vector, null, Reranker.POOL), limit);
    }

    /** {@code pool}, the hybrid's best {@value Reranker#POOL}, re-ordered; the best {@code limit} of them. */
    private static List<Ranked> reranked(String text, List<Ranked> pool, int limit) {
        return first(Reranker.committed().rerank(text, candidates(pool)), limit);
    }

    private static List<Ranked> first(List<Ranked> ranked, int limit) {
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** The hybrid's candidates with the texts the index holds for them. */
    private static List<Reranker.Candidate> candidates(List<Ranked> pool) {
        return pool.stream().map(r -> new Reranker.Candidate(r, TEXTS.get(r.claimId()))).toList();
    }

    static Figures evaluate(String split, HybridRetriever retriever) throws IOException {
        List<ClaimRetrievalSet.Query> queries = set.queries(split);
        List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> vectors = queryVectors(split, texts, instructed());
        Figures figures = new Figures(new RankingMetrics(), new RankingMetrics(), new RankingMetrics(),
                new RankingMetrics());
        for (int i = 0; i < queries.size(); i++) {
            String text = texts.get(i);
            float[] vector = vectors.get(i);
            ClaimRetrievalSet.Query query = queries.get(i);
            figures.lexical().add(ids(retriever.lexical(text, null, 5)), query.relevant());
            figures.semantic().add(ids(retriever.semantic(vector, null, 5)), query.relevant());
            // One hybrid search: its best 5 are the fused order (the pool's order), re-ranked they are the hybrid's.
            List<Ranked> pool = retriever.hybrid(text, vector, null, Reranker.POOL);
            figures.fused().add(ids(first(pool, 5)), query.relevant());
            figures.hybrid().add(ids(reranked(text, pool, 5)), query.relevant());
        }
        return figures;
    }

    private static List<Long> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::claimId).toList();
    }

    /**
     * Run with -Dfactdesk.matching.tune=true: the hybrid on train with every query word proposing candidates and
     * with only the words under each tried share of the claims ({@link MatchTuning#CANDIDATE_SHARE}).
     */
    @Test
    void candidateShareOnTrain() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("factdesk.matching.tune"), "tuning runs on request only");
        for (double share : new double[] {1, 0.05, 0.02, 0.01, 0.005}) {
            Figures train = evaluate("train", new HybridRetriever(index, MatchTuning.SEMANTIC_WEIGHT,
                    MatchTuning.HEADLINE_SHARE, MatchTuning.DEPTH, share));
            System.out.printf(java.util.Locale.ROOT, "candidate share %.3f: train hybrid %s%n", share, train.fused());
        }
    }

    @Test
    void hybridMatchingHoldsItsDocumentedFiguresOnDev() throws IOException {
        Figures dev = evaluate("dev", retriever);
        System.out.println("claim retrieval, dev (" + EvaluationModel.current().key + (instructed() ? ", instructed"
                : "") + ", " + index.encoding() + " graphs):");
        System.out.println("  lexical  " + dev.lexical());
        System.out.println("  semantic " + dev.semantic());
        System.out.println("  hybrid, fused order " + dev.fused());
        System.out.println("  hybrid, re-ranked   " + dev.hybrid());

        Assumptions.assumeTrue(EvaluationModel.current() == EvaluationModel.MINILM,
                "a candidate model is measured, not held to the application's figures");
        assertThat(dev.hybrid().map5()).isGreaterThanOrEqualTo(DOCUMENTED_HYBRID_DEV_MAP5 - MARGIN);
        assertThat(dev.hybrid().map5()).isGreaterThan(dev.lexical().map5()).isGreaterThan(dev.semantic().map5());
    }

    /** The query texts' embeddings, with or without the model's query instruction before each. */
    private static List<float[]> queryVectors(String split, List<String> texts, boolean instructed)
            throws IOException {
        return ClaimRetrievalSet.embeddings(cache, split + (instructed ? "-instructed" : "") + "-queries",
                texts.stream().map(t -> instructed ? EvaluationModel.current().queryInstruction + t : t).toList());
    }

    /** Whether queries get the model's query instruction (-Dfactdesk.matching.instruct=true; the app's has none). */
    private static boolean instructed() {
        return Boolean.getBoolean("factdesk.matching.instruct");
    }

    /**
     * Run with -Dfactdesk.matching.tune=true: pools each query's candidates once (the best 100 by BM25 and by exact
     * cosine with the claim and with the headline vectors), then sweeps in memory the headline's share of the cosine
     * and the semantic weight, for queries embedded with and without the model's query instruction. Settings are
     * chosen on train; dev is printed for the best few only to see that they carry over.
     */
    @Test
    void tuneOnTrain() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("factdesk.matching.tune"), "tuning runs on request only");
        List<float[]> alone = ClaimRetrievalSet.embeddings(cache, "fact-check-claims",
                set.factChecks.stream().map(ClaimRetrievalSet.FactCheck::claim).toList());
        List<float[]> titles = ClaimRetrievalSet.embeddings(cache, "fact-check-titles",
                set.factChecks.stream().map(c -> c.title().isBlank() ? c.claim() : c.title()).toList());
        record Setting(boolean instructed, double headlineShare, double weight, double train) {
        }
        List<Setting> settings = new java.util.ArrayList<>();
        java.util.Map<String, List<Pooled>> pools = new java.util.HashMap<>();
        boolean[] variants = EvaluationModel.current().queryInstruction.isEmpty() ? new boolean[] {false}
                : new boolean[] {false, true};
        for (boolean instructed : variants) {
            for (String split : List.of("train", "dev")) {
                pools.put(split + instructed, pool(split, instructed, alone, titles));
            }
            List<Pooled> train = pools.get("train" + instructed);
            System.out.printf(java.util.Locale.ROOT, "queries %s instruction: semantic only, train %s%n",
                    instructed ? "with" : "without", sweep("train", train, 1, 1));
            // headline share -1: the better of the two cosines instead of a weighted mean
            for (double h : new double[] {-1, 0, 0.2, 0.33, 0.5, 0.67, 0.8, 0.9, 1}) {
                for (int step = 4; step <= 28; step++) {
                    double w = step / 40.0;
                    settings.add(new Setting(instructed, h, w, sweep("train", train, h, w).map5()));
                }
            }
        }
        settings.sort(java.util.Comparator.comparingDouble(Setting::train).reversed());
        for (Setting s : settings.subList(0, 30)) {
            System.out.printf(java.util.Locale.ROOT, "instruction %s, headline share %.2f, weight %.3f: train %.3f,"
                    + " dev %s%n", s.instructed(), s.headlineShare(), s.weight(), s.train(),
                    sweep("dev", pools.get("dev" + s.instructed()), s.headlineShare(), s.weight()));
        }
        for (boolean instructed : variants) {
            for (double h : new double[] {-1, 0, 0.5, 1}) {
                Setting best = settings.stream().filter(s -> s.instructed() == instructed && s.headlineShare() == h)
                        .findFirst().orElseThrow();
                System.out.printf(java.util.Locale.ROOT, "instruction %s, best for share %.2f: weight %.3f train"
                        + " %.3f%n", instructed, h, best.weight(), best.train());
            }
        }
    }

    /**
     * Run with -Dfactdesk.matching.rerank=true: trains the re-ranker on train and writes the weights file the
     * application loads ({@link RerankerTraining}; docs/verification-aids.md). Dev is only printed, once.
     */
    @Test
    void trainReranker() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("factdesk.matching.rerank"),
                "the re-ranker's training runs on request only");
        Assumptions.assumeTrue(EvaluationModel.current() == EvaluationModel.MINILM && !instructed(),
                "the re-ranker is trained for the application's model and queries");
        java.util.Map<String, List<RerankerTraining.Pooled>> pools = new java.util.HashMap<>();
        for (String split : List.of("train", "dev")) {
            List<ClaimRetrievalSet.Query> queries = set.queries(split);
            List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
            List<float[]> vectors = queryVectors(split, texts, false);
            List<RerankerTraining.Pooled> pooled = new java.util.ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                pooled.add(RerankerTraining.Pooled.of(texts.get(i), candidates(retriever.hybrid(texts.get(i),
                        vectors.get(i), null, Reranker.POOL)), queries.get(i).relevant()));
            }
            pools.put(split, pooled);
        }
        RerankerTraining.run(pools.get("train"), pools.get("dev"), Path.of(System.getProperty(
                "factdesk.matching.rerank.weights", RerankerTraining.WEIGHTS.toString())));
    }

    /** A pooled candidate: its cosines with the claim and with the headline; its lexical share. */
    private record Pooled(long id, double claim, double title, double lexical) {
    }

    private static List<Pooled> pool(String split, boolean instructed, List<float[]> claims, List<float[]> titles)
            throws IOException {
        List<ClaimRetrievalSet.Query> queries = set.queries(split);
        List<String> texts = queries.stream().map(q -> MatchText.clean(q.text())).toList();
        List<float[]> vectors = queryVectors(split, texts, instructed);
        java.util.Map<Long, Integer> rowOf = new java.util.HashMap<>();
        for (int r = 0; r < set.factChecks.size(); r++) {
            rowOf.put(set.factChecks.get(r).id(), r);
        }
        List<Pooled> pooled = new java.util.ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            java.util.Set<Integer> rows = new java.util.LinkedHashSet<>();
            java.util.Map<Long, Double> lexical = new java.util.HashMap<>();
            retriever.lexical(texts.get(i), null, 100).forEach(r -> {
                rows.add(rowOf.get(r.claimId()));
                lexical.put(r.claimId(), r.lexical());
            });
            float[] q = vectors.get(i);
            for (List<float[]> kind : List.of(claims, titles)) {
                double[] cosines = kind.stream().mapToDouble(v -> SentenceEmbeddings.cosine(q, v)).toArray();
                java.util.stream.IntStream.range(0, kind.size()).boxed()
                        .sorted(java.util.Comparator.comparingDouble((Integer r) -> -cosines[r])).limit(100)
                        .forEach(rows::add);
            }
            for (int r : rows) {
                ClaimRetrievalSet.FactCheck check = set.factChecks.get(r);
                pooled.add(new Pooled(check.id() * 10_000 + i, SentenceEmbeddings.cosine(q, claims.get(r)),
                        check.title().isBlank() ? Double.NaN : SentenceEmbeddings.cosine(q, titles.get(r)),
                        lexical.containsKey(check.id()) ? lexical.get(check.id())
                                : retriever.score(texts.get(i), null, check.id()).lexical()));
            }
        }
        return pooled;
    }

    private static RankingMetrics sweep(String split, List<Pooled> pooled, double h, double w) throws IOException {
        HybridRetriever fusion = new HybridRetriever(index, w, Math.max(0, h), MatchTuning.DEPTH);
        java.util.Map<Integer, List<Pooled>> byQuery = pooled.stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> (int) (p.id() % 10_000)));
        List<ClaimRetrievalSet.Query> queries = set.queries(split);
        RankingMetrics metrics = new RankingMetrics();
        for (int i = 0; i < queries.size(); i++) {
            metrics.add(byQuery.get(i).stream().sorted(java.util.Comparator.comparingDouble((Pooled p) -> -fusion.fuse(
                    h < 0 ? Math.max(p.claim(), Double.isNaN(p.title()) ? -1 : p.title())
                            : fusion.semantic(p.claim(), p.title()), p.lexical())))
                    .map(p -> p.id() / 10_000).limit(5).toList(), queries.get(i).relevant());
        }
        return metrics;
    }
}
