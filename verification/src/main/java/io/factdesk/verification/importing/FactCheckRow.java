package io.factdesk.verification.importing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact-check read from an import file, before it is checked against the organisation's data. Any field may be
 * null; {@link ImportService} decides whether the row can be imported.
 */
record FactCheckRow(int rowNumber, String url, String claimText, String claimant, LocalDate claimDate,
        String ratingName, Double ratingValue, Double bestRating, Double worstRating, Instant publishedAt,
        String headline, String summary, String appearanceUrl, String publisher, String problem) {

    static FactCheckRow unreadable(int rowNumber, String problem) {
        return new FactCheckRow(rowNumber, null, null, null, null, null, null, null, null, null, null, null, null,
                null, problem);
    }
}
