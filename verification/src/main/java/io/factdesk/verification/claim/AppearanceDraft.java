package io.factdesk.verification.claim;

import java.time.LocalDate;

/**
 * Where a claim was seen. A URL or a quote is required; outlet and date are optional.
 *
 * @param url the page where the claim appeared
 * @param quote the exact words used there
 * @param outlet who published it (newspaper, channel, account)
 * @param appearedOn when it appeared
 */
public record AppearanceDraft(String url, String quote, String outlet, LocalDate appearedOn) {
}
