package io.factdesk.verification.tip;

/**
 * A reader's request to check something.
 *
 * @param text what should be checked (required, at most 2000 characters)
 * @param url where the reader saw it, optional
 * @param contact how to reach the reader, optional (never published)
 * @param organisation slug of the organisation asked; null for "any"
 * @param notifyWhenPublished the reader consented to one e-mail to {@code contact} when the verdict is published
 * @param language the interface language the reader used ("en", "uk"; null: English), for that e-mail
 */
public record TipDraft(String text, String url, String contact, String organisation, boolean notifyWhenPublished,
        String language) {

    public TipDraft(String text, String url, String contact, String organisation, boolean notifyWhenPublished) {
        this(text, url, contact, organisation, notifyWhenPublished, null);
    }

    public TipDraft(String text, String url, String contact, String organisation) {
        this(text, url, contact, organisation, false);
    }
}
