package io.factdesk.api.article;

import io.factdesk.core.article.Article;
import io.factdesk.core.article.Flag;
import io.factdesk.core.article.Sentence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles as the API returns them. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** An article in a list, without its text. */
    public record ArticleSummary(long id, String title, String outlet, String url, LocalDate publishedOn,
            String contentType, String language, String importedBy, Instant importedAt) {

        static ArticleSummary of(Article a) {
            return new ArticleSummary(a.id, a.title, a.outlet, a.url, a.publishedOn, a.contentType, a.language,
                    a.importedBy, a.importedAt);
        }
    }

    /** A sentence with its score, reasons, flags and, once promoted, its claim. */
    public record SentenceView(long id, int position, String text, int start, int end, Double checkWorthiness,
            List<String> reasons, List<Flag> flags, Long promotedClaimId) {

        static SentenceView of(Sentence s) {
            return new SentenceView(s.id, s.position, s.text, s.startOffset, s.endOffset, s.checkWorthiness,
                    s.reasons, s.flags, s.promotedClaim == null ? null : s.promotedClaim.id);
        }
    }

    /** An article with its text, flags and sentences. */
    public record ArticleView(long id, String title, String outlet, String url, LocalDate publishedOn,
            String contentType, String language, String body, List<Flag> flags, String importedBy,
            Instant importedAt, List<SentenceView> sentences) {

        static ArticleView of(Article a, List<Sentence> sentences) {
            return new ArticleView(a.id, a.title, a.outlet, a.url, a.publishedOn, a.contentType, a.language, a.body,
                    a.flags, a.importedBy, a.importedAt, sentences.stream().map(SentenceView::of).toList());
        }
    }
}
