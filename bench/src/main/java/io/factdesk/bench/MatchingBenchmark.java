package io.factdesk.bench;

import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.MatchTuning;
import io.factdesk.verification.matching.index.HybridRetriever;
import io.factdesk.verification.matching.index.MatchDocument;
import io.factdesk.verification.matching.index.MatchIndex;
import io.factdesk.verification.matching.index.MatchScope;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.store.MMapDirectory;

/**
 * Times claim matching in the production index (MatchIndex + HybridRetriever with MatchTuning's settings) over a
 * synthetic archive: claims drawn from the words of the seed articles, 5 organisations, a tenth published.
 * Embedding every archive claim would take hours on two cores, so {@value #EMBEDDED} claims are embedded for real
 * (which also measures the CPU cost of embedding one claim) and the others get mixtures of two real vectors plus
 * noise (synthesised, not the embeddings of their texts: they only give the HNSW graph realistic neighbourhoods);
 * every query is embedded for real, inside the timed request. Published claims (a tenth) also carry a headline and
 * a (synthesised) headline vector, as imported fact-checks do. Besides the two paths' latencies it times the
 * hybrid's parts one by one (embedding the query, BM25, the two graph searches, fusion given the vector), to show
 * where the time goes. Prints {@code key=value} lines, and the build's progress every 100,000 claims.
 *
 * <p>Arguments: claims (default 100000), queries (default 200), indexing threads (default 2), writer buffer in MB
 * (default 64, as the application uses), claims with a vector (default all; the others are indexed for BM25 only,
 * as claims without a current embedding are in the application), the graphs' vector encoding (default the
 * application's, {@code MatchTuning.VECTOR_ENCODING}) and whether to merge the index to one segment after the
 * build (default true, as the application does).
 */
public final class MatchingBenchmark {

    static final int EMBEDDED = 1000;
    private static final String BUILT_WITH = "bench.built-with";

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        double bufferMb = args.length > 3 ? Double.parseDouble(args[3]) : 64;
        int withVectors = args.length > 4 ? Integer.parseInt(args[4]) : claims;
        MatchIndex.VectorEncoding encoding = args.length > 5 ? MatchIndex.VectorEncoding.valueOf(args[5])
                : MatchTuning.VECTOR_ENCODING;
        boolean merge = args.length <= 6 || Boolean.parseBoolean(args[6]);
        Random random = new Random(42);
        List<String> words = vocabulary();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        List<String> real = new ArrayList<>();
        for (int i = 0; i < EMBEDDED; i++) {
            real.add(claim(words, random));
        }
        SentenceEmbeddings.embed("warm up the model");
        // The whole process's CPU: ONNX Runtime spreads one embedding over threads of its own.
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        List<float[]> vectors = new ArrayList<>();
        for (String text : real) {
            vectors.add(SentenceEmbeddings.embed(text));
        }
        double embedCpuMs = (processCpuNanos() - cpuStart) / 1e6 / EMBEDDED;
        double embedWallMs = (System.nanoTime() - wallStart) / 1e6 / EMBEDDED;

        // MATCH_DIR keeps the built index in a folder and reuses it when it was built with the same arguments, as
        // the application reopens its folder: a million claims are built once, then timed on a quiet machine.
        String keepIn = System.getenv("MATCH_DIR");
        Path folder = keepIn == null ? Files.createTempDirectory("factdesk-match-bench")
                : Files.createDirectories(Path.of(keepIn));
        String stamp = claims + " claims, " + withVectors + " with vectors, " + encoding + (merge ? ", merged" : "");
        boolean reuse = keepIn != null && stamp.equals(builtWith(folder));
        try (MatchIndex index = MatchIndex.open(new MMapDirectory(folder), bufferMb, encoding, !reuse)) {
            double buildSeconds = 0;
            double mergeSeconds = 0;
            int segments = index.segments();
            if (!reuse) {
                long buildStart = System.nanoTime();
                java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    Thread writer = new Thread(() -> {
                        Random own = new Random(1000 + first);
                        for (int i = first; i < claims; i += threads) {
                            boolean isReal = i < EMBEDDED;
                            boolean published = own.nextInt(10) == 0;
                            String text = isReal ? real.get(i) : claim(words, own);
                            float[] vector = i >= withVectors ? null : isReal ? vectors.get(i) : mix(vectors, own);
                            float[] headline = null;
                            if (published) {
                                text = text + "\n" + claim(words, own);
                                headline = vector == null ? null : mix(vectors, own);
                            }
                            index.put(new MatchDocument(i + 1, 1 + i % 5, published, true, text, vector, headline));
                            int n = done.incrementAndGet();
                            if (n % 100_000 == 0) {
                                System.out.printf(Locale.ROOT, "built=%d after_s=%.1f%n", n,
                                        (System.nanoTime() - buildStart) / 1e9);
                            }
                        }
                    });
                    writer.start();
                    writers.add(writer);
                }
                for (Thread writer : writers) {
                    writer.join();
                }
                index.refresh();
                buildSeconds = (System.nanoTime() - buildStart) / 1e9;
                segments = index.segments();
                long mergeStart = System.nanoTime();
                if (merge) {
                    index.mergeToOneSegment(); // as the application does after its start-up build
                }
                mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
                if (keepIn != null) {
                    index.commit(java.util.Map.of(BUILT_WITH, stamp));
                }
            }
            HybridRetriever retriever = MatchTuning.retriever(index);
            MatchScope scope = MatchIndex.scopeOf(1);
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                asked.add(claim(words, random));
            }
            for (String q : asked.subList(0, Math.min(20, queries))) { // warm-up
                retriever.hybrid(q, SentenceEmbeddings.embed(q), scope, 10);
            }
            double[] lexical = new double[queries];
            double[] hybrid = new double[queries];
            double[] embed = new double[queries];
            double[] bm25 = new double[queries];
            double[] graphs = new double[queries];
            double[] fusion = new double[queries];
            double[] hybridCpu = new double[queries];
            for (int i = 0; i < queries; i++) {
                String q = asked.get(i);
                long t0 = System.nanoTime();
                retriever.lexical(q, scope, 10);
                lexical[i] = (System.nanoTime() - t0) / 1e6;
                long c1 = cpu.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                retriever.hybrid(q, SentenceEmbeddings.embed(q), scope, 10);
                hybrid[i] = (System.nanoTime() - t1) / 1e6;
                hybridCpu[i] = (cpu.getCurrentThreadCpuTime() - c1) / 1e6;
                // The parts, one at a time (same query, right after: caches are as warm as in the hybrid).
                long t2 = System.nanoTime();
                float[] vector = SentenceEmbeddings.embed(q);
                embed[i] = (System.nanoTime() - t2) / 1e6;
                long t3 = System.nanoTime();
                retriever.lexical(q, scope, MatchTuning.DEPTH);
                bm25[i] = (System.nanoTime() - t3) / 1e6;
                long t4 = System.nanoTime();
                retriever.semantic(vector, scope, MatchTuning.DEPTH);
                graphs[i] = (System.nanoTime() - t4) / 1e6;
                long t5 = System.nanoTime();
                retriever.hybrid(q, vector, scope, 10);
                fusion[i] = (System.nanoTime() - t5) / 1e6;
            }
            System.out.printf(Locale.ROOT, "index_reused=%s%n", reuse);
            System.out.printf(Locale.ROOT, "claims=%d%nclaims_with_vectors=%d%nqueries=%d%nindex_build_s=%.1f%n"
                    + "build_threads=%d%nvector_encoding=%s%nsegments_after_build=%d%nmerge_s=%.1f%n"
                    + "segments_searched=%d%n", claims, Math.min(claims, withVectors), queries, buildSeconds, threads,
                    encoding, segments, mergeSeconds, index.segments());
            System.out.printf(Locale.ROOT, "embed_one_cpu_ms=%.1f%nembed_one_wall_ms=%.1f%n", embedCpuMs, embedWallMs);
            System.out.printf(Locale.ROOT, "lexical_p50_ms=%.1f%nlexical_p95_ms=%.1f%n", pct(lexical, 50),
                    pct(lexical, 95));
            System.out.printf(Locale.ROOT, "hybrid_p50_ms=%.1f%nhybrid_p95_ms=%.1f%n", pct(hybrid, 50),
                    pct(hybrid, 95));
            System.out.printf(Locale.ROOT, "hybrid_calling_thread_cpu_p50_ms=%.1f%nhybrid_calling_thread_cpu_p95_ms=%.1f%n",
                    pct(hybridCpu, 50), pct(hybridCpu, 95));
            System.out.printf(Locale.ROOT, "part_embed_query_p50_ms=%.1f%npart_embed_query_p95_ms=%.1f%n",
                    pct(embed, 50), pct(embed, 95));
            System.out.printf(Locale.ROOT, "part_bm25_top%d_p50_ms=%.1f%npart_bm25_top%d_p95_ms=%.1f%n",
                    MatchTuning.DEPTH, pct(bm25, 50), MatchTuning.DEPTH, pct(bm25, 95));
            System.out.printf(Locale.ROOT, "part_hnsw_both_graphs_p50_ms=%.1f%npart_hnsw_both_graphs_p95_ms=%.1f%n",
                    pct(graphs, 50), pct(graphs, 95));
            System.out.printf(Locale.ROOT, "part_hybrid_given_vector_p50_ms=%.1f%npart_hybrid_given_vector_p95_ms=%.1f%n",
                    pct(fusion, 50), pct(fusion, 95));
            System.out.printf(Locale.ROOT, "load_average=%.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            if (keepIn == null) {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(folder);
            }
        }
    }

    /** What a kept folder's index was built with, or null when it holds none. */
    private static String builtWith(Path folder) throws java.io.IOException {
        try (MMapDirectory directory = new MMapDirectory(folder)) {
            return org.apache.lucene.index.DirectoryReader.indexExists(directory)
                    ? org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(BUILT_WITH)
                    : null;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> vocabulary() {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String article : DemoArticles.FILES.stream().map(DemoArticles::read).toList()) {
            for (String w : article.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 1) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** 8–20 words, skewed towards the front of the vocabulary so some words are common, as in real archives. */
    private static String claim(List<String> words, Random random) {
        int n = 8 + random.nextInt(13);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            out.append(i == 0 ? "" : " ").append(words.get((int) (u * u * words.size())));
        }
        return out.toString();
    }

    private static float[] mix(List<float[]> vectors, Random random) {
        float[] a = vectors.get(random.nextInt(vectors.size()));
        float[] b = vectors.get(random.nextInt(vectors.size()));
        float[] v = new float[a.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (a[i] + b[i] + 0.05 * random.nextGaussian());
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
        }
        return v;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
