package io.factdesk.verification.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.verdict.VerdictRevision;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionContentTest {

    private static VerdictRevision firstRevision() {
        VerdictRevision revision = new VerdictRevision();
        revision.revision = 1;
        revision.ratingCode = "false";
        revision.headline = "No, aid was not embezzled";
        revision.summary = "Audits found no diversion.";
        revision.explanation = "Long analysis.";
        revision.approvers = "eli,erin";
        return revision;
    }

    @Test
    void correctionReplacesOnlyWhatItChanges() {
        var corrected = RevisionContent.corrected(firstRevision(),
                new CorrectionDraft("The audit year was wrong.", null, null, "Audits in 2023 found no diversion.", " "),
                "emma");

        assertThat(corrected.ratingCode()).isEqualTo("false");
        assertThat(corrected.headline()).isEqualTo("No, aid was not embezzled");
        assertThat(corrected.summary()).isEqualTo("Audits in 2023 found no diversion.");
        assertThat(corrected.explanation()).isEqualTo("Long analysis.");
        assertThat(corrected.approvers()).isEqualTo("emma");
    }

    @Test
    void correctionCanChangeTheRating() {
        var corrected = RevisionContent.corrected(firstRevision(),
                new CorrectionDraft("New evidence.", "mostly-false", null, null, null), "emma");

        assertThat(corrected.ratingCode()).isEqualTo("mostly-false");
    }

    @Test
    void correctionLeavesTheEarlierRevisionAsItWas() {
        VerdictRevision first = firstRevision();
        VerdictRevision second = new VerdictRevision();

        RevisionContent.corrected(first, new CorrectionDraft("Typo.", null, "Aid was not embezzled", null, null), "emma")
                .applyTo(second);

        assertThat(second.headline).isEqualTo("Aid was not embezzled");
        assertThat(first.headline).isEqualTo("No, aid was not embezzled");
    }

    @Test
    void approvedReviewFallsBackToClaimTextAndFirstParagraph() {
        var content = RevisionContent.fromReview("Zelensky embezzled US aid",
                new ReviewDraft("Audits found\nno diversion.\n\nMore detail.", "false", null, null),
                List.of("eli", "erin"));

        assertThat(content.headline()).isEqualTo("Zelensky embezzled US aid");
        assertThat(content.summary()).isEqualTo("Audits found no diversion.");
        assertThat(content.explanation()).startsWith("Audits found").contains("More detail.");
        assertThat(content.approvers()).isEqualTo("eli,erin");
    }
}
