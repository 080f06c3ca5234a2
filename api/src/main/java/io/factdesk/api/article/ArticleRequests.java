package io.factdesk.api.article;

import io.factdesk.core.common.ValidWebUrl;
import io.factdesk.verification.article.ArticleDraft;
import io.factdesk.verification.article.ArticleFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Bodies of the article operations. */
public final class ArticleRequests {

    private ArticleRequests() {
    }

    /** An article to import: {@code format} TEXT (default) or HTML; title taken from the text when blank. */
    public record ImportArticleRequest(
            @Size(max = 500) String title,
            @Size(max = 200) String outlet,
            @ValidWebUrl String url,
            LocalDate publishedOn,
            ArticleFormat format,
            @NotBlank @Size(max = 500000) String body) {

        ArticleDraft draft() {
            return new ArticleDraft(title, outlet, url, publishedOn, format, body);
        }
    }

    /** Promotes a sentence: the claim's wording (the sentence itself when blank) and claimant. */
    public record PromoteRequest(@Size(max = 2000) String text, @Size(max = 300) String claimant) {
    }
}
