package io.factdesk.web.desk;

import java.util.Map;

/**
 * What the viewer typed into the claim page's forms and what became of it, for showing the page again.
 *
 * @param form typed values to show again (by field name)
 * @param errors field errors (by field name)
 * @param refusal a refusal in plain words, shown at the top, or null
 * @param notice what the last action did, shown at the top, or null
 * @param preview the review analysis rendered for preview, or null
 */
public record FormState(Map<String, String> form, Map<String, String> errors, String refusal, String notice,
        String preview) {

    public FormState {
        form = form == null ? Map.of() : form;
        errors = errors == null ? Map.of() : errors;
    }

    /** The page with what was typed and, when something just happened, a notice. */
    public static FormState typed(Map<String, String> form, String notice) {
        return new FormState(form, Map.of(), null, notice, null);
    }

    /** A form that came back: its values with the field errors, the refusal or the preview it came back with. */
    public static FormState returned(Map<String, String> form, Map<String, String> errors, String refusal,
            String preview) {
        return new FormState(form, errors, refusal, null, preview);
    }
}
