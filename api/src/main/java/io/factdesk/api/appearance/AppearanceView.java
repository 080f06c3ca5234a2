package io.factdesk.api.appearance;

import io.factdesk.verification.claimview.AppearanceItem;
import java.time.Instant;
import java.time.LocalDate;

/** Where a claim was seen; {@code articleId}/{@code sentenceId} are set when it came from an imported article. */
public record AppearanceView(long id, String url, String quote, String outlet, LocalDate appearedOn, Long articleId,
        Long sentenceId, Instant createdAt) {

    public static AppearanceView of(AppearanceItem a) {
        return new AppearanceView(a.id(), a.url(), a.quote(), a.outlet(), a.appearedOn(), a.articleId(),
                a.sentenceId(), a.createdAt());
    }
}
