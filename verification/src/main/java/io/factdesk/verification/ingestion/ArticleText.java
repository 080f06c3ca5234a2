package io.factdesk.verification.ingestion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article after extraction and normalisation: the body text every offset refers to, plus what the
 * document itself told us about its title and date.
 *
 * @param id            caller's identifier (database id, file name); used to say where a cross-article flag points
 * @param title         title from the HTML head, the metadata header or a leading headline; null when unknown
 * @param text          normalised body text (see {@link TextNormaliser}); never null
 * @param publishedDate date from the metadata header or HTML metadata; null when the document states none
 */
public record ArticleText(String id, String title, String text, LocalDate publishedDate) {

    public ArticleText {
        Objects.requireNonNull(text, "text");
    }

    /** A text with no metadata, for callers that already hold a normalised body. */
    public static ArticleText of(String id, String text) {
        return new ArticleText(id, null, text, null);
    }
}
