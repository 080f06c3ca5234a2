package io.factdesk.verification.article;

/** How an imported article's body is written. */
public enum ArticleFormat {
    TEXT,
    HTML
}
