package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.Cue;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the check-worthiness model (Tribuo logistic regression, AdaGrad, fixed seed, file order) on the train
 * split, picks the training setting and the threshold on the dev split, reports dev-test, and writes the weights
 * to {@code verification/src/main/resources/checkworthiness/model.tsv}. Run by bench/checkworthiness/train.sh.
 *
 * <p>Arguments: the output file (default: the resource above, relative to the project root).
 */
public final class CheckWorthinessTraining {

    static final long SEED = 20240501L;
    static final int[] EPOCHS = {3, 6};
    /** Embedding values are ~0.05; scaling them towards the cues' 0/1 range lets AdaGrad move both alike. */
    static final double[] EMBEDDING_SCALES = {1, 4};
    /** Weight of a check-worthy example relative to the others (a quarter of the train split is check-worthy). */
    static final double[] POSITIVE_WEIGHTS = {1, 2};
    static final String YES = "Yes";
    static final String NO = "No";

    private CheckWorthinessTraining() {
    }

    /** One training setting tried; the one with the best dev F1 is kept. */
    record Setting(int epochs, double scale, double positiveWeight) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "epochs %d, embedding scale %.0f, check-worthy weight %.0f", epochs,
                    scale, positiveWeight);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        Path output = args.length > 0 ? Path.of(args[0])
                : root.resolve("verification/src/main/resources/checkworthiness/model.tsv");
        Path datasets = Datasets.checkWorthiness().orElseThrow(() -> new IllegalStateException(
                "No check-worthiness data under " + Datasets.location() + "; set -D" + Datasets.PROPERTY));
        long start = System.nanoTime();
        SentenceTable train = SentenceTable.of(CheckThatSplit.read(datasets, "train"));
        SentenceTable dev = SentenceTable.of(CheckThatSplit.read(datasets, "dev"));
        SentenceTable devTest = SentenceTable.of(CheckThatSplit.read(datasets, "dev-test"));
        System.out.printf(Locale.ROOT, "sentences train=%d dev=%d dev-test=%d, features in %.0f s%n", train.size(),
                dev.size(), devTest.size(), (System.nanoTime() - start) / 1e9);

        Candidate best = null;
        for (int epochs : EPOCHS) {
            for (double scale : EMBEDDING_SCALES) {
                for (double positive : POSITIVE_WEIGHTS) {
                    Setting setting = new Setting(epochs, scale, positive);
                    Candidate candidate = Candidate.tune(train(train, setting), dev, setting);
                    System.out.printf(Locale.ROOT, "%s: dev %s at %.3f%n", setting, candidate.dev(),
                            candidate.threshold());
                    if (best == null || candidate.dev().f1() > best.dev().f1()) {
                        best = candidate;
                    }
                }
            }
        }
        CheckWorthinessModel model = best.model();
        Scores onDevTest = Scores.at(devTest.scores(model), devTest.labels(), 0.5);
        CheckWorthinessModel hand = HandWeights.model();
        System.out.printf(Locale.ROOT, "chosen %s threshold=%.3f%n", best.setting(), best.threshold());
        System.out.println("dev-test learned model:   " + onDevTest);
        System.out.println("dev-test hand weights:    " + Scores.at(devTest.scores(hand), devTest.labels(), 0.5));
        System.out.println("dev-test cue-word rule:   " + CueWordRule.scores(datasets, "dev-test"));
        String header = String.format(Locale.ROOT, """
                Check-worthiness model: logistic regression over the %s sentence embedding and the cues.
                Written by bench/checkworthiness/train.sh (CheckWorthinessTraining); do not edit by hand.
                Data: CheckThat! 2024 Task 1 English, train split (%d sentences); setting and threshold chosen on dev.
                Tribuo LinearSGDTrainer, LogMulticlass, AdaGrad(1.0, 0.1), seed %d, %s.
                Threshold %.4f on the probability, folded into the bias. dev %s; dev-test %s.""",
                SentenceEmbeddings.MODEL, train.size(), SEED, best.setting(), best.threshold(), best.dev(),
                onDevTest);
        Files.createDirectories(output.getParent());
        Files.writeString(output, model.toText(header), StandardCharsets.UTF_8);
        System.out.println("wrote " + output);
    }

    /** Trains on the table; the result's threshold is still at probability 0.5. */
    static CheckWorthinessModel train(SentenceTable table, Setting setting) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("checkthat-train",
                labels), labels);
        String[] names = featureNames();
        for (int i = 0; i < table.size(); i++) {
            dataset.add(example(table, i, names, setting));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1),
                setting.epochs(), Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = trainer.train(dataset);
        return binary(model, setting.scale(), seen(table));
    }

    private static Example<Label> example(SentenceTable table, int i, String[] names, Setting setting) {
        double scale = setting.scale();
        double[] values = new double[names.length];
        double[] cues = table.cues().get(i).values();
        System.arraycopy(cues, 0, values, 0, cues.length);
        float[] embedding = table.embeddings().get(i);
        for (int d = 0; d < embedding.length; d++) {
            values[cues.length + d] = embedding[d] * scale;
        }
        boolean yes = table.labels()[i];
        ArrayExample<Label> example = new ArrayExample<>(new Label(yes ? YES : NO), names, values);
        example.setWeight((float) (yes ? setting.positiveWeight() : 1));
        return example;
    }

    /** Which cues occur at all in the table. */
    private static boolean[] seen(SentenceTable table) {
        boolean[] seen = new boolean[Cue.values().length];
        for (var cues : table.cues()) {
            for (Cue cue : Cue.values()) {
                seen[cue.ordinal()] |= cues.value(cue) != 0;
            }
        }
        return seen;
    }

    /** "cue:NAMES" …, then "emb:000" …: the order {@link CheckWorthinessModel} expects. */
    private static String[] featureNames() {
        List<String> names = new ArrayList<>();
        Arrays.stream(Cue.values()).map(c -> "cue:" + c.name()).forEach(names::add);
        for (int d = 0; d < SentenceEmbeddings.DIMENSIONS; d++) {
            names.add(String.format(Locale.ROOT, "emb:%03d", d));
        }
        return names.toArray(String[]::new);
    }

    /**
     * Softmax over two labels is a logistic regression on the difference of their weight rows. A cue the
     * training data never shows (headings: the debates have none) keeps its hand-set weight.
     */
    private static CheckWorthinessModel binary(LinearSGDModel model, double scale, boolean[] seen) {
        DenseMatrix weights = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int yes = model.getOutputIDInfo().getID(new Label(YES));
        int no = model.getOutputIDInfo().getID(new Label(NO));
        int biasColumn = weights.getDimension2Size() - 1;
        double bias = weights.get(yes, biasColumn) - weights.get(no, biasColumn);
        double[] cues = new double[Cue.values().length];
        for (Cue cue : Cue.values()) {
            int id = features.getID("cue:" + cue.name());
            cues[cue.ordinal()] = id < 0 || !seen[cue.ordinal()] ? HandWeights.weight(cue)
                    : weights.get(yes, id) - weights.get(no, id);
        }
        double[] embedding = new double[SentenceEmbeddings.DIMENSIONS];
        for (int d = 0; d < embedding.length; d++) {
            int id = features.getID(String.format(Locale.ROOT, "emb:%03d", d));
            embedding[d] = id < 0 ? 0 : (weights.get(yes, id) - weights.get(no, id)) * scale;
        }
        return new CheckWorthinessModel(bias, cues, embedding);
    }
}
