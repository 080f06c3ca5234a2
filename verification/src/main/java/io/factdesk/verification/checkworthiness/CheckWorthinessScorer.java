package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores how worth checking a sentence is with a learned {@link CheckWorthinessModel}: the sentence embedding,
 * the linguistic {@link Cue}s and the words, squashed to [0, 1] by the logistic function. The reasons are the
 * parts that moved the score most, raising ones first, so a reviewer still sees why a sentence ranks where it
 * does. Deterministic: same sentence, same flags, same score. Thread-safe.
 *
 * <p>Embedding a sentence costs far more than everything else, so the committed models run as a cascade: a first
 * stage without the embedding (cues and words) scores every sentence, and only those whose log-odds lie within
 * its {@link CheckWorthinessModel#band() band} of the threshold are embedded and scored by the full model.
 *
 * <p>See docs/verification-aids.md for the training data, the training run and the measured figures.
 */
public final class CheckWorthinessScorer {

    /** Sentences scoring at least this are presented as check-worthy (the model's threshold sits here). */
    public static final double THRESHOLD = 0.5;

    /** Below this a part of the log-odds is too small to be worth a reason. */
    private static final double NOTICEABLE = 0.05;
    /** The embedding's part is reported only when it clearly leans one way. */
    private static final double EMBEDDING_LEANS = 0.5;
    static final String READS_LIKE_A_CLAIM = "resembles the check-worthy claims of the training data";
    static final String READS_LIKE_TALK = "resembles the opinion, promises and talk of the training data";
    /** The words' part is reported when together they clearly lean one way; up to this many are quoted. */
    private static final double WORDS_LEAN = 0.3;
    private static final int WORDS_QUOTED = 4;
    static final String CLAIM_WORDS = "wording typical of checkable claims";
    static final String TALK_WORDS = "wording typical of opinion or talk";

    private final FeatureExtractor features;
    private final CheckWorthinessModel model;
    /** The first stage (no embedding), or null to embed every sentence. */
    private final CheckWorthinessModel firstStage;

    /** A scorer that embeds every sentence and scores it with {@code model}. */
    public CheckWorthinessScorer(FeatureExtractor features, CheckWorthinessModel model) {
        this(features, null, model);
    }

    /**
     * A cascade: {@code firstStage} scores every sentence; those within its band of the threshold are embedded
     * and scored by {@code model}.
     */
    public CheckWorthinessScorer(FeatureExtractor features, CheckWorthinessModel firstStage,
            CheckWorthinessModel model) {
        if (firstStage != null && Double.isNaN(firstStage.band())) {
            throw new IllegalArgumentException("The first stage needs a band");
        }
        this.features = features;
        this.firstStage = firstStage;
        this.model = model;
    }

    /** A scorer with the committed models, as a cascade. */
    public CheckWorthinessScorer(FeatureExtractor features) {
        this(features, CheckWorthinessModel.loadWords(), CheckWorthinessModel.load());
    }

    /**
     * Scores one unit of an article.
     *
     * @param unit  the sentence, heading, bullet or post
     * @param flags the sourcing flags already found in it (attributions raise the score)
     */
    public CheckWorthiness score(TextUnit unit, List<SourcingFlag> flags) {
        return scoreAll(List.of(unit), List.of(flags)).get(0);
    }

    /**
     * Scores all units of an article, embedding those that need it
     * ({@link SentenceEmbeddings#embedAll}: this thread and the common pool share them).
     *
     * @param flags the sourcing flags of each unit, in the order of {@code units}
     */
    public List<CheckWorthiness> scoreAll(List<TextUnit> units, List<List<SourcingFlag>> flags) {
        List<Cues> cues = new ArrayList<>(units.size());
        List<Set<String>> terms = new ArrayList<>(units.size());
        List<Map<String, Double>> firstParts = new ArrayList<>(units.size());
        List<Integer> toEmbed = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            cues.add(cues(units.get(i), flags.get(i)));
            terms.add(Terms.of(units.get(i).text()));
            firstParts.add(firstStage == null ? null : firstStage.termContributions(terms.get(i)));
            if (firstStage == null || Math.abs(firstStage.logit(cues.get(i), null, firstParts.get(i)))
                    < firstStage.band()) {
                toEmbed.add(i);
            }
        }
        List<float[]> embeddings = SentenceEmbeddings.embedAll(toEmbed.stream().map(i -> units.get(i).text()).toList());
        List<CheckWorthiness> scores = new ArrayList<>(units.size());
        for (int i = 0, e = 0; i < units.size(); i++) {
            boolean embedded = e < toEmbed.size() && toEmbed.get(e) == i;
            scores.add(embedded ? score(model, cues.get(i), model.termContributions(terms.get(i)), embeddings.get(e++))
                    : score(firstStage, cues.get(i), firstParts.get(i), null));
        }
        return scores;
    }

    /** The cues of a unit, as the model sees them (also what the training run reads). */
    public Cues cues(TextUnit unit, List<SourcingFlag> flags) {
        return Cues.of(features.extract(unit.text(), unit.insideQuotation()), flags, unit.kind());
    }

    /**
     * The score and reasons by {@code scoring}; {@code terms} are its {@link CheckWorthinessModel#termContributions},
     * {@code embedding} is null for the first stage.
     */
    private static CheckWorthiness score(CheckWorthinessModel scoring, Cues cues, Map<String, Double> terms,
            float[] embedding) {
        List<Part> parts = new ArrayList<>();
        double embedded = embedding == null ? 0 : scoring.embeddingContribution(embedding);
        if (embedded >= EMBEDDING_LEANS) {
            parts.add(new Part(READS_LIKE_A_CLAIM, embedded));
        } else if (embedded <= -EMBEDDING_LEANS) {
            parts.add(new Part(READS_LIKE_TALK, embedded));
        }
        double worded = terms.values().stream().mapToDouble(Double::doubleValue).sum();
        if (worded >= WORDS_LEAN) {
            parts.add(new Part(CLAIM_WORDS + ": " + strongest(terms, 1), worded));
        } else if (worded <= -WORDS_LEAN) {
            parts.add(new Part(TALK_WORDS + ": " + strongest(terms, -1), worded));
        }
        for (Cue cue : Cue.values()) {
            double part = scoring.contribution(cues, cue);
            if (Math.abs(part) >= NOTICEABLE) {
                parts.add(new Part(cues.reason(cue), part));
            }
        }
        // raising parts first, strongest first; then lowering parts, strongest first
        parts.sort(Comparator.comparing((Part p) -> p.value() < 0).thenComparing(p -> -Math.abs(p.value())));
        double score = 1 / (1 + Math.exp(-scoring.logit(cues, embedding, terms)));
        return new CheckWorthiness(Math.round(score * 1000) / 1000.0, parts.stream().map(Part::reason).toList());
    }

    /** The terms pushing hardest in {@code direction} (+1 or -1), quoted, strongest first. */
    private static String strongest(Map<String, Double> terms, int direction) {
        return terms.entrySet().stream().filter(e -> e.getValue() * direction > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * direction))
                .limit(WORDS_QUOTED).map(e -> "“" + Terms.display(e.getKey()) + "”").distinct()
                .collect(Collectors.joining(", "));
    }

    private record Part(String reason, double value) {
    }
}
