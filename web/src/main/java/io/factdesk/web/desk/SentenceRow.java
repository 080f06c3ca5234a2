package io.factdesk.web.desk;

import io.factdesk.core.article.Sentence;
import java.util.List;

/**
 * One sentence of the article page: its score, the sentence cut at its flags' trigger words, the flags as chips
 * and the earlier checks found for it.
 *
 * @param sentence the stored sentence
 * @param segments the text, plain and highlighted pieces in order
 * @param flags    the sentence's flags, and the article's flags whose words lie in it (a name variant)
 * @param matches  earlier checks that may say the same (empty when none were looked up)
 */
public record SentenceRow(Sentence sentence, List<Highlights.Segment> segments, List<FlagChip> flags,
        List<EarlierCheck> matches) {

    /** The score as "0.87", or null when the unit was not scored. */
    public String score() {
        return sentence.checkWorthiness == null ? null : String.format(java.util.Locale.ROOT, "%.2f",
                sentence.checkWorthiness);
    }

    /** At or above the check-worthiness threshold. */
    public boolean worthy() {
        return sentence.checkWorthiness != null && sentence.checkWorthiness >= ArticleReading.THRESHOLD;
    }

    /** The position as a reader counts it, from 1. */
    public int number() {
        return sentence.position + 1;
    }
}
