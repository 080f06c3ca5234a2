package io.factdesk.bench;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.ingestion.ContentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the article aids as an import runs them (extraction, sentence segmentation, check-worthiness, sourcing
 * flags): the five seed articles warm, and a synthetic batch made of their paragraphs, on one thread and on all
 * cores. Prints {@code key=value} lines for bench/lib/report.sh.
 *
 * <p>Arguments: runs (default 5), batch size (default 500); bench/ingestion/run.sh passes 3 and 100.
 */
public final class IngestionBenchmark {

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<String> seeds = DemoArticles.FILES.stream().map(DemoArticles::read).toList();

        long loadStart = System.nanoTime();
        ArticleAnalyser analyser = ArticleAnalyser.create();
        System.out.printf("model_load_ms=%.0f%n", millis(System.nanoTime() - loadStart));

        long coldStart = System.nanoTime();
        int sentences = analyseAll(analyser, seeds);
        System.out.printf("seed_cold_ms=%.1f%n", millis(System.nanoTime() - coldStart));
        for (int i = 0; i < 20; i++) {
            analyseAll(analyser, seeds);
        }
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analyseAll(analyser, seeds);
            warm[i] = millis(System.nanoTime() - start);
        }
        Arrays.sort(warm);
        System.out.printf("seed_articles=%d seed_sentences=%d seed_warm_median_ms=%.1f runs=%d%n", seeds.size(),
                sentences, warm[runs / 2], runs);

        List<String> batch = syntheticBatch(seeds, batchSize);
        long batchChars = batch.stream().mapToLong(String::length).sum();
        double[] single = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analyseAll(analyser, batch);
            single[i] = batchSize / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(single);
        int threads = Runtime.getRuntime().availableProcessors();
        double[] parallel = new double[runs];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                List<Future<ArticleAnalysis>> futures = new ArrayList<>();
                for (int a = 0; a < batch.size(); a++) {
                    String id = "bench-" + a;
                    String article = batch.get(a);
                    futures.add(pool.submit(() -> analyse(analyser, id, article)));
                }
                for (Future<ArticleAnalysis> future : futures) {
                    future.get();
                }
                parallel[i] = batchSize / ((System.nanoTime() - start) / 1e9);
            }
        } finally {
            pool.shutdown();
        }
        Arrays.sort(parallel);
        System.out.printf("batch_articles=%d batch_avg_chars=%d single_thread_median_per_s=%.1f "
                + "threads=%d parallel_median_per_s=%.1f%n", batchSize, batchChars / batchSize, single[runs / 2],
                threads, parallel[runs / 2]);
    }

    private static int analyseAll(ArticleAnalyser analyser, List<String> articles) {
        int sentences = 0;
        for (int a = 0; a < articles.size(); a++) {
            sentences += analyse(analyser, "bench-" + a, articles.get(a)).sentences().size();
        }
        return sentences;
    }

    /** As an import does it: the article gets an id (cross-article flags refer to it), then the analysis. */
    private static ArticleAnalysis analyse(ArticleAnalyser analyser, String id, String article) {
        return analyser.analyse(analyser.extract(id, article, ContentType.PLAIN_TEXT));
    }

    /** Articles of 4 to 12 paragraphs drawn from the seeds, deterministic, so every run analyses the same text. */
    private static List<String> syntheticBatch(List<String> seeds, int size) {
        List<String> paragraphs = new ArrayList<>();
        for (String seed : seeds) {
            for (String paragraph : seed.split("\\n\\s*\\n")) {
                if (paragraph.strip().length() > 40) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        Random random = new Random(42);
        List<String> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int count = 4 + random.nextInt(9);
            StringBuilder article = new StringBuilder();
            for (int p = 0; p < count; p++) {
                article.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            batch.add(article.toString());
        }
        return batch;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
