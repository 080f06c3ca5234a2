package io.factdesk.web.forms;

import static java.util.Map.entry;

import io.factdesk.verification.article.ArticleService;
import io.factdesk.verification.claim.ClaimDraft;
import io.factdesk.verification.workflow.CorrectionDraft;
import io.factdesk.verification.workflow.EvidenceDraft;
import io.factdesk.verification.workflow.ReviewDraft;
import io.factdesk.verification.workflow.TransitionRequest.Input;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The longest value each form field may hold, checked first: before any pattern, parser or service sees it. A
 * form field may be up to 2 MB on the wire (an article is pasted into one), so without this one request could
 * make the server read megabytes where it expects an e-mail address. Where a domain input record declares a
 * field's limit (ClaimDraft, EvidenceDraft, ReviewDraft, CorrectionDraft, the workflow's notes) it is read from there;
 * docs/security.md lists them.
 */
public final class FieldLimits {

    /** Any field not listed: names, codes, short notes. */
    static final int DEFAULT = 2_000;

    private static final Map<String, Integer> MAX = Map.ofEntries(
            entry("body", ArticleService.MAX_BODY),
            entry("analysis", ReviewDraft.ANALYSIS_LENGTH),
            entry("methodology", 100_000),
            entry("quote", 20_000),
            entry("evidence-note", EvidenceDraft.NOTE_LENGTH),
            entry("description", 5_000),
            entry("return-note", Input.NOTE_LENGTH),
            entry("reopen-note", Input.NOTE_LENGTH),
            entry("return-correction-note", Input.NOTE_LENGTH),
            entry("dismiss-reason", Input.REASON_LENGTH),
            entry("correct-note", CorrectionDraft.NOTE_LENGTH),
            entry("correct-explanation", CorrectionDraft.EXPLANATION_LENGTH),
            entry("evidence-url", EvidenceDraft.URL_LENGTH),
            entry("evidence-citation", EvidenceDraft.CITATION_LENGTH),
            entry("title", 500),
            entry("evidence-title", EvidenceDraft.TITLE_LENGTH),
            entry("contact", 300),
            entry("headline", ReviewDraft.HEADLINE_LENGTH),
            entry("summary", ReviewDraft.SUMMARY_LENGTH),
            entry("claimant", ClaimDraft.CLAIMANT_LENGTH),
            entry("outlet", 200),
            entry("evidence-publisher", EvidenceDraft.PUBLISHER_LENGTH),
            entry("name", 200),
            entry("assignee", Input.ASSIGNEE_LENGTH),
            entry("version", 20),
            entry("publishedOn", 10),
            entry("evidence-accessedOn", 10));

    private FieldLimits() {
    }

    /** The limit of a field, in characters. */
    public static int of(String field) {
        return MAX.getOrDefault(field, DEFAULT);
    }

    /**
     * A field error for every value over its limit; empty when all fit.
     *
     * @param form field name to submitted value, as {@link Forms#values(String...)} builds it
     */
    public static Map<String, String> check(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            int max = of(field);
            if (value != null && value.length() > max) {
                errors.put(field, PageLanguage.bundle(UiMsg.class).error_too_long(max));
            }
        });
        return errors;
    }
}
