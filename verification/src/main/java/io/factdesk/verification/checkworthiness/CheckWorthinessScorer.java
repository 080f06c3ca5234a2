package io.factdesk.verification.checkworthiness;

import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.TextUnit;
import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.FlagKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores how worth checking a sentence is, as a transparent sum of weighted features squashed to [0, 1] by
 * the logistic function. Every feature that moves the score adds a reason, so a reviewer can see why a
 * sentence ranks where it does. Deterministic: same sentence, same flags, same score.
 *
 * <p>The weights were set by hand on the seed articles (see docs/verification-aids.md for the measured
 * precision and recall, and the labelled set in the test resources).
 */
public final class CheckWorthinessScorer {

    private static final Pattern NOTE_LABEL = Pattern.compile("^\\w+: ");

    /** Sentences scoring at least this are presented as check-worthy. */
    public static final double THRESHOLD = 0.5;

    private static final double BIAS = -0.8;
    private static final double NAMES = 0.7;
    private static final double PERSON_AND_DATE = 0.5;
    private static final double DATE = 0.7;
    private static final double NUMBER = 0.6;
    private static final double NAMED_SOURCE = 0.8;
    private static final double UNNAMED_SOURCE = 0.3;
    private static final double QUOTE = 0.5;
    private static final double COMPARATIVE = 0.3;
    private static final double PAST_ACTION = 0.6;
    private static final double SPECULATION = -0.4;
    private static final double OPINION = -0.5;
    private static final double QUESTION = -1.5;
    private static final double COMMENTARY = -0.7;
    private static final double TOO_SHORT = -1.5;
    private static final double HEADING = -0.6;
    private static final int SHORT_SENTENCE = 6;

    private final FeatureExtractor features;

    public CheckWorthinessScorer(FeatureExtractor features) {
        this.features = features;
    }

    /**
     * Scores one unit of an article.
     *
     * @param unit  the sentence, heading, bullet or post
     * @param flags the sourcing flags already found in it (attributions raise the score)
     */
    public CheckWorthiness score(TextUnit unit, List<SourcingFlag> flags) {
        SentenceFeatures f = features.extract(unit.text(), unit.insideQuotation());
        List<String> raising = new ArrayList<>();
        List<String> lowering = new ArrayList<>();
        double sum = BIAS;
        boolean person = !f.people().isEmpty();
        if (!f.names().isEmpty()) {
            sum += NAMES;
            if (person && !f.dates().isEmpty()) {
                sum += DATE + PERSON_AND_DATE;
                raising.add("names a person and a date: " + join(f.people()) + "; " + join(f.dates()));
            } else {
                raising.add((person ? "names a person: " : "names people, places or bodies: ") + join(f.names()));
            }
        }
        if (!f.dates().isEmpty() && !(person && !f.names().isEmpty())) {
            sum += DATE;
            raising.add("gives a date: " + join(f.dates()));
        }
        if (!f.numbers().isEmpty()) {
            sum += NUMBER;
            raising.add("contains a number: " + join(f.numbers()));
        }
        double sourcing = sources(flags, raising);
        sum += sourcing;
        if (f.quoted() && sourcing != UNNAMED_SOURCE) { // an unnamed source's quote adds nothing checkable
            sum += QUOTE;
            raising.add("quotes someone");
        }
        if (!f.comparatives().isEmpty()) {
            sum += COMPARATIVE;
            raising.add("comparative/superlative: " + join(f.comparatives()));
        }
        if (!f.pastActions().isEmpty()) {
            sum += PAST_ACTION;
            raising.add("reports something done: " + join(f.pastActions()));
        }
        if (!f.speculation().isEmpty()) {
            sum += SPECULATION * Math.min(2, f.speculation().size());
            lowering.add("opinion/speculation: " + join(f.speculation()));
        }
        if (!f.opinion().isEmpty()) {
            sum += OPINION * Math.min(2, f.opinion().size());
            lowering.add("evaluative wording: " + join(f.opinion()));
        }
        if (f.question()) {
            sum += QUESTION;
            lowering.add("rhetorical / question");
        }
        if (f.commentary()) {
            sum += COMMENTARY;
            lowering.add("comments on the previous sentence");
        }
        if (f.tokenCount() < SHORT_SENTENCE) {
            sum += TOO_SHORT;
            lowering.add("too short");
        }
        if (unit.kind() == UnitKind.HEADING) {
            sum += HEADING;
            lowering.add("heading");
        }
        List<String> reasons = new ArrayList<>(raising);
        reasons.addAll(lowering);
        double score = 1 / (1 + Math.exp(-sum));
        return new CheckWorthiness(Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
    }

    static double sources(List<SourcingFlag> flags, List<String> raising) {
        List<String> outlets = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        boolean unnamed = false;
        for (SourcingFlag flag : flags) {
            if (flag.kind() == FlagKind.ATTRIBUTION) {
                (flag.note().startsWith("outlet: ") ? outlets : speakers).add(NOTE_LABEL.matcher(flag.note()).replaceFirst(""));
            } else if (flag.kind() == FlagKind.ANONYMOUS_SOURCE || flag.kind() == FlagKind.VAGUE_SOURCE) {
                unnamed = true;
            }
        }
        if (!outlets.isEmpty()) {
            raising.add("attributed to an outlet: " + join(outlets));
        }
        if (!speakers.isEmpty()) {
            raising.add("attributed to a named person: " + join(speakers));
        }
        if (!outlets.isEmpty() || !speakers.isEmpty()) {
            return NAMED_SOURCE;
        }
        if (unnamed) {
            raising.add("attributed to an unnamed source");
            return UNNAMED_SOURCE;
        }
        return 0;
    }

    private static String join(List<String> words) {
        return String.join(", ", words.stream().distinct().limit(4).toList());
    }
}
