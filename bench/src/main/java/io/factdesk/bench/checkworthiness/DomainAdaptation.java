package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.CheckWorthinessModel;
import io.factdesk.verification.checkworthiness.Cue;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Experiment (not shipped): "frustratingly easy" domain adaptation (Daumé III 2007) of the check-worthiness
 * cascade. One model is trained on the train split plus the labelled news articles, every feature appearing as a
 * shared copy and a domain copy (debate rows: {@code d:}, news rows: {@code n:}), plus a domain bias feature; it
 * collapses to a debate branch (shared + debate weights) and a news branch (shared + news weights). The plan,
 * fixed before any run, and its results: docs/verification-aids.md, "Measured figures".
 *
 * <p>Argument: {@code all} (every feature augmented) or {@code shared-embedding} (the embedding shared only).
 */
final class DomainAdaptation {

    private static final String DEBATE = "d:";
    private static final String NEWS = "n:";
    private static final String DEBATE_BIAS = "dom:debate";
    private static final String NEWS_BIAS = "dom:news";

    private DomainAdaptation() {
    }

    /** The two branches of one augmented model, thresholds still at probability 0.5. */
    record Branches(CheckWorthinessModel debate, CheckWorthinessModel news) {
    }

    /** One augmented training of both stages: the debate branch tuned on dev, the news branch raw. */
    record Trained(Cascade debate, CheckWorthinessModel newsWords, CheckWorthinessModel newsFull) {
    }

    /** The news branch's log-odds of both stages (thresholds still at 0.5) on {@code table}, with the model's band. */
    private static StageLogOdds held(Trained trained, SentenceTable table) {
        return StageLogOdds.of(trained.newsWords(), trained.newsFull(), trained.debate().band(), table);
    }

    /** One news weight tried. */
    record Trial(double weight, Scores nestedCascade, Scores nestedFull, Trained all, Scores dev, List<StageLogOdds> held) {

        double merit() {
            return (nestedCascade.f1() + dev.f1()) / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "news weight %.0f: news CV (nested thresholds) cascade %s, full %s; "
                    + "dev debate-branch cascade %s; mean F1 %.4f", weight, nestedCascade, nestedFull, dev, merit());
        }
    }

    public static void main(String[] args) {
        boolean augmentEmbedding = args.length == 0 || !args[0].equals("shared-embedding");
        System.out.println("variant: " + (augmentEmbedding ? "every feature augmented" : "embedding shared only"));
        long start = System.nanoTime();
        Path root = Datasets.projectRoot(Path.of("").toAbsolutePath());
        Path datasets = Datasets.checkWorthiness().orElseThrow();
        SentenceTable train = SentenceTable.of(CheckThatSplit.read(datasets, "train"));
        SentenceTable dev = SentenceTable.of(CheckThatSplit.read(datasets, "dev"));
        SentenceTable devTest = SentenceTable.of(CheckThatSplit.read(datasets, "dev-test"));
        List<SentenceTable> news = NewsTables.read();
        SentenceTable allNews = SentenceTable.concat(news);
        SentenceTable seeds = SentenceTable.concat(SeedTables.read(root));
        SentenceTable seedsSecond = SentenceTable.concat(SeedTables.read(root, SeedTables.SECOND));
        System.out.printf(Locale.ROOT, "features in %.0f s%n", (System.nanoTime() - start) / 1e9);

        // the existing grid on dev (train split only): the settings, and the recomputed baseline
        List<String> vocabulary = CheckWorthinessTraining.vocabulary(train);
        Candidate best = CheckWorthinessTraining.best(train, dev, vocabulary, CheckWorthinessTraining.EMBEDDING_SCALES);
        Candidate words = CheckWorthinessTraining.best(train, dev, vocabulary, new double[] {0});
        Cascade baseline = new Cascade(best, words,
                CheckWorthinessTraining.band(words.model(), best.model(), dev, best.dev().f1()));
        System.out.printf(Locale.ROOT, "settings chosen on dev: full %s (threshold %.3f), first stage %s (threshold "
                + "%.3f), band %.2f; grid done at %.0f s%n", best.setting(), best.threshold(), words.setting(),
                words.threshold(), baseline.band(), (System.nanoTime() - start) / 1e9);

        // news weight: five folds by article plus the model with all articles, for each weight
        int runs = NewsFolds.FOLDS + 1;
        double[] weights = NewsFolds.WEIGHTS;
        List<Trained> trained = IntStream.range(0, weights.length * runs).parallel()
                .mapToObj(run -> train(NewsFolds.withNews(train, NewsFolds.articles(news, run % runs, false),
                        weights[run / runs]), train.size(), dev, best.setting(), words.setting(), augmentEmbedding))
                .toList();
        System.out.printf(Locale.ROOT, "augmented trainings done at %.0f s%n", (System.nanoTime() - start) / 1e9);
        List<Trial> trials = new ArrayList<>();
        for (int w = 0; w < weights.length; w++) {
            List<StageLogOdds> held = new ArrayList<>();
            for (int fold = 0; fold < NewsFolds.FOLDS; fold++) {
                held.add(held(trained.get(w * runs + fold),
                        SentenceTable.concat(NewsFolds.articles(news, fold, true))));
            }
            List<Scores> cascadeFolds = new ArrayList<>();
            List<Scores> fullFolds = new ArrayList<>();
            for (int fold = 0; fold < NewsFolds.FOLDS; fold++) {
                List<StageLogOdds> others = new ArrayList<>(held);
                others.remove(fold);
                double p1 = threshold(others, true);
                double p2 = threshold(others, false);
                double t1 = CheckWorthinessTraining.logOdds(p1);
                double t2 = CheckWorthinessTraining.logOdds(p2);
                StageLogOdds out = held.get(fold);
                cascadeFolds.add(Scores.of(out.cascade(t1, t2), out.labels()));
                fullFolds.add(Scores.of(out.full(t2), out.labels()));
                System.out.printf(Locale.ROOT, "news weight %.0f, fold %d held out (thresholds %.3f, %.3f chosen on "
                        + "the other folds): cascade %s%n", weights[w], fold, p1, p2,
                        cascadeFolds.get(fold));
            }
            Trained all = trained.get(w * runs + NewsFolds.FOLDS);
            trials.add(new Trial(weights[w], Scores.pooled(cascadeFolds), Scores.pooled(fullFolds), all,
                    Scores.at(all.debate().scores(dev), dev.labels(), 0.5), held));
        }
        trials.forEach(System.out::println);
        Trial chosen = trials.get(0);
        for (Trial trial : trials) {
            if (trial.merit() > chosen.merit()) {
                chosen = trial;
            }
        }
        Trained model = chosen.all();
        double p1 = threshold(chosen.held(), true);
        double p2 = threshold(chosen.held(), false);
        double t1 = CheckWorthinessTraining.logOdds(p1);
        double t2 = CheckWorthinessTraining.logOdds(p2);
        double band = model.debate().band();
        CheckWorthinessModel newsWords = Candidate.shifted(model.newsWords(), p1);
        CheckWorthinessModel newsFull = Candidate.shifted(model.newsFull(), p2);
        System.out.printf(Locale.ROOT, "chosen news weight %.0f; debate branch thresholds %.3f (first stage), %.3f "
                + "(full), band %.2f; news branch thresholds %.3f, %.3f (pooled out-of-fold news)%n", chosen.weight(),
                model.debate().words().threshold(), model.debate().full().threshold(), band, p1, p2);
        System.out.printf(Locale.ROOT, "all choices made at %.0f s; the figures below choose nothing%n",
                (System.nanoTime() - start) / 1e9);

        // the figures, once
        CheckWorthinessModel committedFull = CheckWorthinessModel.load();
        CheckWorthinessModel committedWords = CheckWorthinessModel.loadWords();
        double committedBand = committedWords.band();
        Cascade debate = model.debate();
        System.out.println("=== dev");
        line("baseline recomputed, cascade", baseline.scores(dev), dev);
        line("augmented debate branch, cascade", debate.scores(dev), dev);
        line("augmented news branch, cascade",
                CheckWorthinessTraining.cascade(newsWords, newsFull, dev, band), dev);
        System.out.println("=== (a)/(b) dev-test");
        line("committed files, cascade", CheckWorthinessTraining.cascade(committedWords, committedFull, devTest,
                committedBand), devTest);
        line("committed files, full", devTest.scores(committedFull), devTest);
        line("baseline recomputed, cascade", baseline.scores(devTest), devTest);
        line("baseline recomputed, full", devTest.scores(baseline.full().model()), devTest);
        line("(a) augmented debate branch, cascade", debate.scores(devTest), devTest);
        line("(a) augmented debate branch, full", devTest.scores(debate.full().model()), devTest);
        line("(a) augmented debate branch, first stage", devTest.scores(debate.words().model()), devTest);
        line("(b) augmented news branch, cascade",
                CheckWorthinessTraining.cascade(newsWords, newsFull, devTest, band), devTest);
        line("(b) augmented news branch, full", devTest.scores(newsFull), devTest);
        System.out.printf(Locale.ROOT, "embedded share of dev-test: committed %.1f%%, debate branch %.1f%%, news "
                + "branch %.1f%%%n", 100 * CheckWorthinessTraining.embedded(committedWords, devTest, committedBand),
                100 * CheckWorthinessTraining.embedded(debate.words().model(), devTest, band),
                100 * CheckWorthinessTraining.embedded(newsWords, devTest, band));
        System.out.println("=== (c) news articles (481 units)");
        line("committed files (never trained on news), cascade", CheckWorthinessTraining.cascade(committedWords,
                committedFull, allNews, committedBand), allNews);
        line("committed files, full", allNews.scores(committedFull), allNews);
        System.out.println("(c) augmented news branch, 5-fold CV, nested thresholds: cascade "
                + chosen.nestedCascade() + "; full " + chosen.nestedFull());
        List<Scores> pooledCascade = new ArrayList<>();
        List<Scores> pooledFull = new ArrayList<>();
        for (StageLogOdds held : chosen.held()) {
            pooledCascade.add(Scores.of(held.cascade(t1, t2), held.labels()));
            pooledFull.add(Scores.of(held.full(t2), held.labels()));
        }
        System.out.println("    (optimistic: thresholds chosen on all five folds' pooled predictions: cascade "
                + Scores.pooled(pooledCascade) + "; full " + Scores.pooled(pooledFull) + ")");
        System.out.println("=== (d) seeds");
        for (SentenceTable table : List.of(seeds, seedsSecond)) {
            String name = table == seeds ? "first labelling" : "second labelling";
            line(name + ": committed files, cascade", CheckWorthinessTraining.cascade(committedWords, committedFull,
                    table, committedBand), table);
            line(name + ": committed files, full", table.scores(committedFull), table);
            line(name + ": baseline recomputed, cascade", baseline.scores(table), table);
            line(name + ": (d) augmented news branch, cascade",
                    CheckWorthinessTraining.cascade(newsWords, newsFull, table, band), table);
            line(name + ": (d) augmented news branch, full", table.scores(newsFull), table);
            line(name + ": augmented debate branch, cascade (reference)", debate.scores(table), table);
        }
        System.out.printf(Locale.ROOT, "embedded share of the seeds: committed %.1f%%, news branch %.1f%% (%d of %d)%n",
                100 * CheckWorthinessTraining.embedded(committedWords, seeds, committedBand),
                100 * CheckWorthinessTraining.embedded(newsWords, seeds, band),
                Math.round(CheckWorthinessTraining.embedded(newsWords, seeds, band) * seeds.size()), seeds.size());
        System.out.printf(Locale.ROOT, "news branch: %d terms (first stage), %d terms (full); total %.0f s%n",
                newsWords.termWeights().size(), newsFull.termWeights().size(), (System.nanoTime() - start) / 1e9);
    }

    private static void line(String name, double[] scores, SentenceTable table) {
        System.out.printf(Locale.ROOT, "  %-58s %s%n", name, Scores.at(scores, table.labels(), 0.5));
    }

    /** Both stages trained on the augmented table; the debate branch tuned on dev as Cascade.train does. */
    static Trained train(SentenceTable table, int debateRows, SentenceTable dev, CheckWorthinessTraining.Setting full,
            CheckWorthinessTraining.Setting words, boolean augmentEmbedding) {
        List<String> vocabulary = CheckWorthinessTraining.vocabulary(table);
        Branches first = train(table, debateRows, words, vocabulary, augmentEmbedding);
        Branches second = train(table, debateRows, full, vocabulary, augmentEmbedding);
        Candidate debateWords = Candidate.tune(first.debate(), dev, words);
        Candidate debateFull = Candidate.tune(second.debate(), dev, full);
        Cascade debate = new Cascade(debateFull, debateWords, CheckWorthinessTraining.band(debateWords.model(),
                debateFull.model(), dev, debateFull.dev().f1()));
        return new Trained(debate, first.news(), second.news());
    }

    /** Rows before {@code debateRows} are CheckThat! sentences, the others news units. */
    static Branches train(SentenceTable table, int debateRows, CheckWorthinessTraining.Setting setting,
            List<String> vocabulary, boolean augmentEmbedding) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("checkthat-train+news",
                labels), labels);
        String[] base = setting.embedding() ? CheckWorthinessTraining.featureNames()
                : Arrays.copyOf(CheckWorthinessTraining.featureNames(), Cue.values().length);
        int augmented = augmentEmbedding ? base.length : Cue.values().length;
        Names debate = Names.of(base, augmented, DEBATE, DEBATE_BIAS, vocabulary);
        Names news = Names.of(base, augmented, NEWS, NEWS_BIAS, vocabulary);
        for (int i = 0; i < table.size(); i++) {
            dataset.add(example(table, i, i < debateRows ? debate : news, setting));
        }
        StochasticGradientOptimiser optimiser = setting.averaged() ? new ParameterAveraging(new AdaGrad(1.0, 0.1))
                : new AdaGrad(1.0, 0.1);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), optimiser, setting.epochs(),
                Integer.MAX_VALUE, 1, CheckWorthinessTraining.SEED);
        LinearSGDModel model = trainer.train(dataset);
        boolean[] seen = CheckWorthinessTraining.seen(table);
        return new Branches(binary(model, setting.scale(), seen, vocabulary, DEBATE, DEBATE_BIAS),
                binary(model, setting.scale(), seen, vocabulary, NEWS, NEWS_BIAS));
    }

    /** The feature names of one domain: shared and domain copies, made once so examples share the strings. */
    private record Names(String[] base, String[] copies, int augmented, String bias, Map<String, String[]> terms) {

        static Names of(String[] base, int augmented, String prefix, String bias, List<String> vocabulary) {
            String[] copies = new String[augmented];
            for (int f = 0; f < augmented; f++) {
                copies[f] = prefix + base[f];
            }
            Map<String, String[]> terms = new HashMap<>();
            for (String term : vocabulary) {
                terms.put(term, new String[] {CheckWorthinessTraining.TERM + term,
                        prefix + CheckWorthinessTraining.TERM + term});
            }
            return new Names(base, copies, augmented, bias, terms);
        }
    }

    private static Example<Label> example(SentenceTable table, int i, Names names,
            CheckWorthinessTraining.Setting setting) {
        double[] values = new double[names.base().length];
        double[] cues = table.cues().get(i).values();
        System.arraycopy(cues, 0, values, 0, cues.length);
        float[] embedding = table.embeddings().get(i);
        for (int d = 0; d < embedding.length && setting.embedding(); d++) {
            values[cues.length + d] = embedding[d] * setting.scale();
        }
        Set<String> terms = table.terms().get(i);
        List<String[]> termNames = terms.stream().map(names.terms()::get).filter(n -> n != null).toList();
        int size = names.base().length + names.augmented() + 1 + 2 * termNames.size();
        String[] allNames = new String[size];
        double[] allValues = new double[size];
        int at = 0;
        for (int f = 0; f < names.base().length; f++) {
            allNames[at] = names.base()[f];
            allValues[at++] = values[f];
        }
        for (int f = 0; f < names.augmented(); f++) {
            allNames[at] = names.copies()[f];
            allValues[at++] = values[f];
        }
        allNames[at] = names.bias();
        allValues[at++] = 1;
        double value = CheckWorthinessModel.termValue(terms.size());
        for (String[] pair : termNames) {
            allNames[at] = pair[0];
            allValues[at++] = value;
            allNames[at] = pair[1];
            allValues[at++] = value;
        }
        boolean yes = table.labels()[i];
        ArrayExample<Label> example = new ArrayExample<>(new Label(yes ? CheckWorthinessTraining.YES
                : CheckWorthinessTraining.NO), allNames, allValues);
        example.setWeight((float) (table.weights()[i] * (yes ? setting.positiveWeight() : 1)));
        return example;
    }

    /** One branch: shared weight plus the domain copy's (absent copies weigh nothing). */
    private static CheckWorthinessModel binary(LinearSGDModel model, double scale, boolean[] seen,
            List<String> vocabulary, String prefix, String domainBias) {
        DenseMatrix weights = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        int yes = model.getOutputIDInfo().getID(new Label(CheckWorthinessTraining.YES));
        int no = model.getOutputIDInfo().getID(new Label(CheckWorthinessTraining.NO));
        int biasColumn = weights.getDimension2Size() - 1;
        double bias = weights.get(yes, biasColumn) - weights.get(no, biasColumn) + weight(weights, features, yes, no,
                domainBias);
        double[] cues = new double[Cue.values().length];
        for (Cue cue : Cue.values()) {
            String name = "cue:" + cue.name();
            cues[cue.ordinal()] = features.getID(name) < 0 || !seen[cue.ordinal()] ? HandWeights.weight(cue)
                    : weight(weights, features, yes, no, name) + weight(weights, features, yes, no, prefix + name);
        }
        double[] embedding = new double[SentenceEmbeddings.DIMENSIONS];
        for (int d = 0; d < embedding.length; d++) {
            String name = String.format(Locale.ROOT, "emb:%03d", d);
            embedding[d] = (weight(weights, features, yes, no, name) + weight(weights, features, yes, no,
                    prefix + name)) * scale;
        }
        Map<String, Double> terms = new HashMap<>();
        for (String term : vocabulary) {
            String name = CheckWorthinessTraining.TERM + term;
            double w = weight(weights, features, yes, no, name) + weight(weights, features, yes, no, prefix + name);
            if (Math.abs(w) >= CheckWorthinessTraining.PRUNE) {
                terms.put(term, w);
            }
        }
        return new CheckWorthinessModel(bias, cues, embedding, terms);
    }

    private static double weight(DenseMatrix weights, ImmutableFeatureMap features, int yes, int no, String name) {
        int id = features.getID(name);
        return id < 0 ? 0 : weights.get(yes, id) - weights.get(no, id);
    }

    /** The threshold (probability) with the best F1 over the pooled units, by {@link Candidate#bestThreshold}. */
    static double threshold(List<StageLogOdds> held, boolean firstStage) {
        int n = held.stream().mapToInt(h -> h.labels().length).sum();
        double[] probabilities = new double[n];
        boolean[] labels = new boolean[n];
        int at = 0;
        for (StageLogOdds h : held) {
            double[] logOdds = firstStage ? h.first() : h.second();
            for (int i = 0; i < logOdds.length; i++) {
                probabilities[at] = probability(logOdds[i]);
                labels[at++] = h.labels()[i];
            }
        }
        return Candidate.bestThreshold(probabilities, labels);
    }

    static double probability(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
