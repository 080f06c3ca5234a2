package io.factdesk.verification.sourcing;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.verification.ingestion.ArticleText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds titles that the text's own dates contradict, using {@link OfficeTerms}: "former President Donald
 * Trump" in a text that says he was sworn in on January 20, 2025, or "the Biden administration has backed" in
 * a text dated after that administration ended. The reference date is the article's published date, or
 * else the latest full date the text states; with neither there is nothing to contradict and no flag.
 */
final class TitleDateChecker {

    private static final Pattern FORMER = Pattern.compile("\\b[Ff]ormer\\s+(?:(?:U\\.S\\.|US|American|Ukrainian"
            + "|Russian)\\s+)?President\\s+(?:[A-Z][\\p{L}-]+\\s+)?([A-Z][\\p{L}-]+)");
    private static final Pattern CURRENT_ADMINISTRATION = Pattern.compile("\\b(?:[Tt]he\\s+)?([A-Z][\\p{L}-]+)"
            + "\\s+administration\\s+(?:has|is|continues|remains)(?:\\s+\\w+ly)?(?:\\s+\\w+)?");

    private record Reference(LocalDate date, String evidence) {
    }

    List<SourcingFlag> check(ArticleText article) {
        Optional<Reference> reference = reference(article);
        if (reference.isEmpty()) {
            return List.of();
        }
        LocalDate date = reference.get().date();
        String evidence = reference.get().evidence();
        String text = article.text();
        List<SourcingFlag> flags = new ArrayList<>();
        Matcher former = FORMER.matcher(text);
        while (former.find()) {
            OfficeTerms.inOffice(former.group(1), date).ifPresent(term -> flags.add(SourcingFlag.at(
                    FlagKind.TITLE_DATE_CONTRADICTION, text, former.start(), former.end(),
                    "“former” contradicts the dates: " + term.person() + " holds the office of " + term.office()
                            + " since " + term.start() + " and " + evidence)));
        }
        Matcher current = CURRENT_ADMINISTRATION.matcher(text);
        while (current.find()) {
            String surname = current.group(1);
            OfficeTerms.lastTerm(surname)
                    .filter(term -> term.end() != null && !date.isBefore(term.end()))
                    .filter(term -> OfficeTerms.inOffice(surname, date).isEmpty())
                    .ifPresent(term -> flags.add(SourcingFlag.at(FlagKind.TITLE_DATE_CONTRADICTION, text,
                            current.start(), current.end(), "present tense for an administration that ended: "
                                    + term.person() + "'s term as " + term.office() + " ended " + term.end()
                                    + " and " + evidence)));
        }
        return flags;
    }

    private static Optional<Reference> reference(ArticleText article) {
        if (article.publishedDate() != null) {
            return Optional.of(new Reference(article.publishedDate(),
                    "the article is dated " + article.publishedDate()));
        }
        return DateMentions.find(article.text()).stream()
                .max(Comparator.comparing(DateMentions.Stated::date))
                .map(d -> new Reference(d.date(), "the text states the date “"
                        + article.text().substring(d.start(), d.end()) + "”"));
    }
}
