package io.factdesk.verification.claimview;

import io.factdesk.core.claim.Appearance;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a claim was seen, as plain data; {@code articleId}, {@code articleTitle} and {@code sentenceId} are set
 * when it came from an imported article.
 */
public record AppearanceItem(long id, String url, String quote, String outlet, LocalDate appearedOn, Long articleId,
        String articleTitle, Long sentenceId, Instant createdAt) {

    public static AppearanceItem of(Appearance a) {
        return new AppearanceItem(a.id, a.url, a.quote, a.outlet, a.appearedOn, a.article == null ? null : a.article.id,
                a.article == null ? null : a.article.title, a.sentence == null ? null : a.sentence.id, a.createdAt);
    }
}
