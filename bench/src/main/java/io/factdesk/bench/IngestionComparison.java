package io.factdesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two builds of the article aids in one JVM, for a before/after comparison that the load of a shared machine does
 * not swamp: each build's {@code factdesk-core} and {@code factdesk-verification} jars get their own class loader
 * (the libraries come from this class's loader, which must not hold those jars), and the builds take turns, which
 * goes first alternating by round. Checks first that both give the same analyses (the full text of the
 * {@code ArticleAnalysis} records) for the five seed articles and the synthetic articles of
 * {@link IngestionBenchmark}; then prints, per build, the median and lowest process CPU time and wall-clock of the
 * five seeds (analysed twice per round) and of one synthetic article, the process CPU time per article and the
 * articles per second when two threads share the synthetic articles (as two imports at once on the two cores),
 * and the before/after ratio per round (for articles per second, after/before reads as before/after does).
 *
 * <p>Arguments: the before build's jars and the after build's jars (each colon-separated), rounds (default 12).
 * bench/ingestion/compare.sh runs it.
 */
public final class IngestionComparison {

    private static final List<String> SEEDS = List.of("000_3b536b1a97ab85bb.txt", "001_c7fc002b1f254d63.txt",
            "002_c61e24e3129648bb.txt", "003_24ebec4603e8d0ce.txt", "004_6971a2327458b8a5.txt");
    private static final int BATCH = 30;
    private static final String[] FIGURES = {"five seeds, CPU ms", "five seeds, wall ms", "one article, CPU ms",
        "one article, wall ms", "two threads, CPU ms per article", "two threads, articles per s"};

    /** The two analysing threads of the two-thread figures, shared by both builds. */
    private static final ExecutorService PAIR = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "analyse");
        thread.setDaemon(true);
        return thread;
    });

    private IngestionComparison() {
    }

    /** One build: its analyser, reached by reflection through the build's own class loader. */
    private static final class Build {

        final ClassLoader loader;
        final Object analyser;
        final Method extract;
        final Method analyse;
        final Object plainText;
        final List<double[]> figures = new ArrayList<>();

        Build(String jars) throws ReflectiveOperationException {
            List<URL> urls = new ArrayList<>();
            for (String jar : jars.split(":")) {
                try {
                    urls.add(new File(jar).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(jar, e);
                }
            }
            loader = new URLClassLoader(urls.toArray(new URL[0]), IngestionComparison.class.getClassLoader());
            Class<?> type = loader.loadClass("io.factdesk.verification.analysis.ArticleAnalyser");
            Class<?> contentType = loader.loadClass("io.factdesk.verification.ingestion.ContentType");
            analyser = type.getMethod("create").invoke(null);
            extract = type.getMethod("extract", String.class, String.class, contentType);
            analyse = type.getMethod("analyse", loader.loadClass("io.factdesk.verification.ingestion.ArticleText"));
            plainText = contentType.getField("PLAIN_TEXT").get(null);
        }

        /** The analysis of a plain-text article, as the text of its record. */
        String analyse(String id, String text) throws ReflectiveOperationException {
            return analyse.invoke(analyser, extract.invoke(analyser, id, text, plainText)).toString();
        }

        void analyseAll(String prefix, List<String> articles) throws ReflectiveOperationException {
            for (int i = 0; i < articles.size(); i++) {
                analyse(prefix + i, articles.get(i));
            }
        }

        /** The articles shared by two threads, as two imports at once would run. */
        void analyseOnTwoThreads(String prefix, List<String> articles) throws Exception {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                String id = prefix + i;
                String text = articles.get(i);
                futures.add(PAIR.submit(() -> analyse(id, text)));
            }
            for (Future<String> future : futures) {
                future.get();
            }
        }

        String read(String file) {
            try (InputStream in = loader.getResourceAsStream("demo/articles/" + file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Build before = new Build(args[0]);
        Build after = new Build(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        List<String> seeds = SEEDS.stream().map(before::read).toList();
        List<String> batch = IngestionBenchmark.syntheticBatch(seeds, BATCH);

        int same = 0;
        List<String> all = new ArrayList<>(seeds);
        all.addAll(batch);
        for (int i = 0; i < all.size(); i++) {
            same += before.analyse("a" + i, all.get(i)).equals(after.analyse("a" + i, all.get(i))) ? 1 : 0;
        }
        System.out.printf("identical_analyses=%d of=%d%n", same, all.size());

        for (int i = 0; i < 8; i++) {
            before.analyseAll("s", seeds);
            after.analyseAll("s", seeds);
        }
        for (int round = 0; round < rounds; round++) {
            for (Build build : round % 2 == 0 ? List.of(before, after) : List.of(after, before)) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                build.analyseAll("s", seeds);
                build.analyseAll("s", seeds);
                long seedsCpu = processCpuNanos();
                long seedsEnd = System.nanoTime();
                build.analyseAll("b", batch);
                long batchCpu = processCpuNanos();
                long batchEnd = System.nanoTime();
                build.analyseOnTwoThreads("b", batch);
                build.figures.add(new double[] {(seedsCpu - cpu) / 2e6, (seedsEnd - start) / 2e6,
                    (batchCpu - seedsCpu) / 1e6 / BATCH, (batchEnd - seedsEnd) / 1e6 / BATCH,
                    (processCpuNanos() - batchCpu) / 1e6 / BATCH, BATCH / ((System.nanoTime() - batchEnd) / 1e9)});
            }
            System.out.printf("round=%d load_average=%.2f%n", round,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        for (int f = 0; f < FIGURES.length; f++) {
            double[] b = column(before, f);
            double[] a = column(after, f);
            double[] ratios = new double[rounds];
            boolean rate = f == FIGURES.length - 1; // higher is better: the ratio is after/before, so > 1 is a gain
            for (int r = 0; r < rounds; r++) {
                double[] first = (rate ? after : before).figures.get(r);
                double[] second = (rate ? before : after).figures.get(r);
                ratios[r] = first[f] / second[f];
            }
            Arrays.sort(b);
            Arrays.sort(a);
            Arrays.sort(ratios);
            System.out.printf("%s: before median %.1f %s %.1f; after median %.1f %s %.1f; %s per round median "
                    + "%.2f range %.2f-%.2f%n", FIGURES[f], b[rounds / 2], rate ? "highest" : "lowest",
                    rate ? b[rounds - 1] : b[0], a[rounds / 2], rate ? "highest" : "lowest", rate ? a[rounds - 1] : a[0],
                    rate ? "after/before" : "before/after", ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
        }
    }

    private static double[] column(Build build, int figure) {
        return build.figures.stream().mapToDouble(values -> values[figure]).toArray();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
