package io.factdesk.verification.claimreview;

import com.google.re2j.Pattern;
import io.factdesk.core.claim.ClaimantKind;
import io.factdesk.core.verdict.PublishedAppearance;
import java.util.List;
import java.util.Locale;

/**
 * Whether a claimant is an organisation or a person: as staff stated it, or, when they did not, a guess: an outlet the
 * claim appeared in, or a name with a word that people's names do not have, is an organisation.
 */
final class Claimants {

    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "\\b(ministry|ministries|government|department|agency|office|party|council|committee|parliament|"
                    + "embassy|army|police|news|times|post|tribune|herald|journal|gazette|daily|weekly|tv|radio|"
                    + "press|media|network|channel|institute|foundation|association|union|university|company|"
                    + "corporation|inc|ltd|llc|plc|gmbh|group|bank|kremlin|white house)\\b");

    private Claimants() {
    }

    /** The kind staff stated wins; only an unstated kind is guessed. */
    static boolean isOrganisation(String claimant, ClaimantKind stated, List<PublishedAppearance> appearances) {
        if (stated != null) {
            return stated == ClaimantKind.ORGANISATION;
        }
        return guessOrganisation(claimant, appearances);
    }

    static boolean guessOrganisation(String claimant, List<PublishedAppearance> appearances) {
        String name = claimant.strip().toLowerCase(Locale.ROOT);
        boolean isOutlet = appearances.stream()
                .anyMatch(appearance -> appearance.outlet() != null
                        && appearance.outlet().strip().toLowerCase(Locale.ROOT).equals(name));
        return isOutlet || ORGANISATION_WORDS.matcher(name).find();
    }
}
