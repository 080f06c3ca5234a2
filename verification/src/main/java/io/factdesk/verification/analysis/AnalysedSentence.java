package io.factdesk.verification.analysis;

import io.factdesk.verification.ingestion.UnitKind;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.List;

/**
 * One unit of an analysed article.
 *
 * @param index   position in the article, from 0
 * @param kind    sentence, heading, bullet or embedded post
 * @param text    the unit's text with line breaks collapsed
 * @param start   offset in {@link ArticleAnalysis#text()}
 * @param end     offset after the unit
 * @param score   check-worthiness in [0, 1]
 * @param reasons why the score is what it is
 * @param flags   sourcing flags found in this unit (anonymous, vague, hedge, attribution)
 */
public record AnalysedSentence(int index, UnitKind kind, String text, int start, int end, double score,
        List<String> reasons, List<SourcingFlag> flags) {

    /** True when the score reaches the check-worthiness threshold. */
    public boolean checkWorthy() {
        return score >= io.factdesk.verification.checkworthiness.CheckWorthinessScorer.THRESHOLD;
    }
}
