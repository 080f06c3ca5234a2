package io.factdesk.verification.sourcing;

import io.factdesk.verification.ingestion.ArticleText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Flags a person named in two ways ("Vladimir Zelensky" and "Volodymyr Zelensky"), within one article or
 * across a set of articles, e.g. an organisation's imports. People are named after a title ("Ukrainian
 * President Volodymyr Zelenskiy"); an article that only writes the surname ("Zelenskiy said") is compared with
 * the people the other articles title. The flag sits on the first place each spelling appears in an article; its
 * note and its {@link SourcingFlag#spellings()} name the other spellings and the articles each appears in.
 */
public final class NameVariantDetector {

    private record Occurrence(String articleId, PersonMentions.Mention mention) {
    }

    /** Name-variant flags inside a single article. */
    public List<SourcingFlag> flagNameVariants(ArticleText article) {
        return flagNameVariants(List.of(article)).getOrDefault(article.id(), List.of());
    }

    /**
     * Name-variant flags for each article of the set, comparing every article with every other.
     *
     * @param articles articles with distinct ids; offsets of the flags refer to each article's own text
     * @return flags per article id, in input order; articles without variants map to an empty list
     */
    public Map<String, List<SourcingFlag>> flagNameVariants(List<ArticleText> articles) {
        Map<String, List<PersonMentions.Mention>> titled = new LinkedHashMap<>();
        for (ArticleText article : articles) {
            titled.put(article.id(), PersonMentions.find(article.text()));
        }
        List<PersonMentions.Mention> people = titled.values().stream().flatMap(List::stream).toList();
        Map<String, List<Occurrence>> byForm = new TreeMap<>();
        for (ArticleText article : articles) {
            List<PersonMentions.Mention> mentions = new ArrayList<>(titled.get(article.id()));
            // "Zelenskiy said" in an article that never titles him: compared with the people other articles title
            mentions.addAll(PersonMentions.untitledVariants(article.text(), people, titled.get(article.id())));
            for (PersonMentions.Mention mention : mentions) {
                byForm.computeIfAbsent(mention.form(), f -> new ArrayList<>())
                        .add(new Occurrence(article.id(), mention));
            }
        }
        Map<String, List<SourcingFlag>> result = new LinkedHashMap<>();
        articles.forEach(a -> result.put(a.id(), new ArrayList<>()));
        for (Map.Entry<String, List<Occurrence>> form : byForm.entrySet()) {
            PersonMentions.Mention sample = form.getValue().get(0).mention();
            Map<String, Set<String>> others = new LinkedHashMap<>();
            byForm.forEach((otherForm, occurrences) -> {
                if (samePerson(sample, occurrences.get(0).mention())) {
                    occurrences.forEach(o -> others.computeIfAbsent(otherForm, k -> new LinkedHashSet<>())
                            .add(o.articleId()));
                }
            });
            if (!others.isEmpty()) {
                flagFirstOccurrences(form.getValue(), others, articles, result);
            }
        }
        result.values().forEach(flags -> flags.sort(Comparator.comparingInt(SourcingFlag::start)));
        return result;
    }

    private static void flagFirstOccurrences(List<Occurrence> occurrences, Map<String, Set<String>> others,
            List<ArticleText> articles, Map<String, List<SourcingFlag>> result) {
        Set<String> flagged = new LinkedHashSet<>();
        for (Occurrence occurrence : occurrences) {
            if (!flagged.add(String.valueOf(occurrence.articleId()))) {
                continue;
            }
            String text = articles.stream().filter(a -> Objects.equals(a.id(), occurrence.articleId())).findFirst()
                    .orElseThrow().text();
            List<String> notes = new ArrayList<>();
            List<NameSpelling> spellings = new ArrayList<>();
            others.forEach((form, ids) -> {
                notes.add("“" + form + "” " + where(ids, occurrence.articleId()));
                ids.forEach(id -> spellings.add(new NameSpelling(form, id)));
            });
            PersonMentions.Mention m = occurrence.mention();
            result.get(occurrence.articleId()).add(SourcingFlag.at(FlagKind.NAME_VARIANT, text, m.start(), m.end(),
                    "also named " + String.join("; ", notes), spellings));
        }
    }

    private static String where(Set<String> articleIds, String current) {
        List<String> places = articleIds.stream()
                .map(id -> Objects.equals(id, current) ? "this article" : String.valueOf(id)).toList();
        return "in " + String.join(", ", places);
    }

    /** Different spellings of one person: surnames and first names equal or transliteration variants. */
    private static boolean samePerson(PersonMentions.Mention a, PersonMentions.Mention b) {
        if (a.form().equals(b.form())) {
            return false;
        }
        boolean surnames = a.last().equals(b.last()) || NameSkeleton.variants(a.last(), b.last());
        if (!surnames) {
            return false;
        }
        if (a.first() == null || b.first() == null) {
            return !a.last().equals(b.last()); // a bare surname only conflicts when it is spelled differently
        }
        return a.first().equals(b.first()) || NameSkeleton.variants(a.first(), b.first());
    }
}
