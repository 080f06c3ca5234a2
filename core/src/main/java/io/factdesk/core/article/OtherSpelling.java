package io.factdesk.core.article;

/**
 * For a name-variant flag: another spelling of the name and the article it appears in.
 *
 * @param spelling  the other spelling as written there
 * @param articleId the article it appears in (of the same organisation), or null for the flagged article itself
 */
public record OtherSpelling(String spelling, Long articleId) {
}
