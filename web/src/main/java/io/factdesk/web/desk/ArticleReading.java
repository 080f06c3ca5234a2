package io.factdesk.web.desk;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.core.article.OtherSpelling;
import io.factdesk.core.article.Sentence;
import io.factdesk.verification.checkworthiness.CheckWorthinessScorer;
import io.factdesk.verification.sourcing.FlagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a reviewer reads an article's sentences: in reading order or by score, all of them or only those with a
 * flag of one kind. Both choices come from the address ({@code ?sort=score&flag=HEDGE}), so a view can be reloaded
 * and bookmarked and works without JavaScript.
 *
 * @param sort the order
 * @param flag the flag kind shown, {@link #ANY} for any flag, or null for every sentence
 */
record ArticleReading(Sort sort, String flag) {

    static final double THRESHOLD = CheckWorthinessScorer.THRESHOLD;
    /** The filter value for "sentences with any flag". */
    static final String ANY = "any";

    /** The two orders. */
    enum Sort {
        POSITION, SCORE
    }

    /**
     * A link that changes one choice and keeps the other.
     *
     * @param value   the kind ("HEDGE"), {@link #ANY}, or "" for all sentences; the sort's name for sort links
     * @param count   sentences the link shows
     * @param query   the query string of the link ("?sort=score&flag=HEDGE")
     * @param current true when it is the view shown
     */
    record Choice(String value, int count, String query, boolean current) {
    }

    /** The choices of an address; empty when a value is not one the page knows (the caller answers 400). */
    static Optional<ArticleReading> of(String sort, String flag) {
        Sort order = Sort.POSITION;
        if (sort != null && !sort.isBlank()) {
            order = switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "position" -> Sort.POSITION;
                case "score" -> Sort.SCORE;
                default -> null;
            };
        }
        String kind = flag == null || flag.isBlank() ? null : flag.strip().toUpperCase(Locale.ROOT);
        boolean knownKind = kind == null || ANY.equalsIgnoreCase(kind)
                || java.util.Arrays.stream(FlagKind.values()).anyMatch(k -> k.name().equals(kind));
        if (order == null || !knownKind) {
            return Optional.empty();
        }
        return Optional.of(new ArticleReading(order, ANY.equalsIgnoreCase(String.valueOf(kind)) ? ANY : kind));
    }

    /**
     * The rows of the page: every sentence with its flags (the article's flags attached to the sentence their
     * words lie in), filtered and ordered as chosen.
     *
     * @param titles  titles of the other articles a name variant names, by id (the organisation's only)
     * @param matches earlier checks per sentence id
     */
    List<SentenceRow> rows(Article article, List<Sentence> sentences, Map<Long, String> titles,
            Map<Long, List<EarlierCheck>> matches) {
        List<SentenceRow> rows = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Flag> flags = flagsOf(article, sentence);
            if (shows(flags)) {
                rows.add(new SentenceRow(sentence, Highlights.of(sentence.text, sentence.startOffset, flags),
                        flags.stream().map(f -> chip(f, titles)).toList(),
                        matches.getOrDefault(sentence.id, List.of())));
            }
        }
        if (sort == Sort.SCORE) {
            rows.sort(Comparator.comparing((SentenceRow r) -> r.sentence().checkWorthiness,
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(r -> r.sentence().position));
        }
        return rows;
    }

    /** The filter links: all sentences, any flag, then each kind present (and the chosen one even if absent). */
    List<Choice> filters(Article article, List<Sentence> sentences) {
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        int flagged = 0;
        for (Sentence sentence : sentences) {
            Set<String> kinds = new LinkedHashSet<>();
            flagsOf(article, sentence).forEach(f -> kinds.add(f.kind()));
            flagged += kinds.isEmpty() ? 0 : 1;
            for (FlagKind kind : FlagKind.values()) {
                if (kinds.contains(kind.name())) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", sentences.size(), query(sort, null), flag == null));
        choices.add(new Choice(ANY, flagged, query(sort, ANY), ANY.equals(flag)));
        for (FlagKind kind : FlagKind.values()) {
            int count = counts.getOrDefault(kind, 0);
            if (count > 0 || kind.name().equals(flag)) {
                choices.add(new Choice(kind.name(), count, query(sort, kind.name()), kind.name().equals(flag)));
            }
        }
        return choices;
    }

    /** The sort links, each keeping the filter. */
    List<Choice> sorts() {
        return java.util.Arrays.stream(Sort.values())
                .map(s -> new Choice(s.name(), 0, query(s, flag), s == sort)).toList();
    }

    /** Ids of the other articles the flags' spellings name. */
    static Set<Long> linkedArticles(Article article, List<Sentence> sentences) {
        Set<Long> ids = new LinkedHashSet<>();
        Function<List<Flag>, List<Long>> idsOf = flags -> flags.stream().flatMap(f -> f.otherSpellings().stream())
                .map(OtherSpelling::articleId).filter(Objects::nonNull).toList();
        ids.addAll(idsOf.apply(article.flags));
        sentences.forEach(s -> ids.addAll(idsOf.apply(s.flags)));
        ids.remove(article.id);
        return ids;
    }

    /** The article's own flags (inconsistencies found across the text), shown above the sentences too. */
    static List<FlagChip> articleChips(Article article, Map<Long, String> titles) {
        return article.flags.stream().map(f -> chip(f, titles)).toList();
    }

    private boolean shows(List<Flag> flags) {
        if (flag == null) {
            return true;
        }
        return ANY.equals(flag) ? !flags.isEmpty() : flags.stream().anyMatch(f -> f.kind().equals(flag));
    }

    private static List<Flag> flagsOf(Article article, Sentence sentence) {
        List<Flag> flags = new ArrayList<>(sentence.flags);
        for (Flag flag : article.flags) {
            if (flag.start() >= sentence.startOffset && flag.start() < sentence.endOffset) {
                flags.add(flag);
            }
        }
        flags.sort(Comparator.comparingInt(Flag::start));
        return flags;
    }

    private static FlagChip chip(Flag flag, Map<Long, String> titles) {
        return new FlagChip(flag, FlagChip.group(flag.otherSpellings(), titles));
    }

    private static String query(Sort sort, String flag) {
        String query = "?sort=" + sort.name().toLowerCase(Locale.ROOT);
        return flag == null ? query : query + "&flag=" + flag;
    }
}
