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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the check-worthiness model (Tribuo logistic regression, AdaGrad, fixed seed, file order) on the train
 * split, picks the training setting and the threshold on the dev split, reports dev-test; then trains on the train
 * split plus the project's labelled news articles ({@link NewsFolds}: their weight chosen by cross-validation on
 * the news articles and by dev), kept when its dev-test F1 stays at {@link #DEV_TEST_GOAL} or above. The seed
 * articles' labels are only scored. Writes the weights to
 * {@code verification/src/main/resources/checkworthiness/model.tsv} (and {@code model-words.tsv}). Run by
 * bench/checkworthiness/train.sh.
 *
 * <p>Arguments: the output file (default: the resource above, relative to the project root).
 */
public final class CheckWorthinessTraining {

    static final long SEED = 20240501L;
    static final int[] EPOCHS = {2, 4};
    /** Embedding values are ~0.05; scaling them towards the cues' 0/1 range lets AdaGrad move both alike. */
    static final double[] EMBEDDING_SCALES = {1, 4};
    /** Bands tried for the cascade (log-odds either side of the threshold), narrowest first. */
    static final double[] BANDS = {0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6};
    /** The cascade may lose at most this much dev F1 against the model with the embedding for every sentence. */
    static final double CASCADE_LOSS = 0.01;
    /** The model trained with the news articles is written only if its cascade keeps this dev-test F1. */
    static final double DEV_TEST_GOAL = 0.80;
    /** Weight of a check-worthy example relative to the others (a quarter of the train split is check-worthy). */
    static final double[] POSITIVE_WEIGHTS = {1, 2};
    /** A term enters the vocabulary when at least this many train sentences contain it. */
    static final int MIN_COUNT = 5;
    /** Term weights smaller than this are dropped from the written model (it stays small). */
    static final double PRUNE = 0.02;
    static final String YES = "Yes";
    static final String NO = "No";
    static final String TERM = "term:";

    private CheckWorthinessTraining() {
    }

    /** One training setting tried; the one with the best dev F1 is kept. */
    record Setting(int epochs, double scale, double positiveWeight, boolean averaged) {
        /** Scale 0: the model without the embedding (cues and terms), the cascade's first stage. */
        boolean embedding() {
            return scale > 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "epochs %d, %s, check-worthy weight %.0f%s", epochs,
                    embedding() ? String.format(Locale.ROOT, "embedding scale %.0f", scale) : "no embedding",
                    positiveWeight, averaged ? ", averaged weights" : "");
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        Path output = args.length > 0 ? Path.of(args[0])
                : root.resolve("verification/src/main/resources/checkworthiness/model.tsv");
        Path wordsOutput = output.resolveSibling(output.getFileName().toString().replace(".tsv", "-words.tsv"));
        Path datasets = Datasets.checkWorthiness().orElseThrow(() -> new IllegalStateException(
                "No check-worthiness data under " + Datasets.location() + "; set -D" + Datasets.PROPERTY));
        long start = System.nanoTime();
        SentenceTable train = SentenceTable.of(CheckThatSplit.read(datasets, "train"));
        SentenceTable dev = SentenceTable.of(CheckThatSplit.read(datasets, "dev"));
        SentenceTable devTest = SentenceTable.of(CheckThatSplit.read(datasets, "dev-test"));
        System.out.printf(Locale.ROOT, "sentences train=%d dev=%d dev-test=%d, features in %.0f s%n", train.size(),
                dev.size(), devTest.size(), (System.nanoTime() - start) / 1e9);

        List<String> vocabulary = vocabulary(train);
        System.out.printf(Locale.ROOT, "vocabulary: %d terms in at least %d train sentences%n", vocabulary.size(),
                MIN_COUNT);
        Candidate best = best(train, dev, vocabulary, EMBEDDING_SCALES);
        Candidate words = best(train, dev, vocabulary, new double[] {0});
        Cascade outOfDomain = new Cascade(best, words, band(words.model(), best.model(), dev, best.dev().f1()));
        System.out.printf(Locale.ROOT, "chosen %s threshold=%.3f%n", best.setting(), best.threshold());
        System.out.printf(Locale.ROOT, "chosen first stage %s threshold=%.3f%n", words.setting(),
                words.threshold());
        report("train split only", outOfDomain, dev, devTest);
        System.out.println("dev-test hand weights:    "
                + Scores.at(devTest.scores(HandWeights.model()), devTest.labels(), 0.5));
        System.out.println("dev-test cue-word rule:   " + CueWordRule.scores(datasets, "dev-test"));

        List<SentenceTable> news = NewsTables.read();
        SentenceTable allNews = SentenceTable.concat(news);
        System.out.printf(Locale.ROOT, "news: %d articles, %d units, %d check-worthy; train split only %s%n",
                news.size(), allNews.size(), checkWorthy(allNews), Scores.at(outOfDomain.scores(allNews),
                        allNews.labels(), 0.5));
        List<NewsFolds.Trial> trials = NewsFolds.trials(train, dev, news, best.setting(), words.setting());
        trials.forEach(System.out::println);
        NewsFolds.Trial chosen = NewsFolds.best(trials);
        Cascade withNews = chosen.cascade();
        Scores withNewsOnDevTest = report(String.format(Locale.ROOT,
                "train split and the news articles (each unit weighing %.0f)", chosen.weight()), withNews, dev,
                devTest);

        List<SentenceTable> seeds = SeedTables.read(root);
        SentenceTable allSeeds = SentenceTable.concat(seeds);
        String seedFigures = String.format(Locale.ROOT, "seeds: train split only %s; with the news articles %s",
                Scores.at(outOfDomain.scores(allSeeds), allSeeds.labels(), 0.5),
                Scores.at(withNews.scores(allSeeds), allSeeds.labels(), 0.5));
        System.out.println(seedFigures);

        boolean ship = withNewsOnDevTest.f1() >= DEV_TEST_GOAL;
        System.out.println(ship ? "writing the model trained with the news articles"
                : "dev-test F1 under " + DEV_TEST_GOAL + " with the news articles: writing the train-split model");
        String data = ship ? String.format(Locale.ROOT, "CheckThat! 2024 Task 1 English, train split (%d sentences), "
                + "and the project's %d labelled news articles (%d units, each weighing %.0f, chosen by "
                + "cross-validation on the news articles and dev)", train.size(),
                news.size(), allNews.size(), chosen.weight())
                : String.format(Locale.ROOT, "CheckThat! 2024 Task 1 English, train split (%d sentences)",
                        train.size());
        write(ship ? withNews : outOfDomain, ship ? NewsFolds.withNews(train, news, chosen.weight()) : train, data,
                dev, devTest, output, wordsOutput);
        System.out.println(seedFigures);
    }

    private static int checkWorthy(SentenceTable table) {
        int count = 0;
        for (boolean label : table.labels()) {
            count += label ? 1 : 0;
        }
        return count;
    }

    /** Prints the cascade's figures on dev and dev-test; returns the cascade's on dev-test. */
    private static Scores report(String name, Cascade cascade, SentenceTable dev, SentenceTable devTest) {
        Scores onDevTest = Scores.at(cascade.scores(devTest), devTest.labels(), 0.5);
        System.out.printf(Locale.ROOT, "%s: band %.2f embeds %.1f%% of dev, %.1f%% of dev-test%n", name,
                cascade.band(), 100 * embedded(cascade.words().model(), dev, cascade.band()),
                100 * embedded(cascade.words().model(), devTest, cascade.band()));
        System.out.println("  dev-test learned model:     "
                + Scores.at(devTest.scores(cascade.full().model()), devTest.labels(), 0.5));
        System.out.println("  dev-test without embedding: "
                + Scores.at(devTest.scores(cascade.words().model()), devTest.labels(), 0.5));
        System.out.println("  dev cascade:                " + Scores.at(cascade.scores(dev), dev.labels(), 0.5));
        System.out.println("  dev-test cascade:           " + onDevTest);
        return onDevTest;
    }

    private static void write(Cascade cascade, SentenceTable trainedOn, String data, SentenceTable dev,
            SentenceTable devTest, Path output, Path wordsOutput) throws IOException {
        CheckWorthinessModel model = cascade.full().model();
        CheckWorthinessModel words = cascade.words().model();
        int vocabulary = vocabulary(trainedOn).size();
        double band = cascade.band();
        String header = String.format(Locale.ROOT, """
                Check-worthiness model: logistic regression over the %s sentence embedding, the cues and terms.
                Written by bench/checkworthiness/train.sh (CheckWorthinessTraining); do not edit by hand.
                Data: %s; setting and threshold chosen on dev.
                Terms: unigrams and bigrams in at least %d training sentences (%d); weights under %.2f dropped (%d kept).
                Tribuo LinearSGDTrainer, LogMulticlass, AdaGrad(1.0, 0.1), seed %d, %s.
                Threshold %.4f on the probability, folded into the bias. dev %s; dev-test %s.
                Cascade with model-words.tsv (band %.2f): dev %s; dev-test %s.""",
                SentenceEmbeddings.MODEL, data, MIN_COUNT, vocabulary, PRUNE, model.termWeights().size(), SEED,
                cascade.full().setting(), cascade.full().threshold(), cascade.full().dev(),
                Scores.at(devTest.scores(model), devTest.labels(), 0.5), band,
                Scores.at(cascade.scores(dev), dev.labels(), 0.5),
                Scores.at(cascade.scores(devTest), devTest.labels(), 0.5));
        String wordsHeader = String.format(Locale.ROOT, """
                Check-worthiness first stage: logistic regression over the cues and terms (no embedding).
                Written by bench/checkworthiness/train.sh (CheckWorthinessTraining); do not edit by hand.
                Data: %s; setting, threshold and band chosen on dev.
                Terms: unigrams and bigrams in at least %d training sentences (%d); weights under %.2f dropped (%d kept).
                Tribuo LinearSGDTrainer, LogMulticlass, AdaGrad(1.0, 0.1), seed %d, %s.
                Threshold %.4f on the probability, folded into the bias. dev %s; dev-test %s.
                Sentences whose log-odds lie within the band of the threshold are scored by model.tsv (embeds %.1f%% of dev).""",
                data, MIN_COUNT, vocabulary, PRUNE, words.termWeights().size(), SEED, cascade.words().setting(),
                cascade.words().threshold(), cascade.words().dev(),
                Scores.at(devTest.scores(words), devTest.labels(), 0.5), 100 * embedded(words, dev, band));
        Files.createDirectories(output.getParent());
        Files.writeString(output, model.toText(header), StandardCharsets.UTF_8);
        Files.writeString(wordsOutput, words.withBand(band).toText(wordsHeader), StandardCharsets.UTF_8);
        System.out.println("wrote " + output + " and " + wordsOutput);
    }

    /** The setting with the best dev F1 among the grid, for the given embedding scales (0: no embedding). */
    static Candidate best(SentenceTable train, SentenceTable dev, List<String> vocabulary, double[] scales) {
        List<Setting> settings = new ArrayList<>();
        for (int epochs : EPOCHS) {
            for (double scale : scales) {
                for (double positive : POSITIVE_WEIGHTS) {
                    for (boolean averaged : new boolean[] {false, true}) {
                        settings.add(new Setting(epochs, scale, positive, averaged));
                    }
                }
            }
        }
        // each run has its own trainer and seed, so running them side by side changes nothing but the time
        List<Candidate> candidates = settings.parallelStream()
                .map(setting -> Candidate.tune(train(train, setting, vocabulary), dev, setting)).toList();
        Candidate best = null;
        for (Candidate candidate : candidates) {
            System.out.printf(Locale.ROOT, "%s: dev %s at %.3f%n", candidate.setting(), candidate.dev(),
                    candidate.threshold());
            if (best == null || candidate.dev().f1() > best.dev().f1()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The narrowest band whose cascade loses at most {@link #CASCADE_LOSS} of dev F1 (the widest otherwise). */
    static double band(CheckWorthinessModel words, CheckWorthinessModel full, SentenceTable dev, double fullF1) {
        for (double band : BANDS) {
            Scores scores = Scores.at(cascade(words, full, dev, band), dev.labels(), 0.5);
            System.out.printf(Locale.ROOT, "band %.2f: dev %s, embeds %.1f%%%n", band, scores,
                    100 * embedded(words, dev, band));
            if (scores.f1() >= fullF1 - CASCADE_LOSS) {
                return band;
            }
        }
        return BANDS[BANDS.length - 1];
    }

    /** Scores of the cascade: the first stage's, or the full model's where the first stage is within the band. */
    static double[] cascade(CheckWorthinessModel words, CheckWorthinessModel full, SentenceTable table,
            double band) {
        double[] first = table.scores(words);
        double[] second = table.scores(full);
        double[] scores = new double[first.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.abs(logOdds(first[i])) < band ? second[i] : first[i];
        }
        return scores;
    }

    /** The share of the table's sentences the cascade embeds. */
    static double embedded(CheckWorthinessModel words, SentenceTable table, double band) {
        double[] first = table.scores(words);
        return Arrays.stream(first).filter(p -> Math.abs(logOdds(p)) < band).count() / (double) first.length;
    }

    static double logOdds(double p) {
        return Math.log(p / (1 - p));
    }

    /** Trains on the table; the result's threshold is still at probability 0.5. */
    static CheckWorthinessModel train(SentenceTable table, Setting setting, List<String> vocabulary) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("checkthat-train",
                labels), labels);
        String[] names = setting.embedding() ? featureNames()
                : Arrays.copyOf(featureNames(), Cue.values().length);
        Set<String> known = Set.copyOf(vocabulary);
        for (int i = 0; i < table.size(); i++) {
            dataset.add(example(table, i, names, setting, known));
        }
        StochasticGradientOptimiser optimiser = setting.averaged() ? new ParameterAveraging(new AdaGrad(1.0, 0.1))
                : new AdaGrad(1.0, 0.1);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), optimiser, setting.epochs(),
                Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = trainer.train(dataset);
        return binary(model, setting.scale(), seen(table), vocabulary);
    }

    private static Example<Label> example(SentenceTable table, int i, String[] names, Setting setting,
            Set<String> known) {
        Set<String> terms = table.terms().get(i);
        List<String> termNames = terms.stream().filter(known::contains).map(t -> TERM + t).toList();
        String[] allNames = Arrays.copyOf(names, names.length + termNames.size());
        double[] values = new double[allNames.length];
        double[] cues = table.cues().get(i).values();
        System.arraycopy(cues, 0, values, 0, cues.length);
        float[] embedding = table.embeddings().get(i);
        for (int d = 0; d < embedding.length && setting.embedding(); d++) {
            values[cues.length + d] = embedding[d] * setting.scale();
        }
        double value = CheckWorthinessModel.termValue(terms.size());
        for (int t = 0; t < termNames.size(); t++) {
            allNames[names.length + t] = termNames.get(t);
            values[names.length + t] = value;
        }
        boolean yes = table.labels()[i];
        ArrayExample<Label> example = new ArrayExample<>(new Label(yes ? YES : NO), allNames, values);
        example.setWeight((float) (table.weights()[i] * (yes ? setting.positiveWeight() : 1)));
        return example;
    }

    /** The terms that at least {@link #MIN_COUNT} sentences of the table contain, sorted. */
    static List<String> vocabulary(SentenceTable table) {
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> terms : table.terms()) {
            for (String term : terms) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** Which cues occur at all in the table. */
    static boolean[] seen(SentenceTable table) {
        boolean[] seen = new boolean[Cue.values().length];
        for (var cues : table.cues()) {
            for (Cue cue : Cue.values()) {
                seen[cue.ordinal()] |= cues.value(cue) != 0;
            }
        }
        return seen;
    }

    /** "cue:NAMES" …, then "emb:000" …: the order {@link CheckWorthinessModel} expects. */
    static String[] featureNames() {
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
    private static CheckWorthinessModel binary(LinearSGDModel model, double scale, boolean[] seen,
            List<String> vocabulary) {
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
        Map<String, Double> terms = new HashMap<>();
        for (String term : vocabulary) {
            int id = features.getID(TERM + term);
            double weight = id < 0 ? 0 : weights.get(yes, id) - weights.get(no, id);
            if (Math.abs(weight) >= PRUNE) {
                terms.put(term, weight);
            }
        }
        return new CheckWorthinessModel(bias, cues, embedding, terms);
    }
}
