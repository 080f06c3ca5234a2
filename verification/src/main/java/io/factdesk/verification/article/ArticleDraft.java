package io.factdesk.verification.article;

import java.time.LocalDate;

/**
 * An article to import.
 *
 * @param title the headline; taken from the first line of the text (or the HTML title) when blank
 * @param outlet who published it, optional
 * @param url where it was published, optional
 * @param publishedOn when it was published, optional
 * @param format whether {@code body} is plain text or HTML
 * @param body the article itself (required)
 */
public record ArticleDraft(String title, String outlet, String url, LocalDate publishedOn, ArticleFormat format,
        String body) {
}
