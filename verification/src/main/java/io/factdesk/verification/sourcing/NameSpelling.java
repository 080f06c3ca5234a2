package io.factdesk.verification.sourcing;

/**
 * Where another spelling of a flagged name appears.
 *
 * @param spelling  the other spelling, as written there ("Volodymyr Zelensky")
 * @param articleId the {@link io.factdesk.verification.ingestion.ArticleText#id()} of the article it appears in
 */
public record NameSpelling(String spelling, String articleId) {
}
