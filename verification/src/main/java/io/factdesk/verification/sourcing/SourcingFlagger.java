package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.ArticleText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sourcing flags for sentences (anonymous and vague sources, hedges, attributions) and for whole articles
 * (a person named two ways, a title contradicted by the text's dates). Stateless and thread-safe.
 */
public final class SourcingFlagger {

    private final NameVariantDetector nameVariants = new NameVariantDetector();
    private final TitleDateChecker titleDates = new TitleDateChecker();
    /** Whether each pattern's {@link Gate} is checked first; off only to test that the gates change nothing. */
    private final boolean gated;

    public SourcingFlagger() {
        this(true);
    }

    SourcingFlagger(boolean gated) {
        this.gated = gated;
    }

    /**
     * Flags for one sentence.
     *
     * @param text  the normalised article text
     * @param start offset of the sentence in {@code text}
     * @param end   offset after the sentence
     * @return flags ordered by position; offsets refer to {@code text}; never two overlapping flags of one kind
     */
    public List<SourcingFlag> flagSentence(String text, int start, int end) {
        List<SourcingFlag> flags = new ArrayList<>();
        // Most sentences lack the words a pattern needs; the folded sentence lets each pattern be skipped cheaply.
        String folded = gated ? Gate.fold(text.subSequence(start, end)) : null;
        flags.addAll(matches(FlagKind.ANONYMOUS_SOURCE, PhrasePatterns.ANONYMOUS, PhrasePatterns.ANONYMOUS_GATES,
                folded, text, start, end));
        flags.addAll(matches(FlagKind.VAGUE_SOURCE, PhrasePatterns.VAGUE, PhrasePatterns.VAGUE_GATES, folded, text,
                start, end));
        flags.addAll(matches(FlagKind.HEDGE, PhrasePatterns.HEDGES, PhrasePatterns.HEDGE_GATES, folded, text, start,
                end));
        flags.addAll(AttributionFinder.find(text, start, end, folded));
        flags.addAll(UkrainianPhrases.flag(text, start, end));
        return withoutOverlaps(flags);
    }

    /** Article-level flags: name variants inside the article and title/date contradictions. */
    public List<SourcingFlag> flagArticle(ArticleText article) {
        List<SourcingFlag> flags = new ArrayList<>(nameVariants.flagNameVariants(article));
        flags.addAll(titleDates.check(article));
        flags.sort(Comparator.comparingInt(SourcingFlag::start));
        return flags;
    }

    /** Name-variant flags across several articles; see {@link NameVariantDetector#flagNameVariants(List)}. */
    public java.util.Map<String, List<SourcingFlag>> flagNameVariants(List<ArticleText> articles) {
        return nameVariants.flagNameVariants(articles);
    }

    /** Matches of {@code patterns}; each runs only if its gate admits {@code folded} (all run if it is null). */
    private static List<SourcingFlag> matches(FlagKind kind, List<Pattern> patterns, List<Gate> gates,
            String folded, String text, int start, int end) {
        List<SourcingFlag> flags = new ArrayList<>();
        // The sentence alone is searched, so word boundaries at its edges behave as at the text's edges.
        CharSequence sentence = text.subSequence(start, end);
        for (int i = 0; i < patterns.size(); i++) {
            if (folded != null && !gates.get(i).admits(folded)) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(sentence);
            while (m.find()) {
                flags.add(SourcingFlag.at(kind, text, start + m.start(), start + m.end(), ""));
            }
        }
        return flags;
    }

    /**
     * Several patterns can match the same words ("a senior U.S. official who spoke on condition of anonymity"
     * and "on condition of anonymity"): keep the longest per kind, and drop vague-source flags that an
     * anonymous-source flag already covers. An attribution inside an unnamed source ("according to European
     * diplomats", "sources close to the Kremlin said") names nobody, so it goes too.
     */
    private static List<SourcingFlag> withoutOverlaps(List<SourcingFlag> flags) {
        List<SourcingFlag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt((SourcingFlag f) -> f.start() - f.end()));
        List<SourcingFlag> kept = new ArrayList<>();
        for (SourcingFlag flag : sorted) {
            boolean covered = kept.stream().anyMatch(k -> k.overlaps(flag) && (k.kind() == flag.kind()
                    || k.kind() == FlagKind.ANONYMOUS_SOURCE && flag.kind() == FlagKind.VAGUE_SOURCE));
            if (!covered) {
                kept.add(flag);
            }
        }
        List<SourcingFlag> unnamed = kept.stream().filter(k -> unnamed(k.kind())).toList();
        kept.removeIf(f -> f.kind() == FlagKind.ATTRIBUTION && unnamed.stream().anyMatch(u -> u.overlaps(f)));
        kept.sort(Comparator.comparingInt(SourcingFlag::start).thenComparing(SourcingFlag::kind));
        return kept;
    }

    private static boolean unnamed(FlagKind kind) {
        return kind == FlagKind.ANONYMOUS_SOURCE || kind == FlagKind.VAGUE_SOURCE;
    }
}
