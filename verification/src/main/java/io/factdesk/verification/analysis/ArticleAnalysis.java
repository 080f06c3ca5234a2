package io.factdesk.verification.analysis;

import io.factdesk.verification.sourcing.SourcingFlag;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the verification aids found in one article.
 *
 * @param title         from the HTML head, the metadata header or a leading headline; null when unknown
 * @param publishedDate from the metadata header or HTML metadata; null when the document states none
 * @param text          the normalised body text all offsets refer to (the metadata header removed)
 * @param sentences     the units in reading order
 * @param articleFlags  article-level flags: name variants within the article, title/date contradictions
 */
public record ArticleAnalysis(String title, LocalDate publishedDate, String text, List<AnalysedSentence> sentences,
        List<SourcingFlag> articleFlags) {
}
