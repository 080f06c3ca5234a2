package io.factdesk.web.desk;

import io.factdesk.verification.matching.MatchLevel;
import io.factdesk.verification.matching.MatchSuggestion;
import java.util.Locale;

/**
 * One earlier claim or published verdict as the desk shows it next to a claim or a sentence.
 *
 * @param match     what the matcher found
 * @param score     the similarity as "0.82"
 * @param href      where to read it: the public verdict page, or the desk's claim page for an own draft
 * @param own       true when it is a claim of the viewer's organisation
 * @param confirmed true when a reviewer already confirmed it as the same claim
 */
public record EarlierCheck(MatchSuggestion match, String score, String href, boolean own, boolean confirmed) {

    static EarlierCheck of(MatchSuggestion match, long viewersOrganisation, boolean confirmed) {
        String href = match.verdictSlug() != null ? "/verdicts/" + match.verdictSlug()
                : "/desk/claims/" + match.claimId();
        return new EarlierCheck(match, String.format(Locale.ROOT, "%.2f", match.score()), href,
                match.organisationId() == viewersOrganisation, confirmed);
    }

    public boolean likelyDuplicate() {
        return match.level() == MatchLevel.LIKELY_DUPLICATE;
    }
}
