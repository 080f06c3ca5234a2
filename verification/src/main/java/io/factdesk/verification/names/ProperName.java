package io.factdesk.verification.names;

/**
 * A name as read from one sentence.
 *
 * @param text  the name without title, role words or possessive ("Donald Trump")
 * @param kind  what it is taken for
 * @param first index of the name's first token (after any title)
 * @param last  index of the run's last token
 */
public record ProperName(String text, NameKind kind, int first, int last) {
}
