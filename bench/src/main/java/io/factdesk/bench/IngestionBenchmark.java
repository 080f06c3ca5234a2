package io.factdesk.bench;

import io.factdesk.verification.analysis.ArticleAnalyser;
import io.factdesk.verification.analysis.ArticleAnalysis;
import io.factdesk.verification.demo.DemoArticles;
import io.factdesk.verification.checkworthiness.FeatureExtractor;
import io.factdesk.verification.ingestion.ArticleText;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.ingestion.NlpModels;
import io.factdesk.verification.ingestion.Segmenter;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.sourcing.SourcingFlagger;
import java.lang.management.ManagementFactory;
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
        double[] warmCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            analyseAll(analyser, seeds);
            warm[i] = millis(System.nanoTime() - start);
            warmCpu[i] = millis(processCpuNanos() - cpu);
        }
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("seed_articles=%d seed_sentences=%d seed_warm_median_ms=%.1f seed_warm_cpu_median_ms=%.1f "
                + "runs=%d%n", seeds.size(), sentences, warm[runs / 2], warmCpu[runs / 2], runs);

        stages(analyser, seeds, runs);

        List<String> batch = syntheticBatch(seeds, batchSize);
        long batchChars = batch.stream().mapToLong(String::length).sum();
        double[] single = new double[runs];
        double[] singleCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            analyseAll(analyser, batch);
            single[i] = batchSize / ((System.nanoTime() - start) / 1e9);
            singleCpu[i] = millis(processCpuNanos() - cpu) / batchSize;
        }
        Arrays.sort(single);
        Arrays.sort(singleCpu);
        int threads = Runtime.getRuntime().availableProcessors();
        double[] parallel = new double[runs];
        double[] parallelCpu = new double[runs];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < runs; i++) {
                long cpu = processCpuNanos();
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
                parallelCpu[i] = millis(processCpuNanos() - cpu) / batchSize;
            }
        } finally {
            pool.shutdown();
        }
        Arrays.sort(parallel);
        Arrays.sort(parallelCpu);
        System.out.printf("batch_articles=%d batch_avg_chars=%d single_thread_median_per_s=%.1f "
                + "threads=%d parallel_median_per_s=%.1f%n", batchSize, batchChars / batchSize, single[runs / 2],
                threads, parallel[runs / 2]);
        // CPU time of the whole process (analysing threads, the common pool, JIT and GC) per article: what the
        // machine pays for an article however many other processes share its cores
        System.out.printf("single_thread_cpu_median_ms_per_article=%.1f parallel_cpu_median_ms_per_article=%.1f "
                + "cores_needed_for_30_per_s=%.2f%n", singleCpu[runs / 2], parallelCpu[runs / 2],
                30 * parallelCpu[runs / 2] / 1000);
    }

    /**
     * Three stages of the seed analysis timed alone (warm, median of {@code runs}, after as many warm-up rounds as
     * the whole analysis gets): sentence segmentation, the sourcing flags of every sentence and article, and the
     * check-worthiness features of every unit (OpenNLP tokens and part-of-speech tags). The rest of the warm figure
     * is mostly the check-worthiness models (the embedding cascade).
     */
    private static void stages(ArticleAnalyser analyser, List<String> seeds, int runs) {
        List<ArticleText> articles = new ArrayList<>();
        for (int a = 0; a < seeds.size(); a++) {
            articles.add(analyser.extract("bench-" + a, seeds.get(a), ContentType.PLAIN_TEXT));
        }
        Segmenter segmenter = new Segmenter(NlpModels.english());
        SourcingFlagger flagger = new SourcingFlagger();
        FeatureExtractor features = new FeatureExtractor(NlpModels.english());
        List<List<TextUnit>> units = articles.stream().map(a -> segmenter.segment(a.text())).toList();
        double[] segmenting = new double[runs];
        double[] flagging = new double[runs];
        double[] tagging = new double[runs];
        int flags = 0;
        for (int i = -20; i < runs; i++) {
            long start = System.nanoTime();
            for (ArticleText article : articles) {
                flags += segmenter.segment(article.text()).size();
            }
            long segmented = System.nanoTime();
            for (int a = 0; a < articles.size(); a++) {
                String text = articles.get(a).text();
                for (TextUnit unit : units.get(a)) {
                    flags += flagger.flagSentence(text, unit.start(), unit.end()).size();
                }
                flags += flagger.flagArticle(articles.get(a)).size();
            }
            long flagged = System.nanoTime();
            for (List<TextUnit> article : units) {
                for (TextUnit unit : article) {
                    flags += features.extract(unit.text(), false).hashCode() & 1;
                }
            }
            long tagged = System.nanoTime();
            if (i >= 0) {
                segmenting[i] = millis(segmented - start);
                flagging[i] = millis(flagged - segmented);
                tagging[i] = millis(tagged - flagged);
            }
        }
        Arrays.sort(segmenting);
        Arrays.sort(flagging);
        Arrays.sort(tagging);
        System.out.printf("seed_segment_warm_median_ms=%.1f seed_sourcing_flags_warm_median_ms=%.1f "
                + "seed_features_warm_median_ms=%.1f checksum=%d%n", segmenting[runs / 2], flagging[runs / 2],
                tagging[runs / 2], flags);
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
    static List<String> syntheticBatch(List<String> seeds, int size) {
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

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
