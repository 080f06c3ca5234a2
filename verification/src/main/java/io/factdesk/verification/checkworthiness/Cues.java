package io.factdesk.verification.checkworthiness;

import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.FlagKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Cue} values of one unit and the words behind each, so a reason can quote them.
 *
 * @param values  one value per cue, in {@link Cue} order (0 when absent; counts are capped at 2)
 * @param details the quoted words per present cue (may be empty, as for "quotes someone")
 */
public record Cues(double[] values, Map<Cue, String> details) {

    private static final int SHORT_SENTENCE = 6;
    private static final String OUTLET = "outlet: ";

    /** Reads the cues of a unit from its features, its sourcing flags and its kind. */
    public static Cues of(SentenceFeatures f, List<SourcingFlag> flags, UnitKind kind) {
        double[] values = new double[Cue.values().length];
        Map<Cue, String> details = new EnumMap<>(Cue.class);
        boolean person = !f.people().isEmpty();
        if (person && !f.dates().isEmpty()) {
            set(values, details, Cue.PERSON_AND_DATE, 1, join(f.people()) + "; " + join(f.dates()));
        } else if (person) {
            set(values, details, Cue.PERSON, 1, join(f.people()));
        } else if (!f.dates().isEmpty()) {
            set(values, details, Cue.DATE, 1, join(f.dates()));
        }
        if (!f.names().isEmpty()) {
            set(values, details, Cue.NAMES, 1, join(f.names()));
        }
        if (!f.numbers().isEmpty()) {
            set(values, details, Cue.NUMBER, 1, join(f.numbers()));
        }
        boolean unnamedOnly = sources(flags, values, details);
        if (f.quoted() && !unnamedOnly) { // an unnamed source's quote adds nothing checkable
            set(values, details, Cue.QUOTE, 1, "");
        }
        if (!f.comparatives().isEmpty()) {
            set(values, details, Cue.COMPARATIVE, 1, join(f.comparatives()));
        }
        if (!f.pastActions().isEmpty()) {
            set(values, details, Cue.PAST_ACTION, 1, join(f.pastActions()));
        }
        if (!f.speculation().isEmpty()) {
            set(values, details, Cue.SPECULATION, Math.min(2, f.speculation().size()), join(f.speculation()));
        }
        if (!f.opinion().isEmpty()) {
            set(values, details, Cue.OPINION, Math.min(2, f.opinion().size()), join(f.opinion()));
        }
        if (f.question()) {
            set(values, details, Cue.QUESTION, 1, "");
        }
        if (f.commentary()) {
            set(values, details, Cue.COMMENTARY, 1, "");
        }
        if (f.tokenCount() < SHORT_SENTENCE) {
            set(values, details, Cue.TOO_SHORT, 1, "");
        }
        if (kind == UnitKind.HEADING) {
            set(values, details, Cue.HEADING, 1, "");
        }
        return new Cues(values, details);
    }

    /** The value of one cue. */
    public double value(Cue cue) {
        return values[cue.ordinal()];
    }

    /** The reason a reviewer reads for a present cue: its wording and, after a colon, the words behind it. */
    public String reason(Cue cue) {
        String words = details.getOrDefault(cue, "");
        return words.isEmpty() ? cue.reason() : cue.reason() + ": " + words;
    }

    /** Sets the source cues; true when the only sources are unnamed. */
    private static boolean sources(List<SourcingFlag> flags, double[] values, Map<Cue, String> details) {
        List<String> named = new ArrayList<>();
        boolean unnamed = false;
        for (SourcingFlag flag : flags) {
            if (flag.kind() == FlagKind.ATTRIBUTION) {
                String note = flag.note();
                int colon = note.indexOf(": ");
                named.add(note.startsWith(OUTLET) ? note.substring(OUTLET.length()) + " (outlet)"
                        : colon >= 0 ? note.substring(colon + 2) : flag.trigger());
            } else if (flag.kind() == FlagKind.ANONYMOUS_SOURCE || flag.kind() == FlagKind.VAGUE_SOURCE) {
                unnamed = true;
            }
        }
        if (!named.isEmpty()) {
            set(values, details, Cue.NAMED_SOURCE, 1, join(named));
            return false;
        }
        if (unnamed) {
            set(values, details, Cue.UNNAMED_SOURCE, 1, "");
        }
        return unnamed;
    }

    private static void set(double[] values, Map<Cue, String> details, Cue cue, double value, String words) {
        values[cue.ordinal()] = value;
        details.put(cue, words);
    }

    private static String join(List<String> words) {
        return String.join(", ", words.stream().distinct().limit(4).toList());
    }
}
