package io.factdesk.web.desk;

import io.factdesk.verification.publishing.Translation;
import io.factdesk.verification.verdict.VerdictTranslations.Candidate;
import java.util.List;

/**
 * The claim page's translation panel, shown to editors when the claim has a published verdict.
 *
 * @param linked the verdicts linked to it either way
 * @param candidates the organisation's published verdicts in another language it can be linked to
 */
public record TranslationPanel(List<Translation> linked, List<Candidate> candidates) {
}
